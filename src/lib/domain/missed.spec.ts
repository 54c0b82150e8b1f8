import { describe, expect, it } from 'vitest';
import { LEECH_THRESHOLD, drillEffect, missedCards, type Miss } from './missed';
import { DAY, HOUR } from './time';

const NOW = new Date(2025, 4, 20, 18, 0).getTime();

const miss = (cardId: string, ago: number, extra: Partial<Miss> = {}): Miss => ({
	cardId,
	at: NOW - ago,
	from: 'study',
	...extra
});

describe('missedCards', () => {
	it('is empty with no misses', () => {
		expect(missedCards([], NOW)).toEqual([]);
	});

	it('groups misses per card, newest card first, with the count and the last given answer', () => {
		const list = missedCards(
			[
				miss('a', 3 * DAY, { from: 'quiz', given: 'Raqqa' }),
				miss('b', 1 * HOUR),
				miss('a', 1 * DAY, { from: 'quiz', given: 'Mosul' }),
				miss('a', 2 * DAY, { from: 'study' }),
				miss('c', 5 * DAY, { given: 'Tal Afar' })
			],
			NOW
		);
		expect(list.map((m) => m.cardId)).toEqual(['b', 'a', 'c']);
		const a = list[1]!;
		expect(a).toMatchObject({ count: 3, total: 3, lastAt: NOW - DAY, lastGiven: 'Mosul', leech: false });
		expect(a.from.sort()).toEqual(['quiz', 'study']);
		expect(list[0]!.lastGiven).toBeUndefined();
	});

	it('keeps only misses inside the window (14 days by default, configurable)', () => {
		const misses = [miss('old', 20 * DAY), miss('recent', 13 * DAY)];
		expect(missedCards(misses, NOW).map((m) => m.cardId)).toEqual(['recent']);
		expect(missedCards(misses, NOW, { windowDays: 30 }).map((m) => m.cardId)).toEqual(['recent', 'old']);
		expect(missedCards(misses, NOW, { windowDays: 7 })).toEqual([]);
	});

	it('flags a leech on the total of misses ever, not just the window', () => {
		const misses = [
			...Array.from({ length: LEECH_THRESHOLD - 1 }, (_, i) => miss('x', (30 + i) * DAY)),
			miss('x', 2 * DAY)
		];
		const [x] = missedCards(misses, NOW);
		expect(x).toMatchObject({ count: 1, total: LEECH_THRESHOLD, leech: true });
		expect(missedCards(misses.slice(1), NOW)[0]!.leech).toBe(false);
	});

	it('leaves out cleared misses but still counts them toward the leech total', () => {
		const misses = [
			...Array.from({ length: 7 }, (_, i) => miss('y', (i + 1) * HOUR, { clearedAt: NOW - 1 })),
			miss('z', HOUR, { clearedAt: NOW - 1 })
		];
		expect(missedCards(misses, NOW)).toEqual([]);
		const [y] = missedCards([...misses, miss('y', 10)], NOW);
		expect(y).toMatchObject({ cardId: 'y', count: 1, total: 8, leech: true });
	});
});

describe('drillEffect', () => {
	it('clears the card on a right answer without touching its schedule', () => {
		expect(drillEffect(true, false)).toEqual({ clear: true, regradeAgain: false });
		expect(drillEffect(true, true)).toEqual({ clear: true, regradeAgain: false });
	});

	it('rates a wrong answer Again only if the card was not already rated Again today', () => {
		expect(drillEffect(false, false)).toEqual({ clear: false, regradeAgain: true });
		expect(drillEffect(false, true)).toEqual({ clear: false, regradeAgain: false });
	});
});
