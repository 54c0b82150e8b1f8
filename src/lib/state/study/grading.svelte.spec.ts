import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { CardRecord, ReviewRecord } from '$lib/db/records';
import type { GivenAnswer } from '$lib/db/study';
import type { QueueItem } from '$lib/domain/queue';
import { GOOD, LEARNING, createScheduler } from '$lib/domain/scheduler';
import { testCard } from '$lib/domain/test-card';
import { AnswerLog } from './answer-log.svelte';
import type { CardOnScreen } from './card-on-screen.svelte';
import { Grading, type GradedSession } from './grading.svelte';
import type { SessionQueue } from './session-queue.svelte';

/** The database's side of an answer and an undo, as each test sets it (the session spec uses the real one). */
const storage = vi.hoisted(() => ({
	answerCard: (() => Promise.reject(new Error('not set'))) as (...args: unknown[]) => Promise<unknown>,
	undoLastAnswer: (() => Promise.resolve(null)) as (reviewId: number) => Promise<unknown>
}));
vi.mock('../study-storage', () => ({
	answerCard: (...args: unknown[]) => storage.answerCard(...args),
	undoLastAnswer: (reviewId: number) => storage.undoLastAnswer(reviewId)
}));

const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const FIRST: QueueItem = { card: testCard('mosul:country'), kind: 'new', due: null };
const SECOND: QueueItem = { card: testCard('raqqa:country'), kind: 'new', due: null };
const POSITION = { day: { introducedToday: 0, reviewedToday: 0 }, lastPair: undefined, front: undefined };

/** A stored card record and review for the first card, as answerCard gives them. */
const stored = (id: number) => ({
	card: { id: FIRST.card.id, state: LEARNING, introducedAt: NOW } as unknown as CardRecord,
	review: { id, cardId: FIRST.card.id } as unknown as ReviewRecord
});

/** The session as the tests move it (the stored data read, another card first). */
let session: { -readonly [K in keyof GradedSession]: GradedSession[K] };
let queue: { answered: ReturnType<typeof vi.fn>; [name: string]: ReturnType<typeof vi.fn> };
/** The card on screen: what grading reads of it, and what it was told. */
let onScreen: { typed: string; putBack: ReturnType<typeof vi.fn>; start: ReturnType<typeof vi.fn> };
let kept: GivenAnswer[];
let log: AnswerLog;
let followStored: Mock<() => Promise<void>>;
let reading: Promise<void> | null;

function grading(): Grading {
	return new Grading(session, {
		queue: queue as unknown as SessionQueue,
		log,
		onScreen: onScreen as unknown as CardOnScreen,
		given: {
			read: () => kept,
			keep: (answer) => kept.push(answer),
			settle: (answer) => (kept = kept.filter((a) => a !== answer)),
			forget: () => (kept = [])
		},
		clock: () => NOW,
		reading: () => reading,
		followStored
	});
}

beforeEach(() => {
	session = {
		current: FIRST,
		currentState: null,
		scheduler: createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false }),
		confirmed: true,
		now: NOW - 8000,
		error: null
	};
	queue = {
		answered: vi.fn(() => {
			session.current = SECOND;
			return { ...POSITION, stored: null };
		}),
		put: vi.fn(),
		restore: vi.fn(() => (session.current = FIRST)),
		undone: vi.fn(),
		clearFront: vi.fn()
	};
	const putBack = vi.fn();
	onScreen = {
		typing: false,
		typed: '',
		shownFor: (now: number) => now - (NOW - 8000),
		keep: () => putBack,
		putBack,
		start: vi.fn()
	} as typeof onScreen;
	kept = [];
	log = new AnswerLog();
	followStored = vi.fn(async () => {});
	reading = null;
});

describe('Grading', () => {
	it('moves on before the answer is stored, keeping the answer on the device until it is', async () => {
		let store: ((answered: unknown) => void) | undefined;
		storage.answerCard = () => new Promise((resolve) => (store = resolve));
		const grades = grading();
		const answering = grades.answer(GOOD);
		// The next card, counted, at once: the outcome came from the preview.
		expect(queue.answered).toHaveBeenCalledWith(
			FIRST.card,
			null,
			expect.objectContaining({ state: LEARNING }),
			NOW
		);
		expect(grades.answeredCount).toBe(1);
		expect(session.now).toBe(NOW);
		expect(log.busy).toBe(true);
		expect(kept).toEqual([
			{ cardId: FIRST.card.id, rating: GOOD, at: NOW, durationMs: 8000, typed: undefined }
		]);
		await vi.waitFor(() => expect(store).toBeDefined());
		store!(stored(7));
		await answering;
		// What was stored wins; the answer is let go of, can be taken back, and the window is read again.
		expect(queue.put).toHaveBeenCalledWith(FIRST.card.id, stored(7).card);
		expect(kept).toEqual([]);
		expect(log.busy).toBe(false);
		expect(log.canUndo).toBe(true);
		expect(followStored).toHaveBeenCalledOnce();
	});

	it('puts everything back, with the reason, when the answer cannot be stored', async () => {
		storage.answerCard = () =>
			Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		const grades = grading();
		await grades.answer(GOOD);
		expect(queue.restore).toHaveBeenCalledWith(FIRST.card.id, { ...POSITION, stored: null });
		expect(onScreen.putBack).toHaveBeenCalledOnce();
		expect(session.current).toBe(FIRST);
		expect(session.now).toBe(NOW - 8000);
		expect(grades.answeredCount).toBe(0);
		expect(session.error).toMatch(/storage space/);
		// Refused and shown: not to be stored by the next visit either.
		expect(kept).toEqual([]);
		expect(log.canUndo).toBe(false);
		expect(followStored).not.toHaveBeenCalled();
	});

	it('answers the first-visit card only once the stored data shows it is the learner’s', async () => {
		storage.answerCard = vi.fn(() => Promise.resolve(stored(1)));
		session.confirmed = false;
		let read = () => {};
		reading = new Promise<void>((resolve) => (read = resolve));
		const answering = grading().answer(GOOD);
		expect(queue.answered).not.toHaveBeenCalled();
		// The stored data put another card first: the tap was on a guess, and nothing is stored.
		session.confirmed = true;
		session.current = SECOND;
		read();
		await answering;
		expect(queue.answered).not.toHaveBeenCalled();
		expect(storage.answerCard).not.toHaveBeenCalled();
		expect(kept).toEqual([]);
	});

	it('takes back the latest stored answer, its card first again, and what was typed', async () => {
		storage.answerCard = () => Promise.resolve(stored(7));
		const review = { id: 7, cardId: FIRST.card.id, day: '2025-03-11', typed: 'Irak', before: null };
		storage.undoLastAnswer = vi.fn(() => Promise.resolve(review));
		const grades = grading();
		await grades.answer(GOOD);
		await grades.undo();
		expect(storage.undoLastAnswer).toHaveBeenCalledWith(7);
		expect(queue.undone).toHaveBeenCalledWith(review, true);
		expect(onScreen.typed).toBe('Irak');
		expect(onScreen.start).toHaveBeenCalledTimes(2);
		expect(grades.answeredCount).toBe(0);
		expect(log.canUndo).toBe(false);
		expect(followStored).toHaveBeenCalledTimes(2);
	});

	it('says so when the answer was overtaken elsewhere and can no longer be taken back', async () => {
		storage.answerCard = () => Promise.resolve(stored(7));
		storage.undoLastAnswer = () => Promise.resolve(null);
		const grades = grading();
		await grades.answer(GOOD);
		await grades.undo();
		expect(session.error).toBe('That answer can no longer be taken back.');
		expect(queue.clearFront).toHaveBeenCalledOnce();
		expect(log.canUndo).toBe(false);
		expect(grades.answeredCount).toBe(1);
	});
});
