/**
 * Arithmetic on local calendar days ("YYYY-MM-DD", as `localDay` writes them).
 * Done on the date alone (in UTC) so daylight-saving shifts never skip or repeat a day.
 */

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(day: string): number {
	const match = DAY_PATTERN.exec(day);
	if (!match) throw new RangeError(`not a calendar day: ${day}`);
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromDayNumber(n: number): string {
	return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isDay(value: string): boolean {
	const match = DAY_PATTERN.exec(value);
	return match !== null && fromDayNumber(dayNumber(value)) === value;
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
	return fromDayNumber(dayNumber(day) + n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return dayNumber(to) - dayNumber(from);
}

/** The day `n` calendar months before `day`, clamped to the month's last day. */
export function monthsBefore(day: string, n: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const firstOfTarget = new Date(Date.UTC(y, m - 1 - n, 1));
	const lastDay = new Date(
		Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)
	).getUTCDate();
	firstOfTarget.setUTCDate(Math.min(d, lastDay));
	return firstOfTarget.toISOString().slice(0, 10);
}

/** Day of the week of a calendar day: 0 Sunday … 6 Saturday. */
export function weekday(day: string): number {
	return new Date(dayNumber(day) * DAY_MS).getUTCDay();
}
