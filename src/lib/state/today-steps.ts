/**
 * What Today makes of its numbers, as plain functions: the page's state uses them, and so does the page for the
 * first visit's numbers it is prerendered with (before any state code is loaded).
 */
import type { TodaySummary } from './today-read';

/** What the primary button on Today does. */
export type NextStep = 'study' | 'missed' | 'done';

/** The one thing to do next: study, else review missed cards, else nothing is left today. */
export function nextStep(summary: TodaySummary): NextStep {
	if (summary.dueNow + summary.newToday > 0) return 'study';
	return summary.missed > 0 ? 'missed' : 'done';
}

/** Nothing studied yet: the welcome explains the app. */
export function isFirstLaunch(summary: TodaySummary): boolean {
	return summary.totalReviews === 0 && !summary.started;
}
