import { describe, expect, it } from 'vitest';
import { BATTLE_REPORT, SCIENCE_RELEASE, TOWN_NEWS } from './fixtures';
import { createGazetteer } from './gazetteer';
import { extractProposals } from './index';

const placesOf = (doc: Parameters<typeof extractProposals>[0][0], options = {}) =>
	extractProposals([doc], options).filter((p) => p.kind === 'place');

describe('places', { timeout: 60_000 }, () => {
	it('finds places by their last word, the words before them and what compromise knows', () => {
		expect(placesOf(BATTLE_REPORT).map((p) => p.name)).toEqual(
			expect.arrayContaining(['Potomac River', 'Little Round Top', 'Hagerstown', 'Washington'])
		);
		expect(placesOf(SCIENCE_RELEASE).map((p) => p.name)).toEqual(
			expect.arrayContaining(['Atacama Desert', 'Chile', 'Earth'])
		);
		expect(placesOf(TOWN_NEWS).map((p) => p.name)).toEqual(
			expect.arrayContaining(['Fox River', 'Old Mill Bridge', 'Cedar Falls', 'Millbrook'])
		);
	});

	it('takes the places of one list together ("the villages of A, B and C")', () => {
		const text = 'The army advanced on the villages of Tal Samen, Mutamshirij and al-Hisha along the way.';
		expect(
			placesOf({ file: 'a.txt', text })
				.map((p) => p.name)
				.sort()
		).toEqual(['Mutamshirij', 'Tal Samen', 'al-Hisha']);
	});

	it('leaves a preposition opening the sentence out of the name after it ("Near Al Qaim, …")', () => {
		const text =
			'Near Al Qaim, four strikes engaged three tactical units. From Rawa the convoy moved on. Iraqi forces ' +
			'retook Al Qaim and Rawa in November. North Korea was not involved.';
		const proposals = extractProposals([{ file: 'a.txt', text }]);
		const names = (kind: string) => proposals.filter((p) => p.kind === kind).map((p) => p.name);
		expect(names('place')).toEqual(expect.arrayContaining(['Al Qaim', 'Rawa']));
		expect([...names('place'), ...names('actor')]).not.toContain('Near Al Qaim');
		expect([...names('place'), ...names('actor')]).not.toContain('From Rawa');
		// A compass word opening a name is part of it.
		expect([...names('place'), ...names('actor')]).toContain('North Korea');
	});

	it('keeps a lower-case place word that finishes the name ("Husaybah border crossing")', () => {
		const text = 'The army now controls the Husaybah border crossing and the H-2 airbase in the west.';
		expect(
			placesOf({ file: 'a.txt', text })
				.map((p) => p.name)
				.sort()
		).toEqual(['H-2 airbase', 'Husaybah border crossing']);
	});

	it('suggests coordinates from the gazetteer, preferring the countries of the other places', () => {
		const gazetteer = createGazetteer([
			{ name: 'Palmyra', country: 'US', population: 3600, lat: 39.9, lon: -91.5 },
			{ name: 'Tadmur', country: 'SY', population: 51000, lat: 34.56, lon: 38.28 },
			{ name: 'Palmyra', country: 'SY', population: 1000, lat: 34.55, lon: 38.27 },
			{ name: 'Ar Raqqah', country: 'SY', population: 177636, lat: 35.95, lon: 39.01 },
			{ name: 'Dayr az Zawr', country: 'SY', population: 242565, lat: 35.33, lon: 40.14 }
		]);
		const text = 'Fighters left Raqqah for the city of Palmyra. In Raqqa the army waited.';
		const places = placesOf({ file: 'a.txt', text }, { gazetteer });
		const raqqa = places.find((p) => p.name === 'Raqqa' || p.name === 'Raqqah')!;
		expect(raqqa.suggestions![0]).toMatchObject({ country: 'SY', lat: 35.95 });
		expect(places.find((p) => p.name === 'Palmyra')!.suggestions!.map((s) => s.country)).toEqual([
			'SY',
			'US'
		]);
	});
});
