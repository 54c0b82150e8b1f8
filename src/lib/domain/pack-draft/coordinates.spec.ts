import { describe, expect, it } from 'vitest';
import { parseDegrees, parsePoint } from './coordinates';

const value = (typed: string, axis: 'latitude' | 'longitude') => {
	const parsed = parseDegrees(typed, axis);
	return parsed.ok ? parsed.value : parsed.problem;
};

describe('parseDegrees', () => {
	it('reads signed decimals, a decimal comma, a degree sign and a hemisphere letter', () => {
		expect(value('36.34', 'latitude')).toBe(36.34);
		expect(value(' -43.1 ', 'longitude')).toBe(-43.1);
		expect(value('36,34', 'latitude')).toBe(36.34);
		expect(value('36.34° N', 'latitude')).toBe(36.34);
		expect(value('33.9s', 'latitude')).toBe(-33.9);
		expect(value('70.5 W', 'longitude')).toBe(-70.5);
		expect(value('+12', 'longitude')).toBe(12);
	});

	it('says plainly what is wrong', () => {
		expect(value('', 'latitude')).toBe('Latitude: type a number of degrees, such as 36.34 or 36.34 N.');
		expect(value('north', 'latitude')).toBe(
			'Latitude: “north” is not a number of degrees (try 36.34 or 36.34 N).'
		);
		expect(value('91', 'latitude')).toBe('Latitude must be between -90 and 90 (it is 91).');
		expect(value('-180.5', 'longitude')).toBe('Longitude must be between -180 and 180 (it is -180.5).');
		expect(value('43 N', 'longitude')).toBe('Longitude is east or west of Greenwich: E or W, not N or S.');
		expect(value('36 E', 'latitude')).toBe('Latitude is north or south of the equator: N or S, not E or W.');
		expect(value('-36 S', 'latitude')).toBe('Latitude: use a minus sign or N/S, not both.');
		expect(value('1e2', 'latitude')).toMatch(/is not a number of degrees/);
	});
});

describe('parsePoint', () => {
	it('reads both fields, or both numbers pasted in the first, rounded to about 10 m', () => {
		expect(parsePoint('36.340012', '43.13')).toEqual({ ok: true, value: { lat: 36.34, lon: 43.13 } });
		expect(parsePoint('36.34, 43.13', '')).toEqual({ ok: true, value: { lat: 36.34, lon: 43.13 } });
		expect(parsePoint('36.34 N; 43.13 E', ' ')).toEqual({ ok: true, value: { lat: 36.34, lon: 43.13 } });
	});

	it('gives the first problem, latitude first', () => {
		expect(parsePoint('95', 'x')).toEqual({
			ok: false,
			problem: 'Latitude must be between -90 and 90 (it is 95).'
		});
		expect(parsePoint('36,34', '')).toEqual({
			ok: false,
			problem: 'Longitude: type a number of degrees, such as 43.13 or 43.13 E.'
		});
	});
});
