/**
 * Grading the card on screen, and taking a grade back. The next card shows at once, in the same frame: the
 * rating's outcome is already known from the preview. The answer is kept on the device from the tap (a reload
 * cannot lose it, see given-answers.ts) and stored meanwhile in one transaction; if that fails, the session goes
 * back to how it was, the card on screen again, with the reason. The session (session.svelte.ts) reads and
 * builds the queue; this writes to it.
 */
import { describeStorageError } from '$lib/db/storage-errors';
import type { QueueItem } from '$lib/domain/queue';
import type { FsrsState, Scheduler } from '$lib/domain/scheduler';
import type { Rating } from '$lib/domain/scheduler-values';
import { localDay } from '$lib/domain/time';
import { rememberReturning } from '../returning';
import type { AnswerLog } from './answer-log.svelte';
import type { CardOnScreen } from './card-on-screen.svelte';
import type { GivenAnswers } from './given-answers';
import type { SessionQueue } from './session-queue.svelte';
import { loadStudyStorage } from './session-reads';

/** What grading reads of the session, live, and the two facts it moves (the queue's instant, the message). */
export interface GradedSession {
	/** The card on screen; null when nothing is left. */
	readonly current: QueueItem | null;
	/** Its stored FSRS state; null for a card never seen. */
	readonly currentState: FsrsState | null;
	/** Null until it is loaded with the learner's data. */
	readonly scheduler: Scheduler | null;
	/** The stored data has been read: nothing is stored over the first-visit card before it shows it is theirs. */
	readonly confirmed: boolean;
	/** The instant the queue is built for. */
	now: number;
	/** A message when saving failed. */
	error: string | null;
}

/** The session's parts grading changes, and its reads. */
export interface GradingParts {
	/** Settles when the session's latest read is done; null before the first. */
	reading: () => Promise<void> | null;
	/** Reads the window again after a stored answer or undo. */
	followStored: () => Promise<void>;
	queue: SessionQueue;
	log: AnswerLog;
	onScreen: CardOnScreen;
	given: GivenAnswers;
	clock: () => number;
}

export class Grading {
	/** Answers given in this visit (an undone one no longer counts). */
	answeredCount = $state(0);
	readonly #session: GradedSession;
	readonly #parts: GradingParts;

	constructor(session: GradedSession, parts: GradingParts) {
		this.#session = session;
		this.#parts = parts;
	}

	/**
	 * Grades the current card. The session stays busy until the answer is stored: the next answer waits for it, an
	 * undo given meanwhile too.
	 */
	async answer(rating: Rating): Promise<void> {
		const session = this.#session;
		const { queue, log, onScreen, given: keeper, clock, reading, followStored } = this.#parts;
		const item = session.current;
		if (!item) return;
		// Nothing is stored over a guess: the first-visit card is answered once the stored data shows it is theirs.
		if (!session.confirmed) {
			await reading();
			if (!session.confirmed || session.current?.card.id !== item.card.id) return;
		}
		const scheduler = session.scheduler;
		if (!scheduler) return;
		// A rating given while the answer before is still being stored waits for it, and is dropped if that one
		// failed and put its own card back on screen.
		while (log.writing) {
			await log.settled();
			if (session.current?.card.id !== item.card.id) return;
		}
		const saving = log.beginAnswer();
		session.error = null;
		const now = clock();
		const typed = onScreen.typing ? onScreen.typed : undefined;
		const given = { cardId: item.card.id, rating, at: now, durationMs: onScreen.shownFor(now), typed };
		// Kept before anything else happens: a reload from here on cannot lose it.
		keeper.keep(given);
		const before = session.currentState;
		const shownNow = session.now;
		const putBack = onScreen.keep();
		const position = queue.answered(item.card, before, scheduler.preview(before, now)[rating].after, now);
		this.answeredCount++;
		session.now = now;
		onScreen.start();
		try {
			const { answerCard } = await loadStudyStorage();
			const { card, review } = await answerCard(item.card.id, rating, now, given.durationMs, typed, {
				scheduler
			});
			// What was stored wins (another tab may have answered this card meanwhile).
			queue.put(card.id, card);
			saving.stored(review.id);
			rememberReturning(true);
		} catch (error) {
			queue.restore(item.card.id, position);
			session.now = shownNow;
			this.answeredCount--;
			putBack();
			session.error = describeStorageError(error, 'your answer');
			return;
		} finally {
			// Stored, or refused with its card back on screen: either way it is not to be stored later.
			keeper.settle(given);
			saving.end();
		}
		await followStored();
	}

	/** Takes back the latest answer of this visit; that card comes back on screen. */
	async undo(): Promise<void> {
		const session = this.#session;
		const { queue, log, onScreen, clock, followStored } = this.#parts;
		// Pressed while answers are being stored (the button stays, so it does not go from under a finger): it takes
		// back the latest of them once stored (see AnswerLog.beginUndo).
		const undoing = await log.beginUndo();
		if (!undoing) return;
		const { reviewId, end } = undoing;
		session.error = null;
		try {
			const review = await (await loadStudyStorage()).undoLastAnswer(reviewId);
			if (!review) {
				// Something newer was answered elsewhere (another tab): start again from what is stored.
				log.forgetAnswers();
				session.error = 'That answer can no longer be taken back.';
				queue.clearFront();
				onScreen.start();
				return;
			}
			queue.undone(review, review.day === localDay(clock()));
			log.takenBack();
			this.answeredCount = Math.max(0, this.answeredCount - 1);
			session.now = clock();
			onScreen.start();
			onScreen.typed = review.typed ?? '';
		} catch (error) {
			session.error = describeStorageError(error, 'the undo');
			return;
		} finally {
			end();
		}
		await followStored();
	}
}
