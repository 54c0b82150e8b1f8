/**
 * The Today screen: what is due now, what is new today, what was missed, the streak, and the one thing to do
 * next. Read from the same window of the library as /study (indexed queries, so a big library costs no more),
 * the missed list and the review log's days, so it always agrees with /study and /missed.
 */
import { ALL_CARDS, DEFAULT_LEARN_AHEAD_MS, type QueueFilter } from '$lib/domain/queue';
import { windowQueue } from '$lib/domain/queue-window';
import type { Streak } from '$lib/domain/streak';
import { libraryCache } from './library-cache.svelte';
import { ensureBuiltInPack } from './library-installer';
import { rememberReturning } from './returning';

/** The database code, loaded on first use (see study-storage.ts). */
const loadStudyStorage = () => import('./study-storage');

export interface TodaySummary {
	/** Learning and review cards due now (or within the learn-ahead window, as /study shows them). */
	dueNow: number;
	/** New cards still allowed today. */
	newToday: number;
	/** Cards on the missed list. */
	missed: number;
	streak: Streak;
	/** When the next card falls due beyond today's queue; null when none is scheduled. */
	nextDueAt: number | null;
	/** Due reviews held back by the daily review cap. */
	heldByCap: number;
	/** Whether the learner has met any card. */
	started: boolean;
	/** Answers ever. */
	totalReviews: number;
	/** The filter /study will use. */
	filter: QueueFilter;
}

/** What the primary button on Today does. */
export type NextStep = 'study' | 'missed' | 'done';

export interface TodayOptions {
	clock?: () => number;
	/** Makes sure the library holds its packs before the read (the app installs its built-in pack). */
	prepareLibrary?: () => Promise<void>;
}

export class TodayState {
	/** True until the stored data has been read. */
	loading = $state(true);
	/** A message when reading failed. */
	error = $state<string | null>(null);
	/** Today's numbers; null until loaded. */
	summary = $state.raw<TodaySummary | null>(null);
	/** The instant the numbers were read for. */
	now = $state(0);

	/** Cards to study now, due and new together. */
	readonly toStudy = $derived(this.summary ? this.summary.dueNow + this.summary.newToday : 0);
	/** The one thing to do next: study, else review missed cards, else nothing is left today. */
	readonly next = $derived<NextStep | null>(
		!this.summary ? null : this.toStudy > 0 ? 'study' : this.summary.missed > 0 ? 'missed' : 'done'
	);
	/** Nothing studied yet: the welcome explains the app. */
	readonly firstLaunch = $derived(
		this.summary !== null && this.summary.totalReviews === 0 && !this.summary.started
	);

	readonly #clock: () => number;
	readonly #prepareLibrary: () => Promise<void>;

	constructor(options: TodayOptions = {}) {
		this.#clock = options.clock ?? (() => Date.now());
		this.#prepareLibrary = options.prepareLibrary ?? (() => ensureBuiltInPack());
	}

	/** Reads everything Today shows. Safe to call again (e.g. when the tab comes back into view). */
	async load(): Promise<void> {
		this.error = null;
		try {
			const [storage] = await Promise.all([loadStudyStorage(), this.#prepareLibrary()]);
			const now = this.#clock();
			const [settings, prefs, missed, log] = await Promise.all([
				storage.getSettings(),
				storage.loadSessionPrefs(),
				storage.loadMissedCards(now),
				storage.loadReviewLog(now),
				libraryCache.loadIndex()
			]);
			// Today counts every card of the packs that are on; /study may be narrowed by its filter.
			const window = await storage.loadStudyWindow({
				now,
				filter: ALL_CARDS,
				newPerDay: settings.newPerDay,
				learnAheadMs: DEFAULT_LEARN_AHEAD_MS
			});
			const queue = windowQueue(window, window.states, window.day, settings, now, { filter: ALL_CARDS });
			this.summary = {
				dueNow: queue.counts.learning + queue.counts.review,
				newToday: queue.counts.new,
				missed: missed.length,
				streak: log.streak,
				nextDueAt: queue.nextDue,
				heldByCap: queue.heldByCap,
				started: window.started,
				totalReviews: log.totalReviews,
				filter: prefs.filter
			};
			this.now = now;
			rememberReturning(!this.firstLaunch);
		} catch (error) {
			this.error = `Could not read your study data: ${(error as Error).message}`;
		} finally {
			this.loading = false;
		}
	}
}
