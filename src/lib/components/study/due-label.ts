/** "in 3 hours (today at 14:05)": when the next card is due, relative and absolute. Pure: `now` is passed in. */
import { DAY, HOUR, MINUTE, startOfLocalDay } from '$lib/domain/time';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whole local calendar days from the day of `now` to the day of `at` (DST-safe). */
function calendarDaysBetween(now: number, at: number): number {
	return Math.round((startOfLocalDay(at) - startOfLocalDay(now)) / DAY);
}

/** "in under a minute", "in 12 minutes", "in 3 hours", "tomorrow", "in 4 days", "now" when past. */
export function relativeDue(at: number, now: number): string {
	const ms = at - now;
	if (ms <= 0) return 'now';
	if (ms < MINUTE) return 'in under a minute';
	if (ms < HOUR) return `in ${plural(Math.round(ms / MINUTE), 'minute')}`;
	const days = calendarDaysBetween(now, at);
	if (days === 0 || ms < 12 * HOUR) return `in ${plural(Math.round(ms / HOUR), 'hour')}`;
	if (days === 1) return 'tomorrow';
	if (days < 60) return `in ${plural(days, 'day')}`;
	return `in ${plural(Math.round(days / 30.44), 'month')}`;
}

/** "today at 14:05", "tomorrow at 09:00", "on Tuesday at 09:00", "on 14 March at 09:00" (year when not this one). */
export function absoluteDue(at: number, now: number, locale?: string): string {
	const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
	const days = calendarDaysBetween(now, at);
	if (days === 0) return `today at ${time}`;
	if (days === 1) return `tomorrow at ${time}`;
	if (days > 1 && days < 7) {
		return `on ${new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(at)} at ${time}`;
	}
	const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
	const date = new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		...(sameYear ? {} : { year: 'numeric' })
	}).format(at);
	return `on ${date} at ${time}`;
}

/** Both, for the "nothing due" screens: "in 3 hours (today at 14:05)". */
export function dueLabel(at: number, now: number, locale?: string): string {
	return `${relativeDue(at, now)} (${absoluteDue(at, now, locale)})`;
}

/** A rough study time for a number of cards: "about 4 minutes". */
export function studyTimeLabel(newCards: number, dueCards: number): string {
	// A first look at a card takes longer than a review of one already met.
	const minutes = Math.max(1, Math.round((newCards * 20 + dueCards * 10) / 60));
	return `about ${plural(minutes, 'minute')}`;
}
