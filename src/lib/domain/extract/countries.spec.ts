import { describe, expect, it } from 'vitest';
import { createCountryList } from './countries';

describe('createCountryList', () => {
	const countries = createCountryList();

	it('knows a country by its usual, official and older names, written any usual way', () => {
		for (const name of ['Syria', 'Syrian Arab Republic', 'syria'])
			expect(countries.lookup(name)?.code).toBe('SY');
		for (const name of ['the United States', 'United States of America', 'USA', 'U.S.'])
			expect(countries.lookup(name)?.code).toBe('US');
		for (const name of ['Turkey', 'Türkiye', 'Turkiye']) expect(countries.lookup(name)?.code).toBe('TR');
		for (const name of ['Britain', 'United Kingdom', 'UK']) expect(countries.lookup(name)?.code).toBe('GB');
		expect(countries.lookup('Iraq')).toMatchObject({ name: 'Iraq' });
	});

	it('is not a town spelled alike, nor a spelling one edit away', () => {
		for (const name of ['Soria', 'Irun', 'Russi', 'Mosul', 'Damascus'])
			expect(countries.lookup(name)).toBeUndefined();
	});

	it('places each country inside its own borders, on its largest land', () => {
		// Inside a box around each: the United States' in the lower 48 (not drawn toward Alaska), France's in Europe.
		const inside = (name: string, [south, north]: [number, number], [west, east]: [number, number]) => {
			const { lat, lon } = countries.lookup(name)!;
			expect([name, lat >= south && lat <= north && lon >= west && lon <= east]).toEqual([name, true]);
		};
		inside('United States', [25, 49], [-125, -67]);
		inside('France', [42, 51], [-5, 8]);
		inside('Iraq', [29, 37.5], [38.8, 48.6]);
		inside('Syria', [32.3, 37.3], [35.7, 42.4]);
	});
});
