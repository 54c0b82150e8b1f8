import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import type { Card } from './pack';
import { LEARNING, NEW, RELEARNING, REVIEW } from './scheduler';
import { MASTERY_STABILITY_DAYS, countByDay, forecast, heatmap, mastery, retention } from './stats';
import { DAY, HOUR, localDay } from './time';

/** Tuesday 11 March 2025, 15:00 local time. */
const NOW = new Date(2025, 2, 11, 15, 0).getTime();
const TODAY = '2025-03-11';

describe('countByDay', () => {
	it('counts repeated days', () => {
		expect(countByDay(['2025-03-10', '2025-03-11', '2025-03-10'])).toEqual(
			new Map([
				['2025-03-10', 2],
				['2025-03-11', 1]
			])
		);
	});
});

describe('heatmap', () => {
	it('covers the last 12 months in whole weeks with no data', () => {
		const map = heatmap(new Map(), TODAY);
		expect(map.first).toBe('2024-03-12');
		expect(map.last).toBe(TODAY);
		expect(map.total).toBe(0);
		expect(map.max).toBe(0);
		const days = map.weeks.flat();
		expect(days.every((d) => d.count === 0 && d.level === 0)).toBe(true);
		expect(map.weeks.slice(0, -1).every((week) => week.length === 7)).toBe(true);
		// 12 March 2024 was a Tuesday: one padding day (Monday) before it.
		expect(days[0]).toMatchObject({ day: '2024-03-11', outside: true });
		expect(days[1]).toMatchObject({ day: '2024-03-12', outside: false });
		expect(days.at(-1)!.day).toBe(TODAY);
		expect(days.filter((d) => !d.outside)).toHaveLength(365);
	});

	it('puts counts on their days with levels relative to the busiest day', () => {
		const counts = new Map([
			['2025-03-11', 40],
			['2025-03-10', 10],
			['2025-03-01', 1],
			['2023-01-01', 99]
		]);
		const map = heatmap(counts, TODAY, 3, 0);
		const byDay = new Map(map.weeks.flat().map((d) => [d.day, d]));
		expect(map.total).toBe(51);
		expect(map.max).toBe(40);
		expect(map.activeDays).toBe(3);
		expect(byDay.get('2025-03-11')!.level).toBe(4);
		expect(byDay.get('2025-03-10')!.level).toBe(1);
		expect(byDay.get('2025-03-01')!.level).toBe(1);
		expect(byDay.has('2023-01-01')).toBe(false);
		expect(map.weeks.flat()[0]!.day).toBe('2024-12-08'); // a Sunday, the week start asked for
	});

	it('handles a year of daily data', () => {
		const counts = new Map(Array.from({ length: 400 }, (_, i) => [addDays(TODAY, -i), (i % 50) + 1]));
		const map = heatmap(counts, TODAY);
		expect(map.activeDays).toBe(365);
		expect(map.max).toBe(50);
	});
});

describe('forecast', () => {
	it('gives 30 empty days with no cards', () => {
		const days = forecast([], NOW);
		expect(days).toHaveLength(30);
		expect(days[0]).toEqual({ day: TODAY, count: 0 });
		expect(days[29]!.day).toBe('2025-04-09');
	});

	it('counts overdue cards today, skips new cards and cards beyond the period', () => {
		const states = [
			{ due: NOW - 10 * DAY, state: REVIEW },
			{ due: NOW + HOUR, state: LEARNING },
			{ due: new Date(2025, 2, 12, 0, 0).getTime(), state: REVIEW },
			{ due: new Date(2025, 2, 12, 23, 59).getTime(), state: RELEARNING },
			{ due: new Date(2025, 3, 9, 23, 0).getTime(), state: REVIEW },
			{ due: new Date(2025, 3, 10, 0, 0).getTime(), state: REVIEW },
			{ due: NOW, state: NEW }
		];
		const days = forecast(states, NOW);
		expect(days[0]!.count).toBe(2);
		expect(days[1]!.count).toBe(2);
		expect(days[29]!.count).toBe(1);
		expect(days.reduce((n, d) => n + d.count, 0)).toBe(5);
	});

	it('places each card on the local day of its due date across a year of cards', () => {
		const states = Array.from({ length: 2000 }, (_, i) => ({ due: NOW + i * 7 * HOUR, state: REVIEW }));
		const days = forecast(states, NOW);
		for (const { day, count } of days) {
			expect(count).toBe(states.filter((s) => localDay(s.due) === day).length);
		}
	});
});

describe('retention', () => {
	const review = (rating: number, beforeState: number | null, at = NOW) => ({
		at,
		rating,
		before: beforeState === null ? null : { state: beforeState }
	});

	it('is null with no reviews', () => {
		expect(retention([])).toEqual({ total: 0, passed: 0, rate: null });
	});

	it('counts Good and Easy among answers to cards in Review state only', () => {
		const reviews = [
			review(3, REVIEW),
			review(4, REVIEW),
			review(2, REVIEW),
			review(1, REVIEW),
			review(3, LEARNING),
			review(1, RELEARNING),
			review(3, null)
		];
		expect(retention(reviews)).toEqual({ total: 4, passed: 2, rate: 0.5 });
	});

	it('can be limited to recent answers', () => {
		const reviews = [review(1, REVIEW, NOW - 40 * DAY), review(3, REVIEW, NOW - DAY)];
		expect(retention(reviews, NOW - 30 * DAY)).toEqual({ total: 1, passed: 1, rate: 1 });
	});
});

describe('mastery', () => {
	const cards: Pick<Card, 'id' | 'kind' | 'sources'>[] = [
		{ id: 'a', kind: 'actor', sources: ['zh-2016'] },
		{ id: 'b', kind: 'actor', sources: ['zh-2016', 'blog-2017'] },
		{ id: 'p', kind: 'place', sources: ['blog-2017'] },
		{ id: 'e', kind: 'event', sources: ['digest-2017'] }
	];
	const states = new Map([
		['a', { state: REVIEW, stability: MASTERY_STABILITY_DAYS }],
		['b', { state: REVIEW, stability: MASTERY_STABILITY_DAYS - 0.5 }],
		['p', { state: REVIEW, stability: 60 }]
	]);

	it('reports every kind, even with no data', () => {
		const groups = mastery([], new Map(), 'kind');
		expect(groups.map((g) => g.key)).toEqual(['actor', 'place', 'event', 'figure', 'claim']);
		expect(groups.every((g) => g.total === 0 && g.share === 0)).toBe(true);
		expect(mastery([], new Map(), 'all')).toEqual([
			{ key: 'all', total: 0, studied: 0, mastered: 0, share: 0 }
		]);
	});

	it('counts cards with stability of at least 21 days per kind', () => {
		const byKind = new Map(mastery(cards, states, 'kind').map((g) => [g.key, g]));
		expect(byKind.get('actor')).toEqual({ key: 'actor', total: 2, studied: 2, mastered: 1, share: 0.5 });
		expect(byKind.get('place')).toMatchObject({ mastered: 1, share: 1 });
		expect(byKind.get('event')).toMatchObject({ total: 1, studied: 0, mastered: 0, share: 0 });
	});

	it('counts a card in each of its sources', () => {
		const bySource = new Map(mastery(cards, states, 'source').map((g) => [g.key, g]));
		expect(bySource.get('zh-2016')).toMatchObject({ total: 2, mastered: 1 });
		expect(bySource.get('blog-2017')).toMatchObject({ total: 2, mastered: 1, share: 0.5 });
		expect(bySource.get('digest-2017')).toMatchObject({ total: 1, mastered: 0 });
	});

	it('counts a card in the pack its qualified id names', () => {
		const qualified = [
			{ id: 'one/a', kind: 'actor' as const, sources: ['one/zh'] },
			{ id: 'one/b', kind: 'actor' as const, sources: ['one/zh'] },
			{ id: 'two/a', kind: 'place' as const, sources: ['two/atlas'] }
		];
		const packStates = new Map([['two/a', { state: REVIEW, stability: 60 }]]);
		expect(mastery(qualified, packStates, 'pack')).toEqual([
			{ key: 'one', total: 2, studied: 0, mastered: 0, share: 0 },
			{ key: 'two', total: 1, studied: 1, mastered: 1, share: 1 }
		]);
	});

	it('gives the overall share', () => {
		expect(mastery(cards, states, 'all')).toEqual([
			{ key: 'all', total: 4, studied: 3, mastered: 2, share: 0.5 }
		]);
	});
});
