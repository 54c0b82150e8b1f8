import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITIES, makeFixturePack, packOf } from './fixture';
import { generateQuiz } from './generate';
import { prepareQuizPool } from './pool';
import { questionRuleViolations } from './rules';
import { scoreTimeline, timelinePairs } from './timeline';
import type { TimelineQuestion } from './types';

describe('scoreTimeline', () => {
	const correct = ['a', 'b', 'c', 'd'];

	it('gives full credit for the right order and none for the reverse', () => {
		expect(scoreTimeline(['a', 'b', 'c', 'd'], correct)).toBe(1);
		expect(scoreTimeline(['d', 'c', 'b', 'a'], correct)).toBe(0);
	});

	it('credits each pair in the right relative order (Kendall-style)', () => {
		expect(scoreTimeline(['b', 'a', 'c', 'd'], correct)).toBeCloseTo(5 / 6);
		expect(scoreTimeline(['d', 'a', 'b', 'c'], correct)).toBeCloseTo(3 / 6);
		expect(timelinePairs(['a', 'c', 'b', 'd'], correct)).toEqual({ right: 5, total: 6 });
	});

	it('loses the pairs of a missing item and ignores unknown ones', () => {
		expect(scoreTimeline(['a', 'b', 'c'], correct)).toBeCloseTo(3 / 6);
		expect(scoreTimeline(['x', 'a', 'y', 'b', 'c', 'd'], correct)).toBe(1);
		expect(scoreTimeline([], correct)).toBe(0);
	});
});

describe('timeline questions', () => {
	const pack = makeFixturePack();
	const pool = prepareQuizPool(pack);
	const questions = Array.from({ length: 200 }, (_, i) =>
		generateQuiz(pack, { selection: {}, count: 5, modes: ['timeline'], seed: `tl-${i}` })
	).flat() as TimelineQuestion[];

	it('hold 4–6 events with unambiguously ordered dates, shown out of order', () => {
		expect(questions.length).toBeGreaterThan(400);
		expect(questions.flatMap((q) => questionRuleViolations(pool, q))).toEqual([]);
		const sizes = new Set(questions.map((q) => q.items.length));
		expect([...sizes].sort()).toEqual([4, 5, 6]);
	});

	it('never pair events that tie at their precision', () => {
		for (const q of questions) {
			const ids = q.correctOrder;
			expect(ids.includes('deir-ez-zor-retaken') && ids.includes('al-qaim-retaken')).toBe(false);
			expect(ids.includes('iraq-sweep-2014') && ids.includes('deir-ez-zor-seized-2014')).toBe(false);
			expect(ids.includes('hawija-offensive') && ids.includes('western-anbar-operations')).toBe(false);
		}
	});

	it('credit each event’s date card and show its date after answering', () => {
		const q = questions[0]!;
		expect(q.cardIds).toHaveLength(q.items.length);
		expect(q.cardIds.every((id) => id.endsWith(':event-date'))).toBe(true);
		expect(Object.keys(q.dates).sort()).toEqual([...q.correctOrder].sort());
		expect(q.answerText.split(' → ')).toHaveLength(q.items.length);
	});

	it('are not made when fewer than four events can be ordered', () => {
		const events = FIXTURE_ENTITIES.filter((e) =>
			[
				'deir-ez-zor-retaken',
				'al-qaim-retaken',
				'falluja-offensive',
				'raqqa-assault',
				'iraq-sweep-2014'
			].includes(e.id)
		);
		// Five events, but the two on 3 November 2017 cannot both appear: at most four, and it must be those.
		const small = packOf(events);
		const made = generateQuiz(small, { selection: {}, count: 3, modes: ['timeline'], seed: 'few' });
		expect(made.length).toBeLessThanOrEqual(2);
		for (const q of made as TimelineQuestion[]) expect(q.items).toHaveLength(4);
		const tooFew = packOf(events.filter((e) => e.id !== 'iraq-sweep-2014'));
		expect(generateQuiz(tooFew, { selection: {}, count: 3, modes: ['timeline'], seed: 'few' })).toEqual([]);
	});
});
