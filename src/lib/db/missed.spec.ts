import { beforeEach, describe, expect, it } from 'vitest';
import { AGAIN, GOOD, LEARNING, createScheduler } from '../domain/scheduler';
import { DAY, HOUR } from '../domain/time';
import type { SourcedeckDB } from './database';
import { answerDrill, listMisses, loadMissedCards, recordQuizMiss, recordQuizMisses } from './missed';
import { updateSettings } from './settings';
import { answerCard } from './study';
import { freshDatabase } from './test-db';

const NOW = new Date(2025, 4, 20, 18, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });
const opts = { scheduler };

let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('missed');
});

describe('quiz misses', () => {
	it('records wrong quiz answers with the given answer and attempt', async () => {
		const ids = await recordQuizMisses([
			{ cardId: 'a', at: NOW - HOUR, given: ' Raqqa ', attemptId: 'q1' },
			{ cardId: 'b', at: NOW, given: '' }
		]);
		expect(ids).toHaveLength(2);
		expect(await listMisses()).toEqual([
			{ id: ids[0], cardId: 'a', at: NOW - HOUR, from: 'quiz', given: 'Raqqa', attemptId: 'q1' },
			{ id: ids[1], cardId: 'b', at: NOW, from: 'quiz' }
		]);
		expect(await listMisses(NOW - 1)).toHaveLength(1);
		expect(await recordQuizMiss({ cardId: 'c', at: NOW })).toBeGreaterThan(ids[1]!);
	});
});

describe('loadMissedCards', () => {
	it('lists study and quiz misses per card within the stored window', async () => {
		await answerCard('s', AGAIN, NOW - 2 * DAY, 1000, 'Mosul', opts);
		await recordQuizMiss({ cardId: 'q', at: NOW - HOUR, given: 'Falluja' });
		await recordQuizMiss({ cardId: 'old', at: NOW - 20 * DAY });
		const list = await loadMissedCards(NOW);
		expect(list.map((m) => [m.cardId, m.lastGiven])).toEqual([
			['q', 'Falluja'],
			['s', 'Mosul']
		]);
		await updateSettings({ missedWindowDays: 30 });
		expect((await loadMissedCards(NOW)).map((m) => m.cardId)).toEqual(['q', 's', 'old']);
		expect((await loadMissedCards(NOW, 1)).map((m) => m.cardId)).toEqual(['q']);
	});
});

describe('answerDrill', () => {
	it('clears the card on a right answer and leaves its schedule alone', async () => {
		await answerCard('x', AGAIN, NOW - DAY, 1000, undefined, opts);
		await recordQuizMiss({ cardId: 'x', at: NOW - HOUR });
		const card = await database.cards.get('x');
		const reviews = await database.reviews.count();
		const { effect, answered } = await answerDrill('x', true, NOW, 2000, undefined, opts);
		expect(effect).toEqual({ clear: true, regradeAgain: false });
		expect(answered).toBeUndefined();
		expect(await loadMissedCards(NOW)).toEqual([]);
		expect((await database.misses.toArray()).every((m) => m.clearedAt === NOW)).toBe(true);
		expect(await database.cards.get('x')).toEqual(card);
		expect(await database.reviews.count()).toBe(reviews);
	});

	it('rates a wrong drill answer Again once per day, and the card stays listed', async () => {
		await answerCard('y', GOOD, NOW - 3 * DAY, 1000, undefined, opts);
		await recordQuizMiss({ cardId: 'y', at: NOW - 2 * HOUR });
		const first = await answerDrill('y', false, NOW - HOUR, 2000, 'Tikrit', opts);
		expect(first.effect).toEqual({ clear: false, regradeAgain: true });
		expect(first.answered?.review).toMatchObject({
			rating: AGAIN,
			before: expect.objectContaining({ state: LEARNING })
		});
		expect(first.answered?.miss).toMatchObject({ from: 'study', given: 'Tikrit' });
		const cardAfterFirst = await database.cards.get('y');
		const rows = await database.reviews.count();

		const second = await answerDrill('y', false, NOW, 2000, 'Tikrit', opts);
		expect(second.effect).toEqual({ clear: false, regradeAgain: false });
		expect(await database.cards.get('y')).toEqual(cardAfterFirst);
		expect(await database.reviews.count()).toBe(rows);
		expect((await loadMissedCards(NOW))[0]).toMatchObject({ cardId: 'y', count: 2 });
	});

	it('a miss after a clearing brings the card back to the list', async () => {
		await recordQuizMiss({ cardId: 'z', at: NOW - 2 * HOUR });
		await answerDrill('z', true, NOW - HOUR, 1000, undefined, opts);
		await recordQuizMiss({ cardId: 'z', at: NOW });
		expect(await loadMissedCards(NOW)).toEqual([
			expect.objectContaining({ cardId: 'z', count: 1, total: 2 })
		]);
	});
});
