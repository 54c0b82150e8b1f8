/** How numbers and calendar days read on the progress, missed and settings pages (English, like the app). */
import { madeOnFirstUse } from '$lib/domain/made-on-first-use';

const numbers = madeOnFirstUse(() => new Intl.NumberFormat('en'));
// Calendar days are dates without a time zone: formatted at UTC midnight so no zone shifts them.
const utcDays = (options: Intl.DateTimeFormatOptions) =>
	madeOnFirstUse(() => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }));
const days = utcDays({ day: 'numeric', month: 'short', year: 'numeric' });
const shortDays = utcDays({ day: 'numeric', month: 'short' });
const months = utcDays({ month: 'long', year: 'numeric' });
const monthNames = utcDays({ month: 'short' });
const weekdays = utcDays({ weekday: 'short' });

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * "1,234". Whole numbers (every count the app shows) are grouped here rather than by Intl: a page's first Intl
 * object loads the locale data, tens of ms of main thread, which /settings, /missed, /progress and /library paid
 * at start for one count each.
 */
export const formatNumber = (n: number): string =>
	Number.isSafeInteger(n) ? groupThousands(n) : numbers().format(n);

const groupThousands = (n: number): string =>
	`${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',')}`;

/** "1 review", "1,234 reviews" */
export const plural = (n: number, word: string, many = `${word}s`): string =>
	`${formatNumber(n)} ${n === 1 ? word : many}`;

/** "87%" (0.874 → 87%); never NaN. */
export const percent = (share: number): string => `${Number.isFinite(share) ? Math.round(share * 100) : 0}%`;

/** "2025-03-11" → "11 Mar 2025" */
export const formatDay = (day: string): string => days().format(utc(day));

/** "2025-03-11" → "11 Mar" */
export const formatShortDay = (day: string): string => shortDays().format(utc(day));

/** "2025-03-11" → "March 2025" */
export const formatMonth = (day: string): string => months().format(utc(day));

/** "2025-03-11" → "Mar" */
export const monthName = (day: string): string => monthNames().format(utc(day));

/** "2025-03-11" → "Tue" */
export const weekdayName = (day: string): string => weekdays().format(utc(day));

/** "640 KB", "12.5 MB", "10 GB": a size in the unit that reads best (1 KB = 1,024 bytes, as browsers count). */
export function formatBytes(bytes: number): string {
	const kb = bytes / 1024;
	if (kb < 1000) return `${formatNumber(Math.max(bytes > 0 ? 1 : 0, Math.round(kb)))} KB`;
	const mb = kb / 1024;
	if (mb < 1000) return `${mb < 10 ? mb.toFixed(1) : formatNumber(Math.round(mb))} MB`;
	const gb = mb / 1024;
	return `${gb < 10 ? gb.toFixed(1).replace(/\.0$/, '') : formatNumber(Math.round(gb))} GB`;
}
