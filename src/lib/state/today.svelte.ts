/**
 * The Today screen: what is due now, what is new today, what was missed, the streak, and the one thing to do
 * next. Read from the stored card states, reviews and misses, so it always agrees with /study and /missed.
 */
import { pack as appPack } from '$lib/content/pack';
import type { Pack } from '$lib/domain/pack';
import { ALL_CARDS, buildQueue, type QueueFilter } from '$lib/domain/queue';
import { NEW } from '$lib/domain/scheduler-values';
import type { Streak } from '$lib/domain/streak';
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
	/** Cards the learner has met at least once. */
	started: number;
	/** Answers ever. */
	totalReviews: number;
	/** The filter /study will use. */
	filter: QueueFilter;
}

/** What Today needs of the content pack. */
export type TodayPack = Pick<Pack, 'title' | 'cards' | 'sources'>;

/** What the primary button on Today does. */
export type NextStep = 'study' | 'missed' | 'done';

export class TodayState {
	/** True until the stored data has been read. */
	loading = $state(true);
	/** A message when reading failed. */
	error = $state<string | null>(null);
	/** Today's numbers; null until loaded. */
	summary = $state.raw<TodaySummary | null>(null);
	/** The instant the numbers were read for. */
	now = $state(0);

	// Cards to study now, due and new together.
	readonly toStudy = $derived(this.summary ? this.summary.dueNow + this.summary.newToday : 0);
	// The one thing to do next: study, else review missed cards, else nothing is left today.
	readonly next = $derived<NextStep | null>(
		!this.summary ? null : this.toStudy > 0 ? 'study' : this.summary.missed > 0 ? 'missed' : 'done'
	);
	// Nothing studied yet: the welcome explains the app.
	readonly firstLaunch = $derived(
		this.summary !== null && this.summary.totalReviews === 0 && this.summary.started === 0
	);

	readonly #pack: TodayPack;
	readonly #clock: () => number;

	constructor(pack: TodayPack = appPack, options: { clock?: () => number } = {}) {
		this.#pack = pack;
		this.#clock = options.clock ?? (() => Date.now());
	}

	/** The pack being studied: its title and size, for the welcome. */
	get pack(): TodayPack {
		return this.#pack;
	}

	/** Reads everything Today shows. Safe to call again (e.g. when the tab comes back into view). */
	async load(): Promise<void> {
		this.error = null;
		try {
			const now = this.#clock();
			const { getSettings, loadSessionPrefs, loadStudySnapshot, loadMissedCards, loadProgress } =
				await loadStudyStorage();
			const [settings, prefs, snapshot, missed, progress] = await Promise.all([
				getSettings(),
				loadSessionPrefs(),
				loadStudySnapshot(now),
				loadMissedCards(now),
				loadProgress(this.#pack.cards, now, 1)
			]);
			// Today counts every card; /study may be narrowed by its filter, which Today mentions.
			const queue = buildQueue(this.#pack.cards, snapshot.states, snapshot.day, settings, now, {
				filter: ALL_CARDS
			});
			this.summary = {
				dueNow: queue.counts.learning + queue.counts.review,
				newToday: queue.counts.new,
				missed: missed.length,
				streak: progress.streak,
				nextDueAt: queue.nextDue,
				heldByCap: queue.heldByCap,
				started: [...snapshot.states.values()].filter((s) => s.state !== NEW).length,
				totalReviews: progress.totalReviews,
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
