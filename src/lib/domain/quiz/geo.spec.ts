import { describe, expect, it } from 'vitest';
import { haversineKm, scoreMapAnswer, thresholdKmFor } from './geo';

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
