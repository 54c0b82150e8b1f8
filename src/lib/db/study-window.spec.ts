import { beforeEach, describe, expect, it, vi } from 'vitest';
import { qualify } from '../domain/library';
import type { Pack } from '../domain/pack';
import { ALL_CARDS, DEFAULT_LEARN_AHEAD_MS } from '../domain/queue';
import { windowQueue } from '../domain/queue-window';
import { makeFixturePack } from '../domain/quiz/fixture';
import { LEARNING, RELEARNING, REVIEW } from '../domain/scheduler-values';
import { db } from './database';
import { installPack } from './library';
import type { CardRecord } from './records';
import { LEARNING_PER_READ, REVIEWS_PER_READ, loadStudyWindow } from './study-window';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 11, 1, 9);
const MINUTE = 60_000;
const DAY = 86_400_000;
const LIMITS = { newPerDay: 20, reviewCap: 9_999 };

beforeEach(() => {
	freshDatabase('study-window');
});

/** The fixture pack under another id, its cards repeated to `size` (as the perf library is made). */
function bigPack(id: string, size: number): Pack {
	const fixture = makeFixturePack();
	const cards = Array.from({ length: size }, (_, n) => {
		const card = fixture.cards[n % fixture.cards.length]!;
		const round = Math.floor(n / fixture.cards.length);
		return round === 0 ? card : { ...card, id: `${card.id}~${round}`, pair: `${card.pair}~${round}` };
	});
	return { ...fixture, id, title: id, version: `${id}-v1`, cards };
}

/** Stores a state for every card of the packs: `stateOf(k)` chooses it; dues spread a second apart. */
async function study(packs: Pack[], stateOf: (k: number) => number, dueOf: (k: number) => number) {
	const records: CardRecord[] = packs.flatMap((pack, p) =>
		pack.cards.map((card, n): CardRecord => {
			const k = p * 10_000 + n;
			const state = stateOf(k);
			return {
				id: qualify(pack.id, card.id),
				pack: pack.id,
				activePack: pack.id,
				due: dueOf(k),
				stability: state === REVIEW ? 10 : 1,
				difficulty: 5,
				elapsed_days: 0,
				scheduled_days: state === REVIEW ? 10 : 0,
				learning_steps: 0,
				reps: 3,
				lapses: state === RELEARNING ? 1 : 0,
				state,
				last_review: NOW - 2 * DAY,
				introducedAt: NOW - 30 * DAY
			};
		})
	);
	await db().cards.bulkPut(records);
	await db()
		.packCards.toCollection()
		.modify((card) => {
			delete card.newRank;
		});
	return records;
}

const request = { now: NOW, filter: ALL_CARDS, newPerDay: 20, learnAheadMs: DEFAULT_LEARN_AHEAD_MS };

describe('loadStudyWindow across a library of packs', () => {
	const packs = ['alpha', 'beta', 'gamma'].map((id) => bigPack(id, 150));
	beforeEach(async () => {
		for (const [i, pack] of packs.entries()) await installPack(pack, { origin: 'file', now: NOW + i });
	});

	it('reads only the earliest learning cards of the whole library, and counts every one', async () => {
		// Packs interleave by due: the earliest cards are spread over all three.
		const records = await study(
			packs,
			(k) => (k % 2 === 0 ? LEARNING : RELEARNING),
			(k) => NOW - MINUTE - (((k % 10_000) * 3 + Math.floor(k / 10_000)) % 450) * 1000
		);
		const window = await loadStudyWindow(request);
		expect(window.learningDue).toBe(450);
		const held = [...window.states.values()];
		for (const state of [LEARNING, RELEARNING]) {
			const ofState = records.filter((r) => r.state === state).sort((a, b) => a.due - b.due);
			const inWindow = held.filter((r) => r.state === state).map((r) => r.id);
			expect(inWindow.sort()).toEqual(
				ofState
					.slice(0, LEARNING_PER_READ)
					.map((r) => r.id)
					.sort()
			);
		}
		expect(new Set(held.map((r) => r.pack)).size).toBe(3);
		expect(window.cards.length).toBeLessThanOrEqual(2 * LEARNING_PER_READ);

		const queue = windowQueue(window, window.states, window.day, LIMITS, NOW);
		expect(queue.counts).toEqual({ new: 0, learning: 450, review: 0 });
		// Relearning before learning, each earliest due first: the head is the earliest relearning card.
		const firstRelearning = records.filter((r) => r.state === RELEARNING).sort((a, b) => a.due - b.due)[0]!;
		expect(queue.items[0]!.card.id).toBe(firstRelearning.id);
	});

	it('counts a learning card answered out of today’s queue once, and those beyond the window still', async () => {
		await study(
			packs,
			() => LEARNING,
			(k) => NOW - MINUTE - (k % 10_000) * 1000
		);
		const window = await loadStudyWindow(request);
		const [answered] = window.learningRead;
		const states = new Map(window.states);
		states.set(answered!, { ...window.states.get(answered!)!, state: REVIEW, due: NOW + 3 * DAY });
		const queue = windowQueue(window, states, window.day, LIMITS, NOW);
		expect(queue.counts.learning).toBe(449);
		expect(queue.items.some((item) => item.card.id === answered)).toBe(false);
	});

	it('reads the earliest due reviews of the whole library and counts the rest beyond the window', async () => {
		const records = await study(
			packs,
			() => REVIEW,
			(k) => NOW - DAY - ((k % 10_000) * 7 + Math.floor(k / 10_000)) * MINUTE
		);
		const window = await loadStudyWindow(request);
		expect(window.reviewsDue).toBe(450);
		const earliest = records
			.sort((a, b) => a.due - b.due)
			.slice(0, REVIEWS_PER_READ)
			.map((r) => r.id);
		expect([...window.reviewsRead].sort()).toEqual(earliest.sort());
		const queue = windowQueue(window, window.states, window.day, { ...LIMITS, reviewCap: 400 }, NOW);
		expect(queue.counts.review).toBe(400);
		expect(queue.heldByCap).toBe(50);
	});

	it('without counting, reads the same window and says its totals are lower bounds when a read was full', async () => {
		await study(
			packs,
			() => REVIEW,
			(k) => NOW - DAY - ((k % 10_000) * 7 + Math.floor(k / 10_000)) * MINUTE
		);
		const counted = await loadStudyWindow(request);
		const quick = await loadStudyWindow({ ...request, counts: false });
		expect(counted.counted).toBe(true);
		expect(quick.counted).toBe(false);
		expect([...quick.reviewsRead].sort()).toEqual([...counted.reviewsRead].sort());
		// The reads stopped at their limits: what was read, at least the window, not the 450 due.
		expect(quick.reviewsDue).toBeGreaterThanOrEqual(REVIEWS_PER_READ);
		expect(quick.reviewsDue).toBeLessThan(450);
		expect(quick.started).toBe(true);
	});

	it('a first read of a few per state holds the earliest of each state, and the queue starts as the whole window’s', async () => {
		await study(
			packs,
			(k) => [REVIEW, LEARNING, RELEARNING][k % 3]!,
			(k) => NOW - ((k % 10_000) * 7 + Math.floor(k / 10_000)) * MINUTE
		);
		const whole = await loadStudyWindow(request);
		const first = await loadStudyWindow({ ...request, counts: false, perState: 5 });
		expect(first.counted).toBe(false);
		expect(first.reviewsRead.size).toBe(5);
		expect(first.learningRead.size).toBe(10);
		const earliestOf = (window: typeof whole, state: number) =>
			[...window.states.values()]
				.filter((s) => s.state === state && s.due <= NOW)
				.sort((a, b) => a.due - b.due)
				.slice(0, 5)
				.map((s) => s.id);
		for (const state of [REVIEW, LEARNING, RELEARNING])
			expect(earliestOf(first, state)).toEqual(earliestOf(whole, state));
		// Every card the first read holds comes with its content, and its queue's first five are the whole window's.
		expect(first.cards.map((c) => c.id).sort()).toEqual([...first.states.keys()].sort());
		const head = (window: typeof whole) =>
			windowQueue(window, window.states, window.day, LIMITS, NOW)
				.items.slice(0, 5)
				.map((i) => i.card.id);
		expect(head(first)).toEqual(head(whole));
	});

	it('does not read again the cards it is handed from an earlier window, unless their pack has changed since', async () => {
		await study(
			packs,
			() => REVIEW,
			(k) => NOW - DAY - ((k % 10_000) * 7 + Math.floor(k / 10_000)) * MINUTE
		);
		const first = await loadStudyWindow(request);
		const held = { cards: new Map(first.cards.map((c) => [c.id, c])), packHashes: first.packHashes };
		const reads: string[][] = [];
		const bulkGet = db().packCards.bulkGet.bind(db().packCards);
		const spy = vi.spyOn(db().packCards, 'bulkGet').mockImplementation((keys) => {
			reads.push(keys as string[]);
			return bulkGet(keys as string[]);
		});
		const again = await loadStudyWindow({ ...request, held });
		expect(reads).toEqual([[]]);
		expect(again.cards).toEqual(first.cards);
		// Beta is upgraded meanwhile: its cards are read again, the others still not.
		await db().packs.update('beta', { hash: 'another-hash' });
		reads.length = 0;
		const afterChange = await loadStudyWindow({ ...request, held });
		const betaIds = first.cards.filter((c) => c.pack === 'beta').map((c) => c.id);
		expect(betaIds.length).toBeGreaterThan(0);
		expect(reads.flat().sort()).toEqual(betaIds.sort());
		expect(afterChange.cards).toEqual(first.cards);
		spy.mockRestore();
	});

	it('reads the earliest of the library when one pack holds them all', async () => {
		// Alpha's cards are all due before any of beta's or gamma's: its share alone cannot hold the window.
		const records = await study(
			packs,
			() => REVIEW,
			(k) => NOW - DAY - (k < 10_000 ? 1_000 * MINUTE : 0) - (k % 10_000) * MINUTE
		);
		for (const counts of [true, false]) {
			const window = await loadStudyWindow({ ...request, counts });
			const earliest = records
				.sort((a, b) => a.due - b.due)
				.slice(0, REVIEWS_PER_READ)
				.map((r) => r.id);
			expect(earliest.every((id) => id.startsWith('alpha/'))).toBe(true);
			expect([...window.reviewsRead].sort()).toEqual(earliest.sort());
		}
	});

	it('without counting, a read short of its limit is the exact total', async () => {
		const records = await study(
			packs,
			(k) => (k % 30 === 0 ? REVIEW : LEARNING),
			(k) => (k % 30 === 0 ? NOW - DAY : NOW + 10 * DAY)
		);
		const quick = await loadStudyWindow({ ...request, counts: false });
		expect(quick.counted).toBe(true);
		expect(quick.reviewsDue).toBe(records.filter((r) => r.state === REVIEW).length);
		expect(quick.learningDue).toBe(0);
		// A whole window still says when its next card falls due (the learning cards, in ten days).
		expect(quick.nextDueBeyond).toBe(NOW + 10 * DAY);
	});

	it('knows a newcomer: no card studied yet', async () => {
		const window = await loadStudyWindow({ ...request, counts: false });
		expect(window.started).toBe(false);
		expect(window.counted).toBe(true);
	});

	it('reads the first new cards of the packs in turns, no more than the day can show and a few spare', async () => {
		const window = await loadStudyWindow(request);
		expect(window.cards.length).toBeLessThanOrEqual(20 + 30);
		expect(window.cards.slice(0, 3).map((c) => c.pack)).toEqual(['alpha', 'beta', 'gamma']);
		expect(window.cards.every((c) => c.newRank !== undefined && c.newRank < 17)).toBe(true);
		const queue = windowQueue(window, window.states, window.day, LIMITS, NOW);
		expect(queue.counts.new).toBe(20);
	});
});
