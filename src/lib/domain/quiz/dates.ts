/** Dates as precise as the sources allow: formatting, ordering and plausible wrong dates. Pure calendar maths. */

export interface DateLike {
	year: number;
	month?: number;
	day?: number;
}

export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2016", or "44 BCE" for a negative year (there is no year 0). */
export function formatYear(year: number): string {
	return year < 0 ? `${-year} BCE` : String(year);
}

/** "23 May 2016", "May 2016" or "2016": every date of one precision has the same form. */
export function formatDate(d: DateLike): string {
	if (d.month === undefined) return formatYear(d.year);
	const monthYear = `${MONTH_NAMES[d.month - 1]} ${formatYear(d.year)}`;
	return d.day === undefined ? monthYear : `${d.day} ${monthYear}`;
}

/** "on 23 May 2016" but "in May 2016". */
export function onOrIn(d: DateLike): string {
	return `${d.day === undefined ? 'in' : 'on'} ${formatDate(d)}`;
}

export function precision(d: DateLike): 'day' | 'month' | 'year' {
	return d.month === undefined ? 'year' : d.day === undefined ? 'month' : 'day';
}

/**
 * Negative when a is earlier, positive when later, null when the precision given cannot tell
 * (same day, or "2014" against "July 2014").
 */
export function compareDates(a: DateLike, b: DateLike): number | null {
	if (a.year !== b.year) return a.year - b.year;
	if (a.month === undefined || b.month === undefined) return null;
	if (a.month !== b.month) return a.month - b.month;
	if (a.day === undefined || b.day === undefined) return null;
	return a.day !== b.day ? a.day - b.day : null;
}

export function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

/** The same date moved by whole months; a day is clamped to the new month's length. */
export function shiftMonths(d: DateLike, months: number): DateLike {
	if (d.month === undefined) return { year: d.year + Math.trunc(months / 12) };
	const index = d.year * 12 + (d.month - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	if (d.day === undefined) return { year, month };
	return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** The same precision moved by days (for day dates), months or years. */
export function shiftDays(d: DateLike, days: number): DateLike {
	if (d.month === undefined || d.day === undefined) return d;
	let { year, month, day } = { year: d.year, month: d.month, day: d.day + days };
	while (day < 1) {
		({ year, month } = shiftMonths({ year, month }, -1) as Required<DateLike>);
		day += daysInMonth(year, month);
	}
	while (day > daysInMonth(year, month)) {
		day -= daysInMonth(year, month);
		({ year, month } = shiftMonths({ year, month }, 1) as Required<DateLike>);
	}
	return { year, month, day };
}
