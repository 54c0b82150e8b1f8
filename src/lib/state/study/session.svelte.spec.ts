import { beforeEach, describe, expect, it, vi } from 'vitest';
import { updateSettings } from '$lib/db/settings';
import { freshDatabase } from '$lib/db/test-db';
import type { SourcedeckDB } from '$lib/db/database';
import { AGAIN, EASY, GOOD, LEARNING, createScheduler } from '$lib/domain/scheduler';
import { RELEARNING, REVIEW } from '$lib/domain/scheduler-values';
import { DAY, MINUTE } from '$lib/domain/time';
import { testCard as card } from '$lib/domain/test-card';
import { installPack } from '$lib/db/library';
import { qualify } from '$lib/domain/library';
import type { Card, Pack } from '$lib/domain/pack';
import type { ResumeHint, ResumeStore } from '../resume-hint';
import { fakeStorage } from '../test-storage';
import { givenAnswersIn } from './given-answers';
import { StudySession } from './session.svelte';
import { RESUME_FORMAT } from './resume-keeper';
import { FIRST_READ_PER_STATE } from './session-reads';

/** Window reads a test holds back, to end them in another order than they began; none by default. */
const heldReads = vi.hoisted(() => ({
	hold: null as null | ((read: () => Promise<unknown>) => Promise<unknown>),
	/** Every window read's request, in order. */
	requests: [] as { held?: { cards: ReadonlyMap<string, unknown> } }[]
}));
vi.mock('$lib/db/study-window', async (importOriginal) => {
	const original = await importOriginal<typeof import('$lib/db/study-window')>();
	return {
		...original,
		loadStudyWindow: (request: Parameters<typeof original.loadStudyWindow>[0]) => {
			heldReads.requests.push(request);
			return heldReads.hold
				? heldReads.hold(() => original.loadStudyWindow(request))
				: original.loadStudyWindow(request);
		}
	};
});

/** Holds the `n`-th window read from now (from 1) until the returned function is called. */
function holdRead(n: number): () => void {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let reads = 0;
	heldReads.hold = async (read) => {
		const result = await read();
		if (++reads === n) await held;
		return result;
	};
	return release;
}

const START = new Date(2025, 2, 11, 9, 0).getTime();

/** A card's id in the library. */
const q = (id: string) => qualify('test-pack', id);

const PACK: Pack = {
	id: 'test-pack',
	title: 'Test pack',
	description: '',
	topics: [],
	version: 'v1',
	sources: [
		{
			id: 'zh-2016',
			title: 'ZH',
			kind: 'opinion blog',
			publisher: 'x',
			date: 'unknown',
			file: '',
			reliability: 'x'
		},
		{
			id: 'blog-2017',
			title: 'Blog',
			kind: 'opinion blog',
			publisher: 'x',
			date: 'unknown',
			file: '',
			reliability: 'x'
		}
	],
	entities: [],
	cards: [
		card('mosul:country'),
		card('mosul:significance', {
			type: 'place-significance',
			answer: 'A long sentence about Mosul.',
			importance: 2,
			pair: 'mosul:sig'
		}),
		card('raqqa:country', { answer: 'Syria', accepted: ['Syria'], sources: ['blog-2017'] }),
		card('abadi:role', {
			kind: 'actor',
			type: 'actor-role',
			answer: 'Prime minister',
			accepted: ['Prime minister']
		}),
		card('falluja:country', { topic: 'falluja' })
	]
};

/** The pack's first card as the library holds it: the prerendered first-visit card. */
const FIRST: Card = {
	...PACK.cards[0]!,
	id: q(PACK.cards[0]!.id),
	pair: q(PACK.cards[0]!.pair),
	entity: q(PACK.cards[0]!.entity),
	sources: PACK.cards[0]!.sources.map(q)
};

let time: number;
const clock = () => time;
const schedulerFor = () =>
	createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });
let database: SourcedeckDB;

const prepareLibrary = async () => {};
const answersOfType = async () => PACK.cards.map((c) => c.answer);
const open = (options = {}) =>
	new StudySession(FIRST, {
		clock,
		schedulerFor,
		prepareLibrary,
		answersOfType,
		firstVisitCards: PACK.cards.length,
		...options
	});

async function openSession() {
	const session = open();
	await session.load();
	return session;
}

beforeEach(async () => {
	heldReads.hold = null;
	heldReads.requests = [];
	time = START;
	database = freshDatabase('session');
	await installPack(PACK, { origin: 'file', now: START - DAY });
});

describe('StudySession', () => {
	it('loads today’s queue with the first card and the four outcomes', async () => {
		const session = await openSession();
		expect(session.loading).toBe(false);
		expect(session.error).toBeNull();
		expect(session.current?.card.id).toBe(q('mosul:country'));
		expect(session.currentState).toBeNull();
		expect(session.remaining).toEqual({ new: 5, learning: 0, review: 0 });
		expect(session.previews?.[AGAIN].interval).toBe('1m');
		expect(session.previews?.[GOOD].interval).toBe('10m');
		expect(session.done).toBe(false);
		expect(session.canUndo).toBe(false);
	});

	it('answers: saves the card, moves on and counts it', async () => {
		const session = await openSession();
		await session.reveal();
		expect(session.onScreen.revealed).toBe(true);
		time += 8000;
		await session.answer(GOOD);
		const stored = await database.cards.get(q('mosul:country'));
		expect(stored).toMatchObject({ state: LEARNING, introducedAt: START + 8000 });
		const [review] = await database.reviews.toArray();
		expect(review).toMatchObject({ cardId: q('mosul:country'), rating: GOOD, durationMs: 8000 });
		expect(session.current?.card.id).not.toBe(q('mosul:country'));
		expect(session.onScreen.revealed).toBe(false);
		expect(session.answeredCount).toBe(1);
		expect(session.remaining.new).toBe(4);
		expect(session.canUndo).toBe(true);
	});

	it('shows what a first visit sees before the stored data is read, and stores nothing over that guess', async () => {
		// A learner who has already answered the first card.
		await (await openSession()).answer(GOOD);
		const session = open();
		expect(session.confirmed).toBe(false);
		expect(session.current?.card.id).toBe(q('mosul:country'));
		expect(session.remaining).toEqual({ new: 5, learning: 0, review: 0 });
		await session.reveal();
		await session.answer(EASY);
		expect(await database.reviews.count()).toBe(1);
		await session.load();
		expect(session.confirmed).toBe(true);
		// Not this learner's card: theirs replaces it, unrevealed.
		expect(session.current?.card.id).not.toBe(q('mosul:country'));
		expect(session.onScreen.revealed).toBe(false);
		expect(session.remaining.new).toBe(4);
	});

	it('lets a newcomer reveal and answer the first-visit card while the stored data is still being read', async () => {
		const session = open();
		await session.reveal();
		const reading = session.load();
		const answering = session.answer(GOOD);
		await reading;
		expect(session.confirmed).toBe(true);
		await answering;
		expect((await database.reviews.toArray()).map((r) => r.cardId)).toEqual([q('mosul:country')]);
		expect(session.current?.card.id).not.toBe(q('mosul:country'));
	});

	it('shows the next card at once and stays busy until the answer is stored', async () => {
		const session = await openSession();
		await session.reveal();
		const saving = session.answer(GOOD);
		// Synchronously, before the transaction has even started: the next card, the count, the busy flag.
		expect(session.current?.card.id).not.toBe(q('mosul:country'));
		expect(session.onScreen.revealed).toBe(false);
		expect(session.answeredCount).toBe(1);
		expect(session.busy).toBe(true);
		// Undo is offered from the tap (the button does not come and go with each save).
		expect(session.canUndo).toBe(true);
		// A second answer given while the first is being stored waits for it, then counts too.
		const second = session.current!.card.id;
		await session.reveal();
		const waiting = session.answer(AGAIN);
		expect(session.current?.card.id).toBe(second);
		await saving;
		await waiting;
		expect(session.busy).toBe(false);
		expect(session.answeredCount).toBe(2);
		expect(session.canUndo).toBe(true);
		expect(await database.reviews.count()).toBe(2);
		expect(await database.cards.get(q('mosul:country'))).toMatchObject({ state: LEARNING });
		expect((await database.reviews.toArray()).map((r) => [r.cardId, r.rating])).toEqual([
			[q('mosul:country'), GOOD],
			[second, AGAIN]
		]);
	});

	it('an undo given while the answer is being stored takes that answer back once it is stored', async () => {
		const session = await openSession();
		await session.answer(GOOD);
		const second = session.current!.card.id;
		const saving = session.answer(EASY);
		expect(session.current?.card.id).not.toBe(second);
		await session.undo();
		await saving;
		expect(session.current?.card.id).toBe(second);
		expect((await database.reviews.toArray()).map((r) => r.cardId)).toEqual([q('mosul:country')]);
		expect(session.answeredCount).toBe(1);
		expect(session.canUndo).toBe(true);
	});

	it('two undos given while an answer is being stored take back that answer only', async () => {
		const session = await openSession();
		await session.answer(GOOD);
		const second = session.current!.card.id;
		const saving = session.answer(EASY);
		// A double tap on Undo: the second finds the answer it was pressed for already taken back.
		await Promise.all([session.undo(), session.undo()]);
		await saving;
		expect(session.error).toBeNull();
		expect(session.current?.card.id).toBe(second);
		expect((await database.reviews.toArray()).map((r) => r.cardId)).toEqual([q('mosul:country')]);
		expect(session.answeredCount).toBe(1);
	});

	it('an undo given while an answer that cannot be stored is being saved takes nothing back', async () => {
		const session = await openSession();
		await session.answer(GOOD);
		const second = session.current!.card.id;
		const add = vi
			.spyOn(database.reviews, 'add')
			.mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		const saving = session.answer(EASY);
		await session.undo();
		await saving;
		add.mockRestore();
		// The failed answer's card is back with the reason; the answer before it is still stored.
		expect(session.current?.card.id).toBe(second);
		expect(session.error).toMatch(/storage space/);
		expect(await database.reviews.count()).toBe(1);
		expect(session.canUndo).toBe(true);
	});

	it('brings the card back as it was, with the reason, when the answer cannot be stored', async () => {
		const session = await openSession();
		await session.reveal();
		const add = vi
			.spyOn(database.reviews, 'add')
			.mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		await session.answer(GOOD);
		expect(session.current?.card.id).toBe(q('mosul:country'));
		expect(session.onScreen.revealed).toBe(true);
		expect(session.answeredCount).toBe(0);
		expect(session.remaining).toEqual({ new: 5, learning: 0, review: 0 });
		expect(session.error).toMatch(/storage space/);
		// Nothing half-written: the card's state went back with the failed review.
		expect(await database.cards.count()).toBe(0);
		add.mockRestore();
		await session.answer(GOOD);
		expect(session.error).toBeNull();
		expect(await database.reviews.count()).toBe(1);
	});

	it('keeps each answer where a reload cannot lose it, from the tap until it is stored or refused', async () => {
		const storage = fakeStorage();
		const given = givenAnswersIn(() => storage);
		const session = open({ givenAnswers: given });
		await session.load();
		time += 5000;
		const saving = session.answer(GOOD);
		// Synchronously, before the transaction has even started.
		expect(given.read()).toEqual([
			{ cardId: q('mosul:country'), rating: GOOD, at: START + 5000, durationMs: 5000, typed: undefined }
		]);
		await saving;
		expect(given.read()).toEqual([]);
		// Refused (a full disk): the card is back on screen with the reason, so nothing is kept for later.
		const add = vi
			.spyOn(database.reviews, 'add')
			.mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		await session.answer(AGAIN);
		add.mockRestore();
		expect(session.error).toMatch(/storage space/);
		expect(given.read()).toEqual([]);
		// An answer a reload cut short is stored by the next session, which opens on the card after it.
		const second = session.current!.card.id;
		given.keep({ cardId: second, rating: EASY, at: time, durationMs: 1000 });
		const reloaded = open({ givenAnswers: given });
		await reloaded.load();
		expect((await database.reviews.toArray()).map((r) => [r.cardId, r.rating])).toEqual([
			[q('mosul:country'), GOOD],
			[second, EASY]
		]);
		expect(reloaded.current?.card.id).not.toBe(second);
		expect(given.read()).toEqual([]);
	});

	it('continues where it was after a reload', async () => {
		const first = await openSession();
		await first.answer(EASY);
		await first.answer(EASY);
		const next = first.current?.card.id;
		time += MINUTE;
		const reloaded = await openSession();
		expect(reloaded.current?.card.id).toBe(next);
		expect(reloaded.remaining).toEqual(first.remaining);
	});

	it('undo puts the card back on screen and restores the stored state', async () => {
		const session = await openSession();
		await session.answer(EASY);
		expect(await database.cards.count()).toBe(1);
		await session.undo();
		expect(session.current?.card.id).toBe(q('mosul:country'));
		expect(session.remaining.new).toBe(5);
		expect(await database.cards.count()).toBe(0);
		expect(await database.reviews.count()).toBe(0);
		expect(session.canUndo).toBe(false);
	});

	it('keeps a failed card in the session until it is learned', async () => {
		await updateSettings({ newPerDay: 1 });
		const session = await openSession();
		await session.answer(AGAIN);
		// Due in a minute, and nothing else is left: it comes back now (learn-ahead).
		expect(session.current?.card.id).toBe(q('mosul:country'));
		expect(session.current?.kind).toBe('learning');
		expect(session.previews?.[GOOD].interval).toBe('10m');
		time += 10 * MINUTE;
		await session.answer(GOOD);
		expect(session.current?.card.id).toBe(q('mosul:country'));
		time += 10 * MINUTE;
		await session.answer(GOOD);
		expect(session.done).toBe(true);
		expect(session.nextDueAt).toBe((await database.cards.get(q('mosul:country')))!.due);
		expect(session.nextDueAt! - time).toBeGreaterThanOrEqual(DAY);
	});

	it('a read begun before an answer does not undo it when it ends: the day’s last new card stays the last', async () => {
		await updateSettings({ newPerDay: 2 });
		const session = await openSession();
		// The read after the first answer is held until the second answer is shown (not yet stored).
		let readDone = () => {};
		const read = new Promise<void>((resolve) => (readDone = resolve));
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		heldReads.hold = async (next) => {
			const result = await next();
			heldReads.hold = null;
			readDone();
			await held;
			return result;
		};
		const first = session.answer(EASY);
		await read;
		const second = session.answer(EASY);
		expect(session.done).toBe(true);
		release();
		await first;
		// The held read knew of one new card today: taken, it would bring a third one on screen.
		expect(session.done).toBe(true);
		expect(session.remaining.new).toBe(0);
		await second;
		expect(session.done).toBe(true);
		expect(await database.reviews.count()).toBe(2);
	});

	it('starts a new day with a fresh new-card allowance on refresh', async () => {
		await updateSettings({ newPerDay: 1 });
		const session = await openSession();
		await session.answer(EASY);
		expect(session.done).toBe(true);
		time += DAY;
		await session.refresh();
		expect(session.done).toBe(false);
		expect(session.current?.kind).toBe('new');
	});

	it('filters the queue and remembers the filter', async () => {
		const session = await openSession();
		await session.setFilter({ by: 'kind', kind: 'actor' });
		expect(session.queue.items.map((i) => i.card.id)).toEqual([q('abadi:role')]);
		await session.setFilter({ by: 'source', source: q('blog-2017') });
		expect(session.current?.card.id).toBe(q('raqqa:country'));
		const reloaded = await openSession();
		expect(reloaded.filter).toEqual({ by: 'source', source: q('blog-2017') });
		expect(reloaded.current?.card.id).toBe(q('raqqa:country'));
	});

	it('cannot reveal the card on screen while a new filter is read: the filter’s first card replaces it', async () => {
		const session = await openSession();
		const choosing = session.setFilter({ by: 'kind', kind: 'actor' });
		expect(session.switching).toBe(true);
		await session.reveal();
		expect(session.onScreen.revealed).toBe(false);
		await choosing;
		expect(session.switching).toBe(false);
		expect(session.current?.card.id).toBe(q('abadi:role'));
		await session.reveal();
		expect(session.onScreen.revealed).toBe(true);
	});

	it('a read begun before a new filter was chosen, ending after it, does not put the old filter’s cards back', async () => {
		// A library larger than one window: the whole library's window holds none of the last card's source.
		const many: Pack = {
			...PACK,
			id: 'many',
			version: 'm1',
			cards: Array.from({ length: 100 }, (_, n) =>
				card(`c${n}:country`, { pair: `c${n}`, sources: [n === 99 ? 'blog-2017' : 'zh-2016'] })
			)
		};
		await installPack(many, { origin: 'file', now: START - DAY });
		const session = await openSession();
		// The first read begun (the whole library's) ends after the second (the filter's).
		const releaseFirst = holdRead(1);
		const refreshing = session.refresh();
		await session.setFilter({ by: 'source', source: qualify('many', 'blog-2017') });
		releaseFirst();
		await refreshing;
		expect(session.current?.card.id).toBe(qualify('many', 'c99:country'));
	});

	it('two filters chosen in quick succession: the card waits for the last one’s cards', async () => {
		const session = await openSession();
		// The first filter's read ends first.
		const releaseSecond = holdRead(2);
		const first = session.setFilter({ by: 'source', source: q('blog-2017') });
		const second = session.setFilter({ by: 'kind', kind: 'actor' });
		await first;
		expect(session.switching).toBe(true);
		await session.reveal();
		expect(session.onScreen.revealed).toBe(false);
		releaseSecond();
		await second;
		expect(session.filter).toEqual({ by: 'kind', kind: 'actor' });
		expect(session.current?.card.id).toBe(q('abadi:role'));
		expect(session.switching).toBe(false);
	});

	it('checks typed answers, forgiving typos, and records what was typed', async () => {
		const session = await openSession();
		await session.setTypedMode(true);
		expect(session.onScreen.typing).toBe(true);
		session.onScreen.typed = 'irak';
		await session.reveal();
		expect(session.onScreen.verdict?.correct).toBe(true);
		expect(session.onScreen.suggestedRating).toBe(GOOD);
		await session.answer(GOOD);
		expect((await database.reviews.toArray())[0]!.typed).toBe('irak');
		session.onScreen.typed = 'Iran';
		await session.reveal();
		expect(session.onScreen.verdict?.correct).toBe(false);
		expect(session.onScreen.suggestedRating).toBe(AGAIN);
		// The next visit starts in typed mode, its answer checking loaded with the stored data.
		const next = await openSession();
		expect(next.typedMode).toBe(true);
		next.onScreen.typed = next.current!.card.answer;
		await next.reveal();
		expect(next.onScreen.verdict?.correct).toBe(true);
	});

	it('reveals sentence answers even in typed mode', async () => {
		const session = await openSession();
		await session.setTypedMode(true);
		await session.setFilter({ by: 'kind', kind: 'actor' });
		expect(session.current?.card.type).toBe('actor-role');
		expect(session.onScreen.typing).toBe(false);
		await session.reveal();
		expect(session.onScreen.verdict).toBeNull();
	});

	it('loads the app’s scheduler with the learner’s data: the intervals show once it is read', async () => {
		const session = open({ schedulerFor: undefined });
		expect(session.current?.card.id).toBe(q('mosul:country'));
		expect(session.previews).toBeNull();
		await session.load();
		expect(session.previews?.[AGAIN].after.state).toBe(LEARNING);
		await session.reveal();
		await session.answer(GOOD);
		expect(await database.cards.get(q('mosul:country'))).toMatchObject({ state: LEARNING });
	});

	/** A pack of 100 cards, every one a review due since yesterday or before, the last (c99) due earliest. */
	async function installManyDue(): Promise<void> {
		const many: Pack = {
			...PACK,
			id: 'many',
			version: 'm1',
			cards: Array.from({ length: 100 }, (_, n) => card(`c${n}:country`, { pair: `c${n}` }))
		};
		await installPack(many, { origin: 'file', now: START - DAY });
		await database.cards.bulkPut(
			many.cards.map((c, n) => ({
				id: qualify('many', c.id),
				pack: 'many',
				activePack: 'many',
				due: START - DAY - n * MINUTE,
				stability: 10,
				difficulty: 5,
				elapsed_days: 0,
				scheduled_days: 10,
				learning_steps: 0,
				reps: 3,
				lapses: 0,
				state: REVIEW,
				last_review: START - 11 * DAY,
				introducedAt: START - 30 * DAY
			}))
		);
		await database.packCards
			.where('pack')
			.equals('many')
			.modify((c) => {
				delete c.newRank;
			});
	}

	it('shows a large library’s first card before counting it all, then the library’s counts', async () => {
		await installManyDue();
		const session = await openSession();
		// The first read stopped at its limit: the card is ready, its counts are "at least".
		expect(session.current).not.toBeNull();
		expect(session.counted).toBe(false);
		expect(session.remaining.review).toBe(FIRST_READ_PER_STATE);
		await vi.waitFor(() => expect(session.counted).toBe(true));
		expect(session.remaining.review).toBe(100);
	});

	it('keeps the card on screen when the whole window, read after the first, would put another first', async () => {
		await installManyDue();
		// Between the first read and the whole window, another tab fails a card: relearning comes before reviews.
		let reads = 0;
		heldReads.hold = async (read) => {
			if (++reads === 2)
				await database.cards.update(qualify('many', 'c0:country'), {
					state: RELEARNING,
					due: START - MINUTE
				});
			return read();
		};
		const session = await openSession();
		const onScreen = session.current?.card.id;
		expect(onScreen).toBe(qualify('many', 'c99:country'));
		await vi.waitFor(() => expect(session.counted).toBe(true));
		expect(session.queue.items.slice(0, 2).map((i) => i.card.id)).toEqual([
			onScreen,
			qualify('many', 'c0:country')
		]);
		// Once answered, the queue goes on in its own order.
		await session.reveal();
		await session.answer(GOOD);
		expect(session.current?.card.id).toBe(qualify('many', 'c0:country'));
	});

	it('hands the cards it holds to the read after an answer, which need not read them again', async () => {
		const session = await openSession();
		const shown = session.current!.card.id;
		await session.reveal();
		await session.answer(GOOD);
		const [first, afterAnswer] = heldReads.requests;
		expect(first?.held).toBeUndefined();
		expect(afterAnswer?.held?.cards.has(shown)).toBe(true);
	});

	it('is done at once with an empty pack', async () => {
		database = freshDatabase('session-empty');
		const session = new StudySession(null, { clock, schedulerFor, prepareLibrary });
		await session.load();
		expect(session.done).toBe(true);
		expect(session.nextDueAt).toBeNull();
		await session.answer(GOOD);
		expect(await database.reviews.count()).toBe(0);
	});
});

describe('StudySession resuming where the learner left off', () => {
	/** The device's storage for the next-card hint; saves run at once. */
	function device() {
		let saved: ResumeHint | null = null;
		const resume: ResumeStore = { read: () => saved, write: (hint) => (saved = hint) };
		const openHere = () => open({ resume, whenIdle: (task: () => void) => task() });
		return {
			open: openHere,
			hint: () => saved,
			tamper: (change: Partial<ResumeHint>) => (saved = { ...saved!, ...change })
		};
	}

	it('saves no next card for a newcomer, whose first card the page is prerendered with', async () => {
		const { open, hint } = device();
		await open().load();
		expect(hint()).toBeNull();
	});

	it('saves the card a reopened app starts with, and starts there before the stored data is read', async () => {
		const { open, hint } = device();
		const first = open();
		await first.load();
		await first.reveal();
		await first.answer(AGAIN);
		const next = hint();
		expect(next).toMatchObject({
			pack: RESUME_FORMAT,
			kind: 'new',
			from: START,
			// The card answered Again is due in a minute: then the queue's head changes.
			until: START + MINUTE,
			prompt: expect.any(String),
			kindName: 'Place',
			typeName: 'country',
			typing: false,
			answer: PACK.cards.find((card) => q(card.id) === next?.cardId)?.answer
		});

		const reopened = open();
		expect(reopened.confirmed).toBe(false);
		expect(reopened.resuming).toBe(true);
		expect(reopened.current?.card.id).toBe(next?.cardId);
		expect(reopened.current?.card.prompt).toBe(next?.prompt);
		// Its answer too, for a reveal before the stored data is read.
		expect(reopened.current?.card.answer).toBe(next?.answer);
		await reopened.reveal();
		await reopened.load();
		// The stored data agrees: the same card, still revealed.
		expect(reopened.resuming).toBe(false);
		expect(reopened.current?.card.id).toBe(next?.cardId);
		expect(reopened.onScreen.revealed).toBe(true);
	});

	it('shows the saved card’s answer before the stored data is read, unless it is contested, typed or a map', async () => {
		const { open, hint, tamper } = device();
		const first = open();
		await first.load();
		await first.answer(AGAIN);
		const saved = hint()!;
		expect(saved).toMatchObject({ contested: false, typing: false, cardType: 'place-country' });
		expect(open().answerReady).toBe(true);
		// Who claims it comes with the data; a typed answer's check and a map need it too.
		for (const change of [
			{ contested: true },
			{ typing: true },
			{ cardType: 'place-map' }
		] satisfies Partial<ResumeHint>[]) {
			tamper({ ...saved, ...change });
			const reopened = open();
			expect(reopened.resuming).toBe(true);
			expect(reopened.answerReady).toBe(false);
			await reopened.load();
			expect(reopened.answerReady).toBe(true);
		}
	});

	it('starts with the saved filter and typed-answer mode', async () => {
		const { open, hint } = device();
		const first = open();
		await first.load();
		await first.answer(GOOD);
		await first.setFilter({ by: 'source', source: q('blog-2017') });
		await first.setTypedMode(true);
		expect(hint()).toMatchObject({ cardId: q('raqqa:country'), typedMode: true, typing: true });
		const reopened = open();
		expect(reopened.filter).toEqual({ by: 'source', source: q('blog-2017') });
		expect(reopened.current?.card.id).toBe(q('raqqa:country'));
		expect(reopened.onScreen.typing).toBe(true);
	});

	it('ignores a saved card that no longer holds: time has moved on, a hint of another format', async () => {
		const { open, hint, tamper } = device();
		const first = open();
		await first.load();
		await first.answer(AGAIN);
		const saved = hint()!;
		time = saved.until;
		expect(open().resuming).toBe(false);
		time = START;
		tamper({ pack: 'older-format' });
		expect(open().resuming).toBe(false);
		tamper(saved);
		expect(open().resuming).toBe(true);
	});

	it('drops a saved card the library no longer has once the stored data is read', async () => {
		const { open, hint, tamper } = device();
		const first = open();
		await first.load();
		await first.answer(AGAIN);
		const expected = hint()!.cardId;
		tamper({ cardId: q('gone:card'), prompt: 'A prompt the pack no longer has' });
		const reopened = open();
		expect(reopened.current?.card.prompt).toBe('A prompt the pack no longer has');
		await reopened.load();
		expect(reopened.current?.card.id).toBe(expected);
	});

	it('replaces a saved card that the stored data does not confirm', async () => {
		const { open, hint, tamper } = device();
		const first = open();
		await first.load();
		await first.answer(GOOD);
		const expected = hint()!.cardId;
		// Another tab answered cards since: this tab's saved card is out of date.
		tamper({ cardId: q('mosul:country'), prompt: PACK.cards[0]!.prompt, kind: 'new' });
		const reopened = open();
		expect(reopened.current?.card.id).toBe(q('mosul:country'));
		await reopened.reveal();
		await reopened.answer(EASY);
		// Nothing is stored over the guess.
		expect(await database.reviews.count()).toBe(1);
		await reopened.load();
		expect(reopened.current?.card.id).toBe(expected);
		expect(reopened.onScreen.revealed).toBe(false);
		expect(hint()?.cardId).toBe(expected);
	});
});
