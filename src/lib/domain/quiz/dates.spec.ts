import { describe, expect, it } from 'vitest';
import { compareDates, daysInMonth, formatDate, onOrIn, precision, shiftDays, shiftMonths } from './dates';

describe('formatDate', () => {
	it('writes each precision in one form', () => {
		expect(formatDate({ year: 2016, month: 5, day: 23 })).toBe('23 May 2016');
		expect(formatDate({ year: 2017, month: 9 })).toBe('September 2017');
		expect(formatDate({ year: 2014 })).toBe('2014');
		expect(onOrIn({ year: 2016, month: 5, day: 23 })).toBe('on 23 May 2016');
		expect(onOrIn({ year: 2016, month: 5 })).toBe('in May 2016');
	});

	it('writes a negative year as BCE and orders it before the common era', () => {
		expect(formatDate({ year: -44, month: 3, day: 15 })).toBe('15 March 44 BCE');
		expect(formatDate({ year: -490 })).toBe('490 BCE');
		expect(compareDates({ year: -44 }, { year: 14 })).toBeLessThan(0);
	});
});

describe('compareDates', () => {
	it('orders dates that differ at a precision both give', () => {
		expect(compareDates({ year: 2014 }, { year: 2016, month: 5 })).toBeLessThan(0);
		expect(compareDates({ year: 2017, month: 10 }, { year: 2017, month: 9, day: 19 })).toBeGreaterThan(0);
		expect(compareDates({ year: 2017, month: 11, day: 2 }, { year: 2017, month: 11, day: 3 })).toBeLessThan(
			0
		);
	});

	it('cannot tell a tie or a vaguer date apart', () => {
		expect(compareDates({ year: 2014 }, { year: 2014, month: 7 })).toBeNull();
		expect(compareDates({ year: 2017, month: 9 }, { year: 2017, month: 9, day: 19 })).toBeNull();
		expect(compareDates({ year: 2017, month: 11, day: 3 }, { year: 2017, month: 11, day: 3 })).toBeNull();
	});
});

describe('shifting', () => {
	it('moves months across years and clamps the day', () => {
		expect(shiftMonths({ year: 2016, month: 11 }, 3)).toEqual({ year: 2017, month: 2 });
		expect(shiftMonths({ year: 2016, month: 1 }, -1)).toEqual({ year: 2015, month: 12 });
		expect(shiftMonths({ year: 2016, month: 1, day: 31 }, 1)).toEqual({ year: 2016, month: 2, day: 29 });
		expect(shiftMonths({ year: 2017, month: 1, day: 31 }, 1)).toEqual({ year: 2017, month: 2, day: 28 });
	});

	it('moves days across month and year ends', () => {
		expect(shiftDays({ year: 2017, month: 12, day: 30 }, 5)).toEqual({ year: 2018, month: 1, day: 4 });
		expect(shiftDays({ year: 2016, month: 3, day: 2 }, -3)).toEqual({ year: 2016, month: 2, day: 28 });
	});

	it('keeps the precision', () => {
		expect(precision(shiftMonths({ year: 2017, month: 6 }, 4))).toBe('month');
		expect(daysInMonth(1900, 2)).toBe(28);
		expect(daysInMonth(2000, 2)).toBe(29);
	});
});
