import { describe, expect, it } from 'vitest';
import type { Card } from './pack';
import { EMPTY_DAY, buildQueue, nextDue, type CardProgress, type QueueItem, type StudyDay } from './queue';
import { LEARNING, NEW, RELEARNING, REVIEW } from './scheduler';
import { testCard } from './test-card';
import { DAY, HOUR, MINUTE } from './time';

/** Tuesday 11 March 2025, 09:00 local time. */
const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const LIMITS = { newPerDay: 20, reviewCap: 200 };

/** An actor card whose prompt and answer name its id. */
function card(id: string, extra: Partial<Card> = {}): Card {
	return testCard(id, {
		entity: id,
		kind: 'actor',
		type: 'actor-role',
		prompt: `prompt ${id}`,
		answer: `answer ${id}`,
		accepted: [`answer ${id}`],
		...extra
	});
}

function progress(id: string, state: number, due: number, extra: Partial<CardProgress> = {}): CardProgress {
	return { id, state, due, introducedAt: NOW - 30 * DAY, last_review: NOW - 10 * DAY, ...extra };
}

const statesOf = (...list: CardProgress[]) => new Map(list.map((p) => [p.id, p]));
const ids = (items: QueueItem[]) => items.map((item) => item.card.id);

function noAdjacentPairs(items: QueueItem[]): boolean {
	return items.every((item, i) => i === 0 || item.card.pair !== items[i - 1]!.card.pair);
}

describe('buildQueue with no history', () => {
	it('is empty for an empty pack', () => {
		const queue = buildQueue([], new Map(), EMPTY_DAY, LIMITS, NOW);
		expect(queue.items).toEqual([]);
		expect(queue.counts).toEqual({ new: 0, learning: 0, review: 0 });
		expect(queue.nextDue).toBeNull();
	});

	it('offers new cards up to the daily limit in pack order, whatever their topic or importance', () => {
		// The pack's card order is its teaching order (teaching-order.ts): the queue does not reorder new cards.
		const cards = [
			card('m3', { topic: 'mosul', importance: 3 }),
			card('r1', { topic: 'raqqa', importance: 1 }),
			card('m1', { topic: 'mosul', importance: 1 }),
			card('m2', { topic: 'mosul', importance: 2 }),
			card('r2', { topic: 'raqqa', importance: 2 })
		];
		const queue = buildQueue(cards, new Map(), EMPTY_DAY, { newPerDay: 4, reviewCap: 200 }, NOW);
		expect(ids(queue.items)).toEqual(['m3', 'r1', 'm1', 'm2']);
		expect(queue.items.every((item) => item.kind === 'new' && item.due === null)).toBe(true);
		expect(queue.counts.new).toBe(4);
	});

	it('subtracts the cards already introduced today from the new-card limit', () => {
		const cards = Array.from({ length: 30 }, (_, i) => card(`c${i}`));
		const day: StudyDay = { ...EMPTY_DAY, introducedToday: 15 };
		const queue = buildQueue(cards, new Map(), day, LIMITS, NOW);
		expect(queue.counts.new).toBe(5);
		expect(queue.newAllowance).toBe(5);
		const spent = buildQueue(cards, new Map(), { ...EMPTY_DAY, introducedToday: 25 }, LIMITS, NOW);
		expect(spent.counts.new).toBe(0);
	});
});

describe('buildQueue ordering of due cards', () => {
	const cards = ['new1', 'rev-old', 'rev-recent', 'learn', 'relearn', 'again-yday', 'future'].map((id) =>
		card(id)
	);
	const states = statesOf(
		progress('rev-recent', REVIEW, NOW - 1 * HOUR),
		progress('rev-old', REVIEW, NOW - 5 * DAY),
		progress('learn', LEARNING, NOW - 2 * MINUTE),
		progress('relearn', RELEARNING, NOW - 1 * MINUTE),
		progress('again-yday', REVIEW, NOW - 30 * MINUTE),
		progress('future', REVIEW, NOW + 3 * DAY)
	);
	const day: StudyDay = { ...EMPTY_DAY, againYesterday: new Set(['again-yday']) };

	it('puts cards missed yesterday first, then relearning, learning, the most overdue reviews, then new', () => {
		const queue = buildQueue(cards, states, day, LIMITS, NOW);
		expect(ids(queue.items)).toEqual(['again-yday', 'relearn', 'learn', 'rev-old', 'rev-recent', 'new1']);
		expect(queue.counts).toEqual({ new: 1, learning: 2, review: 3 });
		expect(queue.items[0]!.kind).toBe('review');
		expect(queue.items[1]!.kind).toBe('learning');
	});

	it('leaves out cards not yet due and reports when the next one is', () => {
		const queue = buildQueue(cards, states, day, LIMITS, NOW);
		expect(ids(queue.items)).not.toContain('future');
		expect(queue.nextDue).toBe(NOW + 3 * DAY);
	});

	it('ignores stored states of cards that are no longer in the pack', () => {
		const withGhost = new Map(states).set('removed', progress('removed', REVIEW, NOW - DAY));
		expect(ids(buildQueue(cards, withGhost, day, LIMITS, NOW).items)).not.toContain('removed');
	});

	it('treats a stored New state like a card never seen', () => {
		const queue = buildQueue([card('x')], statesOf(progress('x', NEW, NOW - DAY)), EMPTY_DAY, LIMITS, NOW);
		expect(queue.items[0]).toMatchObject({ kind: 'new', due: null });
	});
});

describe('buildQueue review cap', () => {
	const cards = Array.from({ length: 10 }, (_, i) => card(`r${i}`));
	const states = statesOf(...cards.map((c, i) => progress(c.id, REVIEW, NOW - (i + 1) * HOUR)));

	it('holds review cards beyond the cap minus reviews already done today, most overdue kept', () => {
		const queue = buildQueue(
			cards,
			states,
			{ ...EMPTY_DAY, reviewedToday: 2 },
			{ newPerDay: 0, reviewCap: 6 },
			NOW
		);
		expect(queue.counts.review).toBe(4);
		expect(queue.heldByCap).toBe(6);
		expect(ids(queue.items)).toEqual(['r9', 'r8', 'r7', 'r6']);
	});

	it('never holds back learning cards', () => {
		const learning = statesOf(...cards.map((c) => progress(c.id, LEARNING, NOW - MINUTE)));
		const queue = buildQueue(
			cards,
			learning,
			{ ...EMPTY_DAY, reviewedToday: 50 },
			{ newPerDay: 0, reviewCap: 6 },
			NOW
		);
		expect(queue.counts.learning).toBe(10);
		expect(queue.heldByCap).toBe(0);
	});
});

describe('buildQueue pairs (two sides of one fact)', () => {
	it('never shows two cards of a pair back to back when both are due', () => {
		const cards = [card('a1', { pair: 'a' }), card('a2', { pair: 'a' }), card('b1', { pair: 'b' })];
		const states = statesOf(
			progress('a1', REVIEW, NOW - 3 * DAY),
			progress('a2', REVIEW, NOW - 2 * DAY),
			progress('b1', REVIEW, NOW - DAY)
		);
		const queue = buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW);
		expect(ids(queue.items)).toEqual(['a1', 'b1', 'a2']);
	});

	it('keeps the sibling of a due or already studied card out of today’s new cards when others are available', () => {
		const cards = [
			card('a-due', { pair: 'a' }),
			card('a-new', { pair: 'a' }),
			card('s-seen', { pair: 's' }),
			card('s-new', { pair: 's' }),
			card('p1', { pair: 'p' }),
			card('p2', { pair: 'p' }),
			card('q1', { pair: 'q' })
		];
		const states = statesOf(
			progress('a-due', REVIEW, NOW - DAY),
			progress('s-seen', REVIEW, NOW + 5 * DAY, { last_review: NOW - HOUR })
		);
		const queue = buildQueue(cards, states, EMPTY_DAY, { newPerDay: 2, reviewCap: 200 }, NOW);
		expect(ids(queue.items)).toEqual(['a-due', 'p1', 'q1']);
	});

	it('uses siblings only when nothing else is left to learn, still apart', () => {
		const cards = [card('p1', { pair: 'p' }), card('p2', { pair: 'p' }), card('q1', { pair: 'q' })];
		const queue = buildQueue(cards, new Map(), EMPTY_DAY, LIMITS, NOW);
		expect(ids(queue.items)).toEqual(['p1', 'q1', 'p2']);
		expect(noAdjacentPairs(queue.items)).toBe(true);
	});

	it('does not start with a card sharing the pair of the card just answered', () => {
		const cards = [card('p2', { pair: 'p' }), card('q1', { pair: 'q' })];
		const states = statesOf(progress('p2', REVIEW, NOW - 2 * DAY), progress('q1', REVIEW, NOW - DAY));
		const queue = buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW, { afterPair: 'p' });
		expect(ids(queue.items)).toEqual(['q1', 'p2']);
	});

	it('keeps neighbours apart across a large mixed queue', () => {
		const cards = Array.from({ length: 400 }, (_, i) => card(`c${i}`, { pair: `f${Math.floor(i / 2)}` }));
		const states = statesOf(
			...cards.slice(0, 200).map((c, i) => progress(c.id, i % 3 === 0 ? LEARNING : REVIEW, NOW - i * MINUTE))
		);
		const queue = buildQueue(cards, states, EMPTY_DAY, { newPerDay: 50, reviewCap: 1000 }, NOW);
		expect(queue.items).toHaveLength(250);
		expect(noAdjacentPairs(queue.items)).toBe(true);
	});
});

describe('buildQueue siblings of one entity (bury siblings)', () => {
	const of = (entity: string, n: number) => card(`${entity}:${n}`, { entity });

	it('introduces at most one new card per entity a day while other new cards remain', () => {
		const cards = [
			of('isis', 1),
			of('isis', 2),
			of('mosul', 1),
			of('isis', 3),
			of('mosul', 2),
			of('raqqa', 1)
		];
		const queue = buildQueue(cards, new Map(), EMPTY_DAY, { newPerDay: 3, reviewCap: 200 }, NOW);
		expect(ids(queue.items)).toEqual(['isis:1', 'mosul:1', 'raqqa:1']);
	});

	it('leaves an entity met today for another day, even through another filter', () => {
		const cards = [of('isis', 1), card('isis:2', { entity: 'isis', kind: 'place' }), of('mosul', 1)];
		const states = statesOf(progress('isis:1', LEARNING, NOW + HOUR, { introducedAt: NOW - HOUR }));
		const all = buildQueue(cards, states, { ...EMPTY_DAY, introducedToday: 1 }, LIMITS, NOW);
		expect(ids(all.items)).toEqual(['mosul:1', 'isis:2']);
		const places = buildQueue(cards, states, { ...EMPTY_DAY, introducedToday: 1 }, LIMITS, NOW, {
			filter: { by: 'kind', kind: 'place' }
		});
		// Nothing else is left to learn in this filter, so the sibling may come.
		expect(ids(places.items)).toEqual(['isis:2']);
	});

	it('does not hold back an entity met on an earlier day', () => {
		const cards = [of('isis', 1), of('isis', 2), of('mosul', 1)];
		const states = statesOf(progress('isis:1', REVIEW, NOW + 3 * DAY, { introducedAt: NOW - 2 * DAY }));
		expect(ids(buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW).items)).toEqual(['isis:2', 'mosul:1']);
	});

	it('spreads a pack of many entities over days in pack order, one card per entity a day', () => {
		const cards = ['a', 'b', 'c'].flatMap((e) => [of(e, 1), of(e, 2), of(e, 3)]);
		const days: string[][] = [];
		const states = new Map<string, CardProgress>();
		for (let day = 0; day < 3; day++) {
			const now = NOW + day * DAY;
			const picked = buildQueue(cards, states, EMPTY_DAY, { newPerDay: 3, reviewCap: 200 }, now).items.map(
				(item) => item.card.id
			);
			days.push(picked);
			for (const id of picked)
				states.set(id, progress(id, REVIEW, now + 10 * DAY, { introducedAt: now, last_review: now }));
		}
		expect(days).toEqual([
			['a:1', 'b:1', 'c:1'],
			['a:2', 'b:2', 'c:2'],
			['a:3', 'b:3', 'c:3']
		]);
	});
});

describe('buildQueue filters', () => {
	const cards = [
		card('actor', { kind: 'actor', sources: ['zh-2016'] }),
		card('place', { kind: 'place', sources: ['blog-2017'] }),
		card('event', { kind: 'event', sources: ['zh-2016', 'digest-2017'] })
	];
	const states = statesOf(progress('place', REVIEW, NOW - DAY));

	it('filters by entity kind, due and new alike', () => {
		expect(
			ids(buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW, { filter: { by: 'kind', kind: 'place' } }).items)
		).toEqual(['place']);
		expect(
			ids(buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW, { filter: { by: 'kind', kind: 'event' } }).items)
		).toEqual(['event']);
	});

	it('filters by source id', () => {
		const queue = buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW, {
			filter: { by: 'source', source: 'zh-2016' }
		});
		expect(ids(queue.items)).toEqual(['actor', 'event']);
	});

	it('shows everything with the "all" filter', () => {
		expect(buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW, { filter: { by: 'all' } }).items).toHaveLength(
			3
		);
	});
});

describe('buildQueue learn-ahead and undo', () => {
	it('adds learning cards due within 20 minutes at the end, not those due later', () => {
		const cards = [card('soon'), card('later'), card('n')];
		const states = statesOf(
			progress('soon', LEARNING, NOW + 5 * MINUTE),
			progress('later', LEARNING, NOW + HOUR)
		);
		const queue = buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW);
		expect(ids(queue.items)).toEqual(['n', 'soon']);
		expect(queue.nextDue).toBe(NOW + HOUR);
	});

	it('puts the card an undo brought back first', () => {
		const cards = [card('a'), card('b'), card('c')];
		const states = statesOf(progress('a', REVIEW, NOW - 2 * DAY), progress('b', REVIEW, NOW - DAY));
		expect(ids(buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW, { front: 'c' }).items)).toEqual([
			'c',
			'a',
			'b'
		]);
		expect(ids(buildQueue(cards, states, EMPTY_DAY, LIMITS, NOW, { front: 'b' }).items)).toEqual([
			'b',
			'a',
			'c'
		]);
	});

	it('brings back an undone new card even when the new-card allowance is used up', () => {
		const cards = [card('a'), card('b')];
		const queue = buildQueue(cards, new Map(), { ...EMPTY_DAY, introducedToday: 20 }, LIMITS, NOW, {
			front: 'b'
		});
		expect(ids(queue.items)).toEqual(['b']);
		expect(queue.items[0]!.kind).toBe('new');
	});
});

describe('nextDue', () => {
	it('is the earliest due moment after now, ignoring new and overdue cards', () => {
		const states = [
			progress('a', REVIEW, NOW - DAY),
			progress('b', REVIEW, NOW + 2 * DAY),
			progress('c', LEARNING, NOW + 3 * HOUR),
			progress('d', NEW, NOW + MINUTE)
		];
		expect(nextDue(states, NOW)).toBe(NOW + 3 * HOUR);
		expect(nextDue([], NOW)).toBeNull();
	});
});
