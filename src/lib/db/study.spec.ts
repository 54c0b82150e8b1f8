import { beforeEach, describe, expect, it } from 'vitest';
import { AGAIN, EASY, GOOD, LEARNING, RELEARNING, REVIEW, createScheduler } from '../domain/scheduler';
import { DAY, HOUR, MINUTE } from '../domain/time';
import type { SourcedeckDB } from './database';
import { updateSettings } from './settings';
import {
	MAX_DURATION_MS,
	answerCard,
	loadSessionPrefs,
	loadStudySnapshot,
	ratedAgainToday,
	saveSessionPrefs,
	storeGivenAnswers,
	undoLastAnswer
} from './study';
import { freshDatabase } from './test-db';

/** Tuesday 11 March 2025, 09:00 local time. */
const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });
const opts = { scheduler };

let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('study');
});

async function snapshotTables() {
	return {
		cards: await database.cards.toArray(),
		reviews: await database.reviews.toArray(),
		misses: await database.misses.toArray()
	};
}

/** A card learned a few days ago and now in Review. */
async function reviewCard(id: string, learnedAt = NOW - 10 * DAY) {
	await answerCard(id, GOOD, learnedAt, 3000, undefined, opts);
	const first = (await database.cards.get(id))!;
	await answerCard(id, GOOD, first.due, 3000, undefined, opts);
	return (await database.cards.get(id))!;
}

describe('answerCard', () => {
	it('starts a new card: card state, a review row with no "before", no miss', async () => {
		const { card, review, miss } = await answerCard('mosul:country', GOOD, NOW, 4200, undefined, opts);
		expect(card).toMatchObject({ id: 'mosul:country', introducedAt: NOW, state: LEARNING, reps: 1 });
		expect(await database.cards.get('mosul:country')).toEqual(card);
		expect(miss).toBeUndefined();
		const rows = await database.reviews.toArray();
		expect(rows).toEqual([review]);
		expect(review).toMatchObject({
			cardId: 'mosul:country',
			at: NOW,
			day: '2025-03-11',
			rating: GOOD,
			durationMs: 4200
		});
		expect(review.before).toBeNull();
		expect(review.after).toEqual(
			expect.objectContaining({ state: LEARNING, due: NOW + 10 * MINUTE, last_review: NOW })
		);
		expect('typed' in review).toBe(false);
		expect(await database.misses.count()).toBe(0);
	});

	it('records a lapse and a miss with the typed answer on Again, keeping introducedAt', async () => {
		const before = await reviewCard('isis:role');
		const at = before.due + HOUR;
		const { card, review, miss } = await answerCard('isis:role', AGAIN, at, 9000, '  the PMF ', opts);
		expect(card).toMatchObject({
			state: RELEARNING,
			lapses: before.lapses + 1,
			introducedAt: NOW - 10 * DAY
		});
		expect(review.before).toEqual(expect.objectContaining({ state: REVIEW, due: before.due }));
		expect(review.typed).toBe('the PMF');
		expect(miss).toMatchObject({ cardId: 'isis:role', at, from: 'study', given: 'the PMF' });
		expect(await database.misses.toArray()).toEqual([miss]);
	});

	it('caps the recorded answer time and refuses ratings outside 1–4', async () => {
		const { review } = await answerCard('a', GOOD, NOW, 3 * HOUR, undefined, opts);
		expect(review.durationMs).toBe(MAX_DURATION_MS);
		await expect(answerCard('b', 0 as never, NOW, 1000, undefined, opts)).rejects.toThrow(/1–4/);
		expect(await database.cards.get('b')).toBeUndefined();
	});

	it('schedules with the stored settings when no scheduler is given', async () => {
		await updateSettings({ maximumInterval: 7 });
		await answerCard('c', GOOD, NOW, 1000);
		let card = (await database.cards.get('c'))!;
		for (let i = 0; i < 5; i++) {
			await answerCard('c', EASY, card.due, 1000);
			card = (await database.cards.get('c'))!;
		}
		expect(card.scheduled_days).toBeLessThanOrEqual(7);
		expect(card.scheduled_days).toBeGreaterThanOrEqual(5);
	});

	it('is atomic: a failure writing the review row leaves the card state untouched', async () => {
		const before = await reviewCard('atomic');
		const tablesBefore = await snapshotTables();
		const failReview = () => {
			throw new Error('disk full');
		};
		database.reviews.hook('creating', failReview);
		await expect(answerCard('atomic', EASY, before.due, 1000, undefined, opts)).rejects.toThrow('disk full');
		database.reviews.hook('creating').unsubscribe(failReview);
		expect(await snapshotTables()).toEqual(tablesBefore);
	});

	it('is atomic: a constraint violation on the miss rolls back card and review', async () => {
		const before = await reviewCard('atomic2');
		await database.misses.add({ id: 7, cardId: 'other', at: NOW, from: 'quiz' });
		const tablesBefore = await snapshotTables();
		// The miss is given a key that is taken: IndexedDB refuses it after the card and review were written.
		const takenKey = () => 7;
		database.misses.hook('creating', takenKey);
		await expect(answerCard('atomic2', AGAIN, before.due, 1000, 'x', opts)).rejects.toThrow(
			/Constraint|exists/i
		);
		database.misses.hook('creating').unsubscribe(takenKey);
		expect(await snapshotTables()).toEqual(tablesBefore);
	});
});

describe('storeGivenAnswers', () => {
	it('stores answers a reload cut short, oldest first, and never the same answer twice', async () => {
		const stored = await answerCard('mosul:country', GOOD, NOW, 3000, undefined, opts);
		const given = [
			{ cardId: 'raqqa:country', rating: AGAIN, at: NOW + 2 * MINUTE, durationMs: 5000, typed: 'Iraq' },
			{ cardId: 'mosul:country', rating: GOOD, at: NOW, durationMs: 3000 },
			{ cardId: 'raqqa:country', rating: GOOD, at: NOW + MINUTE, durationMs: 4000 }
		];
		await storeGivenAnswers(given);
		await storeGivenAnswers(given);

		const reviews = await database.reviews.orderBy('id').toArray();
		expect(reviews.map((r) => [r.cardId, r.at, r.rating])).toEqual([
			['mosul:country', NOW, GOOD],
			['raqqa:country', NOW + MINUTE, GOOD],
			['raqqa:country', NOW + 2 * MINUTE, AGAIN]
		]);
		expect(reviews[0]).toEqual(stored.review);
		// The second answer to raqqa was graded from the state the first left.
		expect(reviews[2]!.before).toEqual(reviews[1]!.after);
		expect(await database.misses.toArray()).toEqual([
			expect.objectContaining({ cardId: 'raqqa:country', at: NOW + 2 * MINUTE, given: 'Iraq' })
		]);
	});

	it('leaves an answer stored in the meantime as it is: another tab’s own write of it ended first', async () => {
		const given = { cardId: 'mosul:country', rating: AGAIN, at: NOW, durationMs: 3000, typed: 'Syria' };
		await answerCard(given.cardId, given.rating, given.at, given.durationMs, given.typed, opts);
		const tables = await snapshotTables();
		await storeGivenAnswers([given]);
		expect(await snapshotTables()).toEqual(tables);
		// Another answer to the card, even in the same millisecond, is stored.
		await storeGivenAnswers([{ ...given, durationMs: 3400 }]);
		expect(await database.reviews.count()).toBe(2);
	});
});

describe('undoLastAnswer', () => {
	it('forgets a card that was new: card record, review row and miss all go', async () => {
		await answerCard('n', AGAIN, NOW, 1000, 'wrong', opts);
		const undone = await undoLastAnswer();
		expect(undone).toMatchObject({ cardId: 'n', rating: AGAIN });
		expect(await snapshotTables()).toEqual({ cards: [], reviews: [], misses: [] });
	});

	it('restores the previous state of a card and deletes only that answer’s miss', async () => {
		const before = await reviewCard('r');
		await answerCard('r', AGAIN, before.due - DAY, 1000, undefined, opts);
		const kept = await database.misses.toArray();
		const tablesBefore = await snapshotTables();
		const at = before.due + HOUR;
		const answered = await answerCard('r', AGAIN, at, 1000, undefined, opts);
		expect(await database.misses.count()).toBe(2);
		const undone = await undoLastAnswer(answered.review.id);
		expect(undone?.id).toBe(answered.review.id);
		expect(await snapshotTables()).toEqual(tablesBefore);
		expect(await database.misses.toArray()).toEqual(kept);
	});

	it('undoes answers one after another, newest first', async () => {
		await answerCard('a', GOOD, NOW, 1000, undefined, opts);
		await answerCard('b', GOOD, NOW + 1000, 1000, undefined, opts);
		expect((await undoLastAnswer())?.cardId).toBe('b');
		expect((await undoLastAnswer())?.cardId).toBe('a');
		expect(await undoLastAnswer()).toBeNull();
	});

	it('refuses to undo an answer that is no longer the latest', async () => {
		const first = await answerCard('a', GOOD, NOW, 1000, undefined, opts);
		await answerCard('b', GOOD, NOW + 1000, 1000, undefined, opts);
		const tablesBefore = await snapshotTables();
		expect(await undoLastAnswer(first.review.id)).toBeNull();
		expect(await snapshotTables()).toEqual(tablesBefore);
	});
});

describe('loadStudySnapshot', () => {
	it('is empty for a new learner', async () => {
		const snapshot = await loadStudySnapshot(NOW);
		expect(snapshot.states.size).toBe(0);
		expect(snapshot.day).toEqual({ introducedToday: 0, reviewedToday: 0, againYesterday: new Set() });
	});

	it('counts cards introduced today, review-state answers today and cards missed yesterday', async () => {
		const old = await reviewCard('old', NOW - 20 * DAY);
		await answerCard('old', GOOD, NOW - 1 * HOUR, 1000, undefined, opts); // a review today
		await answerCard('y', AGAIN, NOW - 1 * DAY, 1000, undefined, opts); // introduced and missed yesterday
		await answerCard('t1', GOOD, NOW - 2 * HOUR, 1000, undefined, opts);
		await answerCard('t1', GOOD, NOW - 1 * HOUR, 1000, undefined, opts); // a learning step, not a review
		await answerCard('t2', EASY, NOW - 30 * MINUTE, 1000, undefined, opts);
		const snapshot = await loadStudySnapshot(NOW);
		expect([...snapshot.states.keys()].sort()).toEqual(['old', 't1', 't2', 'y']);
		expect(snapshot.states.get('old')!.introducedAt).toBe(old.introducedAt);
		expect(snapshot.day.introducedToday).toBe(2);
		expect(snapshot.day.reviewedToday).toBe(1);
		expect(snapshot.day.againYesterday).toEqual(new Set(['y']));
	});
});

describe('ratedAgainToday', () => {
	it('is true only for an Again on the same local day', async () => {
		await answerCard('x', AGAIN, NOW - DAY, 1000, undefined, opts);
		expect(await ratedAgainToday('x', NOW)).toBe(false);
		await answerCard('x', AGAIN, NOW - HOUR, 1000, undefined, opts);
		expect(await ratedAgainToday('x', NOW)).toBe(true);
		expect(await ratedAgainToday('other', NOW)).toBe(false);
	});
});

describe('session prefs', () => {
	it('defaults to all cards and the typed-answers setting', async () => {
		expect(await loadSessionPrefs()).toEqual({ filter: { by: 'all' }, typedAnswers: null });
	});

	it('keeps the filter and typed mode across a reload', async () => {
		await saveSessionPrefs({ filter: { by: 'source', source: 'zh-2016' }, typedAnswers: true });
		expect(await loadSessionPrefs()).toEqual({
			filter: { by: 'source', source: 'zh-2016' },
			typedAnswers: true
		});
	});

	it('ignores a stored value of the wrong shape', async () => {
		await database.settings.put({
			key: 'studySession',
			value: { filter: { by: 'colour' }, typedAnswers: 'yes' }
		});
		expect(await loadSessionPrefs()).toEqual({ filter: { by: 'all' }, typedAnswers: null });
	});
});
