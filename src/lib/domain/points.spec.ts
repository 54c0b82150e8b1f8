import { describe, expect, it } from 'vitest';
import { pointsText, roundPoints, scorePercent } from './points';

describe('one rounding rule for scores', () => {
	it('shows points to one decimal, halves up', () => {
		// The two pairs a student and their teacher saw differently.
		expect(pointsText(2.25)).toBe('2.3');
		expect(pointsText(3.03)).toBe('3');
		expect(roundPoints(1.15)).toBe(1.2);
		expect(roundPoints(0.35)).toBe(0.4);
		expect(roundPoints(1 / 6 + 1 / 6 + 1 / 6)).toBe(0.5);
		expect(pointsText(8)).toBe('8');
		expect(pointsText(0)).toBe('0');
		expect(roundPoints(Number.NaN)).toBe(0);
	});

	it('works the percentage out from the unrounded points', () => {
		expect(scorePercent(2.25, 8)).toBe(28);
		expect(scorePercent(3.03, 7)).toBe(43);
		expect(scorePercent(3, 4)).toBe(75);
		expect(scorePercent(1, 0)).toBe(0);
		expect(scorePercent(9, 8)).toBe(100);
	});
});
