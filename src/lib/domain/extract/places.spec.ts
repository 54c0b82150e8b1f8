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

	it('leaves a lower-case "city", "town" or "village" out of a name: it says what the place is', () => {
		const text =
			'Troops entered Deir Ezzor city on Monday. The army held Qaim city and the Iraqi city of Rawa. ' +
			'Later they left Deir Ezzor for the Husaybah border crossing.';
		const names = placesOf({ file: 'a.txt', text }).map((p) => p.name);
		expect(names).toEqual(expect.arrayContaining(['Deir Ezzor', 'Rawa', 'Husaybah border crossing']));
		expect(names.filter((n) => /\b(city|town|village)$/.test(n))).toEqual([]);
	});

	it('takes a name followed by its readers, its media outlet or its spokesman for an actor, not a place', () => {
		// The flags in a list with places made it one; its media outlet says what it is.
		const text =
			'Addressing the crowd with the flags of the Islamic Republic, Lebanese Hezbollah, Palestine and Iraq ' +
			'draped behind him, the Qods Force chief praised Iraqi actors. After pro-Syrian regime forces broke the ' +
			'siege of Deir Ezzor city this month, Lebanese Hezbollah media outlet Al Mayadeen released a rare interview.';
		const proposals = extractProposals([{ file: 'a.txt', text }]);
		const names = (kind: string) => proposals.filter((p) => p.kind === kind).map((p) => p.name);
		expect(names('place')).not.toContain('Lebanese Hezbollah');
		expect(names('actor')).toContain('Lebanese Hezbollah');
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

	it('places a country named as a country at its own point, and it votes for no town', () => {
		const gazetteer = createGazetteer([
			{ name: 'Soria', country: 'ES', population: 39528, lat: 41.76, lon: -2.46 },
			{ name: 'Lebanon', country: 'US', population: 26000, lat: 40.34, lon: -76.41 },
			{ name: 'Damascus', country: 'US', population: 15257, lat: 39.29, lon: -77.2 },
			{ name: 'Damascus', country: 'SY', population: 1569394, lat: 33.51, lon: 36.29 },
			{ name: 'Aleppo', country: 'SY', population: 1602264, lat: 36.2, lon: 37.16 }
		]);
		const text =
			'Fighters crossed from Syria into Lebanon. In the city of Aleppo the army waited. Syria and Lebanon closed the border near Damascus.';
		const places = placesOf({ file: 'a.txt', text }, { gazetteer });
		const first = (name: string) => places.find((p) => p.name === name)?.suggestions?.[0];
		expect(first('Syria')).toMatchObject({ country: 'SY', isCountry: true, name: 'Syria' });
		expect(first('Lebanon')).toMatchObject({ country: 'LB', isCountry: true });
		// Only Aleppo votes: Damascus is the Syrian one although the United States was named.
		expect(first('Damascus')).toMatchObject({ country: 'SY', lat: 33.51 });
		// Without the place list too (it loads on an online visit).
		expect(placesOf({ file: 'a.txt', text }).find((p) => p.name === 'Syria')?.suggestions?.[0]).toMatchObject(
			{
				country: 'SY'
			}
		);
	});

	it('offers, without taking it, a place the list knows only far from the other places', () => {
		const gazetteer = createGazetteer([
			{ name: 'Palmira', country: 'CO', population: 247986, lat: 3.54, lon: -76.3 },
			{ name: 'Palmyra', country: 'US', population: 7451, lat: 40.0, lon: -75.0 },
			{ name: 'Ar Raqqah', country: 'SY', population: 177636, lat: 35.95, lon: 39.01 }
		]);
		const text =
			'Fighters left Raqqah for the city of Palmyra. In Raqqa the army waited. Palmyra fell later.';
		const places = placesOf({ file: 'a.txt', text }, { gazetteer });
		const palmyra = places.find((p) => p.name === 'Palmyra')!;
		expect(palmyra.onlyFarSuggestions).toBe(true);
		expect(palmyra.suggestions!.map((s) => s.country)).toEqual(['CO', 'US']);
		expect(places.find((p) => p.name.startsWith('Raqq'))!.onlyFarSuggestions).toBeUndefined();
	});

	it('takes an "al-…" name compromise calls a person for the place it is, when nothing a person does is said of it', () => {
		const gazetteer = createGazetteer([
			{ name: 'Deir ez-Zor', country: 'SY', population: 242565, lat: 35.33, lon: 40.14 },
			{ name: 'Al Ḩasakah', country: 'SY', population: 81539, lat: 36.5, lon: 40.75 }
		]);
		const text =
			'The SDF will likely launch counterattacks along its other front lines, including al-Hasaka. ISIS is expected to defend its last stronghold in Deir al-Zour. Haider al-Abadi said the army would hold. The convoy left for Deir al-Zour at night. That was rosier than recent estimates from John Kerry.';
		const proposals = extractProposals([{ file: 'a.txt', text }], { gazetteer });
		const kindOf = (name: string) => proposals.find((p) => p.name === name)?.kind;
		// A person's full name after "from" stays a person.
		expect([
			kindOf('al-Hasaka'),
			kindOf('Deir al-Zour'),
			kindOf('Haider al-Abadi'),
			kindOf('John Kerry')
		]).toEqual(['place', 'place', 'actor', 'actor']);
	});

	it('proposes no place for countries joined into an adjective nor a name with a handle glued on', () => {
		const text =
			'Fighters crossed the Iran-Iraq border. The US-Russia deal held for a week. Observers from Guinea-Bissau arrived in Iraq. The US-Russia talks ended at the Iran-Iraq border post. Very soon we will declare full victory in Iraq@IQ_Mesopotamia pic.twitter.com/xk — the army.';
		const names = extractProposals([{ file: 'a.txt', text }]).map((p) => p.name);
		expect(names).not.toContain('Iran-Iraq');
		expect(names).not.toContain('US-Russia');
		expect(names.filter((name) => name.includes('@'))).toEqual([]);
		expect(names).toContain('Iraq');
		expect(
			extractProposals([{ file: 'a.txt', text }]).find((p) => p.name === 'Guinea-Bissau')?.suggestions?.[0]
		).toMatchObject({
			country: 'GW',
			isCountry: true
		});
	});
});
