import { describe, expect, it } from 'vitest';
import { clockText, durationText } from './time-text';

describe('quiz times', () => {
	it('counts down in minutes and seconds, rounding up so 0:00 means the time is up', () => {
		expect(clockText(245_000)).toBe('4:05');
		expect(clockText(400)).toBe('0:01');
		expect(clockText(0)).toBe('0:00');
		expect(clockText(-5)).toBe('0:00');
	});

	it('says how long a quiz took', () => {
		expect(durationText(45_000)).toBe('45 s');
		expect(durationText(245_000)).toBe('4 min 5 s');
		expect(durationText(3_720_000)).toBe('1 h 2 min');
	});
});
