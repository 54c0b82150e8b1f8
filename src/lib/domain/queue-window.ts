/**
 * Today's queue from a window of the library: the cards that can be at its head soon (the first learning cards,
 * the first due reviews, the first new cards in teaching order, and today's cards for keeping siblings apart),
 * read by indexed queries, and totals counted by the database. The order is the full queue's (buildQueue
 * decides it); the counts are the library's, not the window's, so the numbers a learner sees do not depend on
 * how much was read. Pure.
 */
import type { Card } from './pack';
import {
	buildQueue,
	type CardProgress,
	type Queue,
	type QueueLimits,
	type QueueOptions,
	type StudyDay
} from './queue';
import { REVIEW } from './scheduler-values';

export interface QueueWindow {
	/** Candidate cards: the due and learn-ahead ones in any order, the new ones in teaching order. */
	cards: readonly Card[];
	/** Stored states of the candidates that have one. */
	states: ReadonlyMap<string, CardProgress>;
	/** Review cards due at the read, in the whole library (for the filter), the window's included. */
	reviewsDue: number;
	/** Ids of the due review cards the window holds (the rest of `reviewsDue` is beyond it). */
	reviewsRead: ReadonlySet<string>;
	/** Learning and relearning cards due by the learn-ahead limit at the read, in the whole library (for the filter). */
	learningDue: number;
	/** Ids of those the window holds (the rest of `learningDue` is beyond it, due later than every one of them). */
	learningRead: ReadonlySet<string>;
	/** The earliest due moment after the read that no candidate holds; null when nothing else is scheduled. */
	nextDueBeyond: number | null;
}

/** The queue for a window, with the library's counts. States may have changed since the read (answers). */
export function windowQueue(
	window: QueueWindow,
	states: ReadonlyMap<string, CardProgress>,
	day: StudyDay,
	limits: QueueLimits,
	now: number,
	options: QueueOptions = {}
): Queue {
	const queue = buildQueue(window.cards, states, day, limits, now, options);
	// Due reviews beyond the window are still due; those read may have been answered since.
	let dueRead = 0;
	for (const id of window.reviewsRead) {
		const state = states.get(id);
		if (state && state.state === REVIEW && state.due <= now) dueRead++;
	}
	const dueReviews = window.reviewsDue - window.reviewsRead.size + dueRead;
	const reviewsLeft = Math.max(0, limits.reviewCap - day.reviewedToday);
	const review = Math.min(reviewsLeft, dueReviews);
	// Learning cards beyond the window are due later than those read, which the queue counts as they are now.
	const learning = queue.counts.learning + Math.max(0, window.learningDue - window.learningRead.size);
	const nextDue =
		queue.nextDue === null
			? window.nextDueBeyond
			: window.nextDueBeyond === null
				? queue.nextDue
				: Math.min(queue.nextDue, window.nextDueBeyond);
	return {
		...queue,
		counts: { ...queue.counts, learning, review },
		heldByCap: Math.max(0, dueReviews - reviewsLeft),
		nextDue
	};
}
