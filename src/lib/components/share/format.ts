/** Wording shared by the assignment pages: dates, durations and file names (kinds of card: domain/card-labels.ts; kinds of question: domain/quiz/mode-labels.ts). */
import { madeOnFirstUse } from '$lib/domain/made-on-first-use';

const dateTime = madeOnFirstUse(
	() =>
		new Intl.DateTimeFormat('en-GB', {
			weekday: 'short',
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit'
		})
);

/** "Thu 31 Oct 2024, 17:00" in the reader's time zone. */
export const formatDateTime = (at: number): string => dateTime().format(new Date(at));

/** "45 s", "12 min 5 s", "1 h 20 min". */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
	return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
}

/** A title made safe as a file name on every system: "Kirkuk: week 3?" → "Kirkuk-week-3". */
export function fileSlug(title: string): string {
	const slug = title
		.normalize('NFKC')
		.replace(/[\\/:*?"<>|,;\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu, ' ')
		.trim()
		.replace(/\s+/g, '-')
		.replace(/^[.-]+|[.-]+$/g, '')
		.slice(0, 60);
	return slug || 'assignment';
}
