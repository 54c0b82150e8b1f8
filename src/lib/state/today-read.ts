/**
 * Everything Today shows, read in one go: what is due now, what is new today, what was missed, the streak, the
 * assignments to do, and the names of the library's packs and sources (for the study filter's words). Read from
 * the same window of the library as /study (indexed queries, so a big library costs no more), the missed list and
 * the review log's days, so it always agrees with /study and /missed. Nothing here touches the DOM or runes: Today
 * runs it in a worker (today.worker.ts), and in the page where no worker can.
 */
import { listAssignments, openSoonestDue } from '$lib/db/assignments';
import { loadLibraryIndex } from '$lib/db/library-read';
import { loadMissedCards } from '$lib/db/missed';
import { loadReviewLog } from '$lib/db/progress';
import { getSettings } from '$lib/db/settings';
import { loadSessionPrefs } from '$lib/db/study';
import { loadStudyWindow } from '$lib/db/study-window';
import { ALL_CARDS, DEFAULT_LEARN_AHEAD_MS, type QueueFilter } from '$lib/domain/queue';
import { windowQueue } from '$lib/domain/queue-window';
import type { Streak } from '$lib/domain/streak';

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

/** An assignment the student opened here and has not finished. */
export interface OpenAssignment {
	id: string;
	title: string;
	/** The link it was opened from (the part after # is the assignment). */
	link: string;
	dueAt?: number;
	/** Whether an attempt was begun (Continue rather than Start). */
	begun: boolean;
}

/** A pack's or source's id and title: what the study filter's words need. */
export interface Titled {
	id: string;
	title: string;
}

export interface TodayRead {
	summary: TodaySummary;
	/** Soonest due first, then newest. */
	openAssignments: OpenAssignment[];
	/** How many assignments the student finished here (their result codes are under Assign). */
	finishedAssignments: number;
	titles: { packs: Titled[]; sources: Titled[] };
}

/** Reads Today's numbers as they are at `now`. The library must hold its packs already (see today-serve.ts). */
export async function readToday(now: number): Promise<TodayRead> {
	const [settings, prefs, missed, log, library, taken] = await Promise.all([
		getSettings(),
		loadSessionPrefs(),
		loadMissedCards(now),
		loadReviewLog(now),
		loadLibraryIndex(),
		listAssignments('student')
	]);
	// Today counts every card of the packs that are on; /study may be narrowed by its filter.
	const window = await loadStudyWindow({
		now,
		filter: ALL_CARDS,
		newPerDay: settings.newPerDay,
		learnAheadMs: DEFAULT_LEARN_AHEAD_MS
	});
	const queue = windowQueue(window, window.states, window.day, settings, now, { filter: ALL_CARDS });
	const titled = ({ id, title }: Titled): Titled => ({ id, title });
	return {
		summary: {
			dueNow: queue.counts.learning + queue.counts.review,
			newToday: queue.counts.new,
			missed: missed.length,
			streak: log.streak,
			nextDueAt: queue.nextDue,
			heldByCap: queue.heldByCap,
			started: window.started,
			totalReviews: log.totalReviews,
			filter: prefs.filter
		},
		openAssignments: openSoonestDue(taken).map((row) => ({
			id: row.id,
			title: row.set.title,
			link: row.link,
			dueAt: row.set.dueAt,
			begun: Boolean(row.attemptId)
		})),
		finishedAssignments: taken.filter((row) => row.status === 'done').length,
		titles: { packs: library.packs.map(titled), sources: library.sources.map(titled) }
	};
}
