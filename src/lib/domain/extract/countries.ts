/**
 * Countries by name (countries.json, made by `npx tsx scripts/countries/main.ts` from i18n-iso-countries, the
 * browser's region names and Natural Earth): a place named like a country is that country, at its point, and not
 * a town the city list spells alike ("Syria" is not Soria, Spain; "Lebanon" is not Lebanon, Pennsylvania).
 */
import { spellingKey } from './aliases';
import countries from './countries.json';

export interface KnownCountry {
	/** ISO 3166-1 alpha-2. */
	code: string;
	/** Its usual English name ("Syria", "Russia"). */
	name: string;
	/** Official and usual English names: "Russian Federation", "Russia". */
	names: string[];
	/** The centroid of its largest landmass, in degrees. */
	lat: number;
	lon: number;
}

export interface CountryList {
	/** The country with that name, written any usual way ("the United States", "Türkiye", "Turkey"). */
	lookup(name: string): KnownCountry | undefined;
}

export function createCountryList(list: readonly KnownCountry[] = countries): CountryList {
	const byName = new Map<string, KnownCountry>();
	for (const country of list)
		for (const name of country.names) {
			const key = spellingKey(name);
			if (key && !byName.has(key)) byName.set(key, country);
		}
	return { lookup: (name) => byName.get(spellingKey(name)) };
}
