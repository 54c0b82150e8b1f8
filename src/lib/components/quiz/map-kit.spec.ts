import { describe, expect, it } from 'vitest';
import { qualifyPack } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import packFile from '$lib/content/generated/pack.json';
import mapData from '$lib/content/map/map-data.json';
import { MAP_VIEWS, createMapProjection, viewFor } from '$lib/content/map/projection';
import type { MapData } from '$lib/content/map/types';
import { describePoint, describeWhere, hiddenNames, labelHidden, type MapKit } from './map-kit';

/** The built-in pack as the library holds it. */
const pack = qualifyPack(packFile as unknown as Pack);

describe('map names that would give the answer away', () => {
	it('hides a country’s label while its place is asked, by any of its names', () => {
		const britain = pack.entities.find((e) => e.place?.country === 'United Kingdom')!;
		const hidden = hiddenNames(pack, [britain.name], [britain.id]);
		expect(labelHidden('United Kingdom', hidden)).toBe(true);
		expect(labelHidden('France', hidden)).toBe(false);
	});

	it('hides the countries a border region is named after, and the river asked about', () => {
		expect(labelHidden('Iraq', hiddenNames(pack, ['Iraq–Syria border']))).toBe(true);
		expect(labelHidden('Syria', hiddenNames(pack, ['Iraq–Syria border']))).toBe(true);
		expect(labelHidden('Euphrates', hiddenNames(pack, ['Euphrates River']))).toBe(true);
		expect(labelHidden('Tigris', hiddenNames(pack, ['Euphrates River']))).toBe(false);
		expect(labelHidden('Iran', hiddenNames(pack, ['Mosul', 'Raqqa', 'Tikrit', 'Baiji']))).toBe(false);
	});

	it('hides only the names given when the quiz’s pack is not at hand', () => {
		expect(labelHidden('Mosul', hiddenNames(null, ['Mosul']))).toBe(true);
		expect(labelHidden('Iraq', hiddenNames(null, ['Mosul'], ['no-such-entity']))).toBe(false);
	});

	it('says where a point is in degrees', () => {
		expect(describePoint({ lat: 35.95, lon: 39.01 })).toBe('36.0° N, 39.0° E');
		expect(describePoint({ lat: 51.5, lon: -0.13 })).toBe('51.5° N, 0.1° W');
	});

	it('says where a point is from the nearest of the pack’s places, never from one the question hides', () => {
		const mosul = pack.entities.find((e) => e.name === 'Mosul')!.place!;
		const near = { lat: mosul.lat + 0.01, lon: mosul.lon };
		expect(describeWhere(near, pack, [])).toBe(`${describePoint(near)}, at Mosul`);
		const hidden = describeWhere(near, pack, hiddenNames(pack, ['Mosul']));
		expect(hidden).toMatch(/^\d+\.\d° N, \d+\.\d° E, [\d,]+ km [a-z-]+ of .+$/);
		expect(hidden).not.toContain('Mosul');
		// A country's point stands for an area: a point is never told from it.
		expect(describeWhere({ lat: 33, lon: 44 }, pack, [])).not.toMatch(/ of Iraq$/);
		expect(describeWhere(near, null, [])).toBe(describePoint(near));
	});

	it('on a map of Europe, tells a point from the countries the map names, not from a town far away', () => {
		const kit: MapKit = { data: mapData as MapData, projection: createMapProjection(), viewFor };
		const wide = MAP_VIEWS.find((v) => v.id === 'wide')!;
		const london = { lat: 51.6, lon: 0.7 };
		const hidden = hiddenNames(pack, ['Britain'], [pack.entities.find((e) => e.name === 'Britain')!.id]);
		const said = describeWhere(london, pack, hidden, { kit, view: wide });
		expect(said).toMatch(/^51\.6° N, 0\.7° E, [\d,]+ km [a-z-]+ of where the map names [A-Z][a-z]+$/);
		expect(said).not.toMatch(/United Kingdom|Britain|Maskana/);
		// On the map of Iraq and Syria, a town on it is nearer than any printed name.
		const core = MAP_VIEWS.find((v) => v.id === 'core')!;
		const mosul = pack.entities.find((e) => e.name === 'Mosul')!.place!;
		expect(describeWhere({ lat: mosul.lat, lon: mosul.lon + 0.01 }, pack, [], { kit, view: core })).toMatch(
			/, at Mosul$/
		);
	});
});
