import { describe, expect, it } from 'vitest';
import { compassDirection, haversineKm, nearestPlaceText, scoreMapAnswer, thresholdKmFor } from './geo';

const MOSUL = { lat: 36.34, lon: 43.13 };
const BAGHDAD = { lat: 33.315, lon: 44.366 };
const LONDON = { lat: 51.5074, lon: -0.1278 };
const PARIS = { lat: 48.8566, lon: 2.3522 };

describe('haversineKm', () => {
	it('matches known great-circle distances', () => {
		expect(Math.abs(haversineKm(MOSUL, BAGHDAD) - 350)).toBeLessThanOrEqual(10);
		expect(Math.abs(haversineKm(LONDON, PARIS) - 344)).toBeLessThanOrEqual(3);
		expect(haversineKm(MOSUL, MOSUL)).toBe(0);
		expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015, -1);
	});

	it('is symmetric', () => {
		expect(haversineKm(MOSUL, BAGHDAD)).toBeCloseTo(haversineKm(BAGHDAD, MOSUL), 9);
	});
});

describe('scoreMapAnswer', () => {
	it('is right within the threshold and returns the distance', () => {
		const near = { lat: MOSUL.lat + 0.3, lon: MOSUL.lon };
		const result = scoreMapAnswer(near, MOSUL);
		expect(result.correct).toBe(true);
		expect(result.score).toBe(1);
		expect(result.distanceKm).toBeCloseTo(33.4, 0);
	});

	it('gives partial credit up to three thresholds away, then none', () => {
		const result = scoreMapAnswer(BAGHDAD, MOSUL, 150);
		expect(result.correct).toBe(false);
		expect(result.score).toBeGreaterThan(0);
		expect(result.score).toBeLessThan(1);
		expect(scoreMapAnswer(BAGHDAD, MOSUL).score).toBe(0);
	});

	it('widens the threshold for provinces, regions and countries', () => {
		expect(thresholdKmFor('city')).toBe(75);
		expect(thresholdKmFor('province')).toBeGreaterThan(75);
		expect(thresholdKmFor('country')).toBeGreaterThan(thresholdKmFor('province'));
	});
});

describe('compassDirection', () => {
	it('names the eight directions from one point to another', () => {
		const at = { lat: 33, lon: 44 };
		expect(compassDirection(at, { lat: 34, lon: 44 })).toBe('north');
		expect(compassDirection(at, { lat: 33, lon: 45 })).toBe('east');
		expect(compassDirection(at, { lat: 32, lon: 44 })).toBe('south');
		expect(compassDirection(at, { lat: 33, lon: 43 })).toBe('west');
		expect(compassDirection(at, { lat: 34, lon: 45 })).toBe('north-east');
		expect(compassDirection(at, { lat: 32, lon: 43 })).toBe('south-west');
		expect(compassDirection(BAGHDAD, MOSUL)).toBe('north');
		expect(compassDirection(MOSUL, BAGHDAD)).toBe('south');
	});
});

describe('nearestPlaceText', () => {
	const places = [
		{ name: 'Mosul', at: MOSUL },
		{ name: 'Baghdad', at: BAGHDAD }
	];

	it('says how far and which way a point lies from the nearest place given', () => {
		const east = { lat: MOSUL.lat, lon: MOSUL.lon + 0.5 };
		expect(nearestPlaceText(east, places)).toBe(`${Math.round(haversineKm(MOSUL, east))} km east of Mosul`);
		expect(nearestPlaceText({ lat: 32.5, lon: 45 }, places)).toMatch(/^\d+ km south-east of Baghdad$/);
	});

	it('says "at" a place within a few kilometres, and nothing with no places to go by', () => {
		expect(nearestPlaceText({ lat: MOSUL.lat + 0.01, lon: MOSUL.lon }, places)).toBe('at Mosul');
		expect(nearestPlaceText(MOSUL, [])).toBeNull();
	});

	it('tells a point from a name printed on the map as where the map names it', () => {
		const france = [{ name: 'France', at: PARIS, mapName: true }];
		expect(nearestPlaceText(LONDON, france)).toBe(
			`${Math.round(haversineKm(PARIS, LONDON))} km north-west of where the map names France`
		);
		expect(nearestPlaceText(PARIS, france)).toBe('on the map’s name “France”');
	});
});
