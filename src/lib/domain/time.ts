/** Calendar helpers. Pure: the instant is always passed in. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, "YYYY-MM-DD". */
export function localDay(at: number | Date): string {
	const d = typeof at === 'number' ? new Date(at) : at;
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of the day containing `at`. */
export function startOfLocalDay(at: number): number {
	const d = new Date(at);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}

/** Local midnight at the start of the day after the one containing `at` (days last 23 to 25 hours). */
export function startOfNextLocalDay(at: number): number {
	return startOfLocalDay(startOfLocalDay(at) + 36 * 60 * 60 * 1000);
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
