/**
 * The countries the pack maker knows by name, each with a point for the map: the names from i18n-iso-countries
 * (official and usual: "Russian Federation", "Russia"), the browser's own ("Syria", which the first lacks) and
 * Natural Earth's, matched by ISO code; the point is the centroid of the country's largest landmass (world-atlas,
 * 50m), so that the United States' is not drawn toward Alaska nor France's toward Guiana. The city list the maker
 * otherwise searches has no countries: "Syria" found Soria, in Spain.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import countryNames from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { KnownCountry } from '../../src/lib/domain/extract/countries';

/** Names news writing uses that neither list gives. */
const MORE_NAMES: Record<string, string[]> = { GB: ['Britain'], US: ['America'] };

/** The largest polygon of a country's shape. */
function largestLand(shape: Polygon | MultiPolygon): Polygon {
	if (shape.type === 'Polygon') return shape;
	const parts = shape.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
	return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

const round = (n: number) => Math.round(n * 100) / 100;

export function buildCountries(): KnownCountry[] {
	countryNames.registerLocale(en);
	const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
	const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const shapes = feature(topology, topology.objects.countries).features as Feature<
		Polygon | MultiPolygon | null,
		{ name: string }
	>[];
	const byCode = new Map<string, KnownCountry>();
	for (const shape of shapes) {
		const code = shape.id === undefined ? undefined : countryNames.numericToAlpha2(String(shape.id));
		if (!code || !shape.geometry || byCode.has(code)) continue;
		const [lon, lat] = geoCentroid(largestLand(shape.geometry));
		const name = regionNames.of(code) ?? shape.properties.name;
		const names = [
			...(countryNames.getName(code, 'en', { select: 'all' }) ?? []),
			name,
			shape.properties.name,
			...(MORE_NAMES[code] ?? [])
		].filter((name, i, all) => name && all.indexOf(name) === i);
		byCode.set(code, { code, name, names, lat: round(lat), lon: round(lon) });
	}
	return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
