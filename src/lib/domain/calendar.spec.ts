import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay, monthsBefore, weekday } from './calendar';

describe('calendar days', () => {
	it('adds days across months, years and leap days', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
		expect(addDays('2025-03-30', 1)).toBe('2025-03-31'); // a daylight-saving Sunday in Europe
	});

	it('counts days between two days', () => {
		expect(daysBetween('2024-03-12', '2025-03-11')).toBe(364);
		expect(daysBetween('2025-03-11', '2025-03-10')).toBe(-1);
	});

	it('goes back whole months, clamped to the month end', () => {
		expect(monthsBefore('2025-03-11', 12)).toBe('2024-03-11');
		expect(monthsBefore('2025-03-31', 1)).toBe('2025-02-28');
		expect(monthsBefore('2025-01-15', 2)).toBe('2024-11-15');
	});

	it('knows the weekday and rejects impossible days', () => {
		expect(weekday('2025-03-11')).toBe(2);
		expect(isDay('2025-02-29')).toBe(false);
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2024-2-9')).toBe(false);
		expect(() => addDays('yesterday', 1)).toThrow(RangeError);
	});
});
