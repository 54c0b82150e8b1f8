/**
 * What the progress page shows: a loaded ProgressState, or the figures a first visit is prerendered with
 * (first-visit-progress.ts), shown on a device with no study data without loading any database code.
 */
import { mayHoldStudyData } from '$lib/db/stored-data';
import type { ProgressState } from './progress.svelte';

export type ProgressView = Pick<
	ProgressState,
	| 'totalReviews'
	| 'hasReviews'
	| 'streak'
	| 'heatmap'
	| 'heatmapSummary'
	| 'heatmapMonths'
	| 'forecast'
	| 'forecastTotal'
	| 'forecastSummary'
	| 'retention'
	| 'retentionText'
	| 'retentionDays'
	| 'desiredRetention'
	| 'masteryOverall'
	| 'masteryByKind'
	| 'namesPacks'
	| 'masteryByPack'
	| 'masteryBySource'
>;

/**
 * The page's state, reading the stored figures, on a device that may hold study data; null on one that holds
 * none, where the first visit's figures are the truth. The state's code (and Dexie) is loaded only for the first.
 */
export async function progressIfStored(): Promise<ProgressState | null> {
	if (!(await mayHoldStudyData())) return null;
	const { ProgressState } = await import('./progress.svelte');
	return new ProgressState();
}
