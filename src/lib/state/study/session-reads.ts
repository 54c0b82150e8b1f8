/**
 * What a study session reads, loaded on first use: the database code (see study-storage.ts), the app's
 * scheduler, and the window of the library with the names its cards show.
 */
import type { StudyWindow } from '$lib/db/study-window';
import { DEFAULT_LEARN_AHEAD_MS, type QueueFilter } from '$lib/domain/queue';
import type { Scheduler } from '$lib/domain/scheduler';
import type { Settings } from '$lib/domain/settings';
import { libraryCache } from '../library-cache.svelte';

/** The database code, loaded on first use: the prerendered page paints without it. */
export const loadStudyStorage = () => import('../study-storage');

/** The app's scheduler (ts-fsrs, fuzz on), loaded with the learner's data: the first paint does not need it. */
export async function loadAppScheduler(): Promise<(settings: Settings) => Scheduler> {
	return (await import('$lib/domain/scheduler')).appScheduler;
}

/**
 * Reads the window of the library for a filter, with the names its cards show. Without `counts`, a large
 * library's totals are lower bounds (see db/study-window.ts).
 */
export async function readStudyWindow(
	filter: QueueFilter,
	settings: Settings,
	now: number,
	{ counts = true } = {}
): Promise<StudyWindow> {
	const { loadStudyWindow } = await loadStudyStorage();
	// The library's index (packs, sources) does not depend on the window: both are read at once.
	const [window] = await Promise.all([
		loadStudyWindow({
			now,
			filter,
			newPerDay: settings.newPerDay,
			learnAheadMs: DEFAULT_LEARN_AHEAD_MS,
			counts
		}),
		libraryCache.loadIndex()
	]);
	await libraryCache.loadEntities(window.cards.map((c) => c.entity));
	return window;
}
