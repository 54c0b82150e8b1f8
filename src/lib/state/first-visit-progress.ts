/**
 * Build time only (imported by +page.server.ts): the progress page as a first visit finds it, the built-in pack
 * alone with nothing answered and the settings as they come. Computed by the page's own state from no records, so
 * it says what reading an empty library would. The heatmap and forecast are left out: with no answers the page
 * does not show them, and they would date the page to its build.
 */
import { builtInLibraryPack } from '$lib/content/built-in-first';
import { progressFrom } from '$lib/db/progress';
import { DEFAULT_SETTINGS } from '$lib/domain/settings';
import { firstVisitLibraryItem } from './first-visit-library';
import { contentOf } from './library-content';
import { ProgressState } from './progress.svelte';
import type { ProgressView } from './progress-view';

export async function firstVisitProgress(): Promise<ProgressView> {
	const content = contentOf([firstVisitLibraryItem().pack], builtInLibraryPack());
	const state = new ProgressState({
		// Any instant: nothing kept depends on it.
		clock: () => 0,
		content: async () => content,
		figures: async (cards, at, months) =>
			progressFrom({ days: [], states: [], recent: [] }, cards, at, months),
		retentionGoal: async () => DEFAULT_SETTINGS.desiredRetention
	});
	await state.load();
	if (state.error) throw new Error(state.error);
	return undatedView(state);
}

/** The figures the page reads, as plain data (the prerendered page carries them), the dated ones left out. */
export function undatedView(state: ProgressState): ProgressView {
	return {
		totalReviews: state.totalReviews,
		hasReviews: state.hasReviews,
		streak: state.streak,
		heatmap: null,
		heatmapSummary: '',
		heatmapMonths: [],
		forecast: [],
		forecastTotal: state.forecastTotal,
		forecastSummary: '',
		retention: state.retention,
		retentionText: state.retentionText,
		retentionDays: state.retentionDays,
		desiredRetention: state.desiredRetention,
		masteryOverall: state.masteryOverall,
		masteryByKind: state.masteryByKind,
		namesPacks: state.namesPacks,
		masteryByPack: state.masteryByPack,
		masteryBySource: state.masteryBySource
	};
}
