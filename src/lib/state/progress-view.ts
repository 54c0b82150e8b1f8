/**
 * What the progress page shows: a loaded ProgressState, or the figures a first visit is prerendered with
 * (first-visit-progress.ts), shown on a device with no study data without loading any database code
 * (study-data-stored.ts).
 */
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
