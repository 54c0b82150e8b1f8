import { describe, expect, it } from 'vitest';
import type { PackCardRecord, ReviewRecord } from '$lib/db/records';
import type { StudyWindow } from '$lib/db/study-window';
import { ALL_CARDS, EMPTY_DAY } from '$lib/domain/queue';
import { EASY, GOOD, createScheduler } from '$lib/domain/scheduler';
import { DEFAULT_SETTINGS } from '$lib/domain/settings';
import { testCard } from '$lib/domain/test-card';
import { SessionQueue } from './session-queue.svelte';

const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });
const cards: PackCardRecord[] = ['a', 'b', 'c'].map((id, rank) => ({
	...testCard(`${id}:country`),
	pack: 'p',
	rank,
	newRank: rank
}));
const WINDOW: StudyWindow = {
	cards,
	states: new Map(),
	day: EMPTY_DAY,
	packs: ['p'],
	packHashes: new Map([['p', 'hash-1']]),
	started: false,
	counted: true,
	reviewsDue: 0,
	reviewsRead: new Set(),
	learningDue: 0,
	learningRead: new Set(),
	nextDueBeyond: null
};
const inputs = () => ({ settings: DEFAULT_SETTINGS, now: NOW, filter: ALL_CARDS });
const ids = (queue: SessionQueue) => queue.built.items.map((i) => i.card.id);

describe('SessionQueue', () => {
	it('is the first visit’s card until the library is read, then the window’s queue', () => {
		const queue = new SessionQueue(cards[1]!, 600, inputs);
		expect(ids(queue)).toEqual(['b:country']);
		expect(queue.built.counts.new).toBe(DEFAULT_SETTINGS.newPerDay);
		queue.take(WINDOW);
		expect(ids(queue)).toEqual(['a:country', 'b:country', 'c:country']);
	});

	it('moves on at an answer, counts it for today, and goes back to where it stood when storing fails', () => {
		const queue = new SessionQueue(null, 0, inputs);
		queue.take(WINDOW);
		const after = scheduler.preview(null, NOW)[GOOD].after;
		const position = queue.answered(cards[0]!, null, after, NOW);
		expect(queue.stateOf('a:country')).toMatchObject({ state: after.state, due: after.due });
		expect(ids(queue)[0]).toBe('b:country');
		expect(queue.built.counts.new).toBe(2);
		queue.restore('a:country', position);
		expect(queue.stateOf('a:country')).toBeNull();
		expect(ids(queue)[0]).toBe('a:country');
		expect(queue.built.counts.new).toBe(3);
	});

	it('puts an undone card first, with its state from before and today’s counts without it', () => {
		const queue = new SessionQueue(null, 0, inputs);
		queue.take(WINDOW);
		const after = scheduler.preview(null, NOW)[GOOD].after;
		queue.answered(cards[2]!, null, after, NOW);
		const review = { cardId: 'c:country', at: NOW, day: '2025-03-11', before: null } as ReviewRecord;
		queue.undone(review, true);
		expect(ids(queue)[0]).toBe('c:country');
		expect(queue.stateOf('c:country')).toBeNull();
		queue.clearFront();
		expect(ids(queue)[0]).toBe('a:country');
	});

	it('keeps a card first through a new window while that window still queues it, and not once it does not', () => {
		const queue = new SessionQueue(null, 0, inputs);
		queue.take(WINDOW, { keepFirst: 'b:country' });
		expect(ids(queue)).toEqual(['b:country', 'a:country', 'c:country']);
		// Answered meanwhile (in another tab): due again in days, no longer today's.
		const later = { ...scheduler.preview(null, NOW)[EASY].after, id: 'b:country', introducedAt: NOW };
		const answeredElsewhere = { ...WINDOW, states: new Map([['b:country', later]]) };
		queue.clearFront();
		queue.take(answeredElsewhere, { keepFirst: 'b:country' });
		expect(ids(queue)).toEqual(['a:country', 'c:country']);
	});

	it('says what the next visit starts from once the library is read', () => {
		const queue = new SessionQueue(cards[0]!, 3, inputs);
		expect(queue.nextVisitAt(NOW)).toBeNull();
		queue.take(WINDOW);
		expect(queue.nextVisitAt(NOW)?.head?.card.id).toBe('a:country');
	});
});
