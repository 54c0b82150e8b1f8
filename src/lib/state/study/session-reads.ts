/**
 * What a study session reads, loaded on first use: the database code (see study-storage.ts), the app's
 * scheduler, and the window of the library with the names its cards show.
 */
import type { StudyWindow, WindowRequest } from '$lib/db/study-window';
import { DEFAULT_LEARN_AHEAD_MS, type QueueFilter } from '$lib/domain/queue';
import type { Scheduler } from '$lib/domain/scheduler';
import type { Settings } from '$lib/domain/settings';
import { libraryCache } from '../library-cache.svelte';
import type { GivenAnswers } from './given-answers';

/** The database code, loaded on first use: the prerendered page paints without it. */
export const loadStudyStorage = () => import('../study-storage');

/** The app's scheduler (ts-fsrs, fuzz on), loaded with the learner's data: the first paint does not need it. */
export async function loadAppScheduler(): Promise<(settings: Settings) => Scheduler> {
	return (await import('$lib/domain/scheduler')).appScheduler;
}

/**
 * Due cards per state a session's first read takes: the card on screen and several after it. The whole window,
 * counted, is read once the page is idle (see WindowRequest.perState).
 */
export const FIRST_READ_PER_STATE = 8;

/**
 * Reads the window of the library for a filter, with the names its cards show. Without `counts`, a large
 * library's totals are lower bounds (see db/study-window.ts).
 */
export async function readStudyWindow(
	filter: QueueFilter,
	settings: Settings,
	now: number,
	{ counts = true, perState, held }: Pick<WindowRequest, 'counts' | 'perState' | 'held'> = {}
): Promise<StudyWindow> {
	const { loadStudyWindow } = await loadStudyStorage();
	// The library's index (packs, sources) does not depend on the window: both are read at once.
	const [window] = await Promise.all([
		loadStudyWindow({
			now,
			filter,
			newPerDay: settings.newPerDay,
			learnAheadMs: DEFAULT_LEARN_AHEAD_MS,
			counts,
			perState,
			held
		}),
		libraryCache.loadIndex()
	]);
	await libraryCache.loadEntities(window.cards.map((c) => c.entity));
	return window;
}

/**
 * A session's first read: the first few due cards of each state, uncounted, so a cold start's card can be
 * answered before a large window is handed over record by record. The whole window is read next.
 */
export const readFirstWindow = (filter: QueueFilter, settings: Settings, now: number) =>
	readStudyWindow(filter, settings, now, { counts: false, perState: FIRST_READ_PER_STATE });

/** What a session's first read gives. */
export interface SessionStart {
	settings: Settings;
	/** The filter and typed-answer mode saved at the last visit (the mode defaults to the setting). */
	filter: QueueFilter;
	typedMode: boolean;
	window: StudyWindow;
	schedulerFor: (settings: Settings) => Scheduler;
	/** The instant the window was read for. */
	now: number;
}

/**
 * A session's first read: the database code, the scheduler (the app's unless one is given) and the library made
 * ready, at once; then the answers given and never stored are stored; then the settings and the saved filter and
 * mode; then the first window, at the clock's time.
 */
export async function readSessionStart(
	prepareLibrary: () => Promise<void>,
	schedulerFor: ((settings: Settings) => Scheduler) | null,
	clock: () => number,
	given: GivenAnswers
): Promise<SessionStart> {
	const [storage, scheduler] = await Promise.all([
		loadStudyStorage(),
		schedulerFor ?? loadAppScheduler(),
		prepareLibrary()
	]);
	const unstored = given.read();
	if (unstored.length > 0) {
		try {
			await storage.storeGivenAnswers(unstored);
			for (const answer of unstored) given.settle(answer);
		} catch {
			// Kept for the next visit (a full disk, say): the session opens without them meanwhile.
		}
	}
	const [settings, prefs] = await Promise.all([storage.getSettings(), storage.loadSessionPrefs()]);
	const now = clock();
	return {
		settings,
		filter: prefs.filter,
		typedMode: prefs.typedAnswers ?? settings.typedAnswers,
		window: await readFirstWindow(prefs.filter, settings, now),
		schedulerFor: scheduler,
		now
	};
}
