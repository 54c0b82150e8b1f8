import { describe, expect, it } from 'vitest';
import { findDateLine, findDates } from './dates';

const dates = (text: string, docDate?: Parameters<typeof findDates>[1]) =>
	findDates(text, docDate).map(({ text: t, year, month, day, explicit }) => ({
		t,
		year,
		month,
		day,
		explicit
	}));

describe('findDates', () => {
	it('reads written dates, taking the document’s year when the text gives none', () => {
		expect(
			dates('On Aug. 29, the Treasury acted; since July of 2014 it held the city.', { year: 2017 })
		).toEqual([
			{ t: 'Aug. 29', year: 2017, month: 8, day: 29, explicit: true },
			{ t: 'July of 2014', year: 2014, month: 7, day: undefined, explicit: true }
		]);
	});

	it('reads bare years and ranges, but not counts that look like years', () => {
		expect(
			dates('the surge from 2007 to 2009, in 2014-2015, the 1980s, 1500 remaining troops, had 1500 fighters')
		).toEqual([
			{ t: '2007', year: 2007, month: undefined, day: undefined, explicit: true },
			{ t: '2009', year: 2009, month: undefined, day: undefined, explicit: true },
			{ t: '2014', year: 2014, month: undefined, day: undefined, explicit: true }
		]);
	});

	it('counts relative words from the document’s date, keeping only the precision that date has', () => {
		const friday = { year: 2017, month: 11, day: 3 };
		expect(dates('yesterday', friday)[0]).toMatchObject({ year: 2017, month: 11, day: 2 });
		expect(dates('it started on Monday', friday)[0]).toMatchObject({ year: 2017, month: 10, day: 30 });
		expect(dates('just five days ago', friday)[0]).toMatchObject({ year: 2017, month: 10, day: 29 });
		expect(dates('earlier this month', friday)[0]).toMatchObject({ year: 2017, month: 11, day: undefined });
		// A document dated to the month: "today" is that month, and a weekday cannot be placed on a day.
		expect(dates('earlier today', { year: 2016, month: 5 })[0]).toMatchObject({
			year: 2016,
			month: 5,
			day: undefined
		});
		expect(dates('on Monday', { year: 2016, month: 5 })[0]).toMatchObject({
			year: 2016,
			month: 5,
			day: undefined
		});
		// Without a document date, relative words date nothing.
		expect(dates('yesterday')).toEqual([]);
	});

	it('says why each date is what it is', () => {
		const [written, relative] = findDates('On May 11 he spoke; yesterday he left.', {
			year: 2016,
			month: 5,
			day: 27
		});
		expect(written!.basis).toBe('explicit date "May 11"; the year is the document\'s (2016)');
		expect(relative!.basis).toBe('relative: "yesterday" counted from the document\'s date (2016-05-27)');
	});
});

describe('findDateLine', () => {
	it('finds the full date at the top of a document', () => {
		expect(findDateLine('Thursday, October 26, 2017\n\nIraqi forces launch attack.')).toEqual({
			year: 2017,
			month: 10,
			day: 26
		});
		expect(findDateLine('No date here. In May 2016 things happened.')).toBeUndefined();
	});
});
