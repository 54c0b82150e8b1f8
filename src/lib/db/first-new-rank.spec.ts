import { beforeEach, describe, expect, it } from 'vitest';
import { qualify } from '../domain/library';
import type { Pack } from '../domain/pack';
import { ALL_CARDS, DEFAULT_LEARN_AHEAD_MS } from '../domain/queue';
import { makeFixturePack } from '../domain/quiz/fixture';
import { GOOD, createScheduler } from '../domain/scheduler';
import { exportAll, importAll, resetAll } from './backup';
import { db } from './database';
import { installPack } from './library';
import { answerCard, undoLastAnswer } from './study';
import { loadStudyWindow } from './study-window';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 11, 1, 9);
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });
const PACK: Pack = makeFixturePack();
const cardAt = (rank: number) => qualify(PACK.id, PACK.cards[rank]!.id);
const firstNewRank = async () => (await db().packs.get(PACK.id))?.firstNewRank;
/** The lowest rank still new, read from the whole index (what the bound must never exceed). */
const lowestNew = async () =>
	(await db().packCards.where('[pack+newRank]').between([PACK.id, -Infinity], [PACK.id, Infinity]).first())
		?.newRank ?? PACK.cards.length;
const answer = (rank: number, at = NOW) => answerCard(cardAt(rank), GOOD, at, 1000, undefined, { scheduler });
const windowNewIds = async () =>
	(
		await loadStudyWindow({
			now: NOW,
			filter: ALL_CARDS,
			newPerDay: 3,
			learnAheadMs: DEFAULT_LEARN_AHEAD_MS
		})
	).cards
		.filter((c) => c.newRank !== undefined)
		.map((c) => c.id)
		.slice(0, 3);

beforeEach(async () => {
	freshDatabase('first-new-rank');
	// Built in: a reset keeps it (and sets its bound again).
	await installPack(PACK, { origin: 'built-in', now: NOW });
});

describe('where a pack’s new cards start', () => {
	it('is set on install and follows the cards studied in order', async () => {
		expect(await firstNewRank()).toBe(0);
		await answer(0);
		await answer(1);
		expect(await firstNewRank()).toBe(2);
		// A card further on (studied through a filter) leaves the bound where it is: still the lowest new rank.
		await answer(5);
		expect(await firstNewRank()).toBe(2);
		await answer(2);
		await answer(3);
		await answer(4);
		expect(await firstNewRank()).toBe(6);
	});

	it('goes back when an undo makes a card new again', async () => {
		await answer(0);
		await answer(1);
		await undoLastAnswer();
		expect(await firstNewRank()).toBe(1);
		expect(await windowNewIds()).toEqual([cardAt(1), cardAt(2), cardAt(3)]);
	});

	it('is one past the last card once every card was studied', async () => {
		for (let rank = 0; rank < PACK.cards.length; rank++) await answer(rank);
		expect(await firstNewRank()).toBe(PACK.cards.length);
		expect(await windowNewIds()).toEqual([]);
	});

	it('never passes a new card, whatever the order of answers and undos', async () => {
		// A fixed, scrambled order (no Math.random in tests that must repeat).
		const order = [3, 0, 7, 1, 2, 9, 4, 11, 5, 6, 8, 10].filter((r) => r < PACK.cards.length);
		let at = NOW;
		for (const [step, rank] of order.entries()) {
			await answer(rank, (at += 1000));
			if (step % 3 === 2) await undoLastAnswer();
			expect(await firstNewRank()).toBeLessThanOrEqual(await lowestNew());
		}
	});

	it('is where the study window starts reading new cards', async () => {
		// A bound past rank 0 (as studying would leave it) hides ranks 0 and 1 from the read.
		await db().packs.update(PACK.id, { firstNewRank: 2 });
		expect(await windowNewIds()).toEqual([cardAt(2), cardAt(3), cardAt(4)]);
	});

	it('is found on the first answer for a pack stored before bounds were kept', async () => {
		await db().packs.update(PACK.id, { firstNewRank: undefined });
		await answer(0);
		expect(await firstNewRank()).toBe(1);
	});

	it('is left out of backups, and set again on restore and reset', async () => {
		await answer(0);
		await answer(1);
		const backup = await exportAll(NOW);
		expect(JSON.stringify(backup)).not.toContain('firstNewRank');
		await db().packs.update(PACK.id, { firstNewRank: undefined });
		expect((await importAll(JSON.stringify(backup), NOW)).ok).toBe(true);
		expect(await firstNewRank()).toBe(2);
		await resetAll();
		expect(await firstNewRank()).toBe(0);
	});
});
