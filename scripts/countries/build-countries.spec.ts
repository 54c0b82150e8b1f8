import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCountries } from './build-countries';
import { COUNTRIES_PATH } from './paths';

const built = buildCountries();

describe('the country list', () => {
	it('is the committed countries.json (run `npx tsx scripts/countries/main.ts` after changing it)', () => {
		expect(JSON.parse(readFileSync(COUNTRIES_PATH, 'utf8'))).toEqual(built);
	});

	it('has every country on the map once, each with its usual name among its names', () => {
		expect(built.length).toBeGreaterThan(200);
		expect(new Set(built.map((c) => c.code)).size).toBe(built.length);
		for (const country of built) {
			expect(country.names).toContain(country.name);
			expect(Math.abs(country.lat)).toBeLessThanOrEqual(90);
			expect(Math.abs(country.lon)).toBeLessThanOrEqual(180);
		}
	});

	it('stays small for the extraction worker: under 8 KB gzipped', () => {
		expect(gzipSync(JSON.stringify(built)).length).toBeLessThan(8 * 1024);
	});
});
