import { describe, expect, it } from 'vitest';
import { pack } from '$lib/content/pack';
import { describePoint, hiddenNames, labelHidden } from './map-kit';

describe('map names that would give the answer away', () => {
	it('hides a country’s label while its place is asked, by any of its names', () => {
		const britain = pack.entities.find((e) => e.place?.country === 'United Kingdom')!;
		const hidden = hiddenNames([britain.name], [britain.id]);
		expect(labelHidden('United Kingdom', hidden)).toBe(true);
		expect(labelHidden('France', hidden)).toBe(false);
	});

	it('hides the countries a border region is named after, and the river asked about', () => {
		expect(labelHidden('Iraq', hiddenNames(['Iraq–Syria border']))).toBe(true);
		expect(labelHidden('Syria', hiddenNames(['Iraq–Syria border']))).toBe(true);
		expect(labelHidden('Euphrates', hiddenNames(['Euphrates River']))).toBe(true);
		expect(labelHidden('Tigris', hiddenNames(['Euphrates River']))).toBe(false);
		expect(labelHidden('Iran', hiddenNames(['Mosul', 'Raqqa', 'Tikrit', 'Baiji']))).toBe(false);
	});

	it('says where a point is in degrees', () => {
		expect(describePoint({ lat: 35.95, lon: 39.01 })).toBe('36.0° N, 39.0° E');
		expect(describePoint({ lat: 51.5, lon: -0.13 })).toBe('51.5° N, 0.1° W');
	});
});
