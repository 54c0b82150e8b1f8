import { describe, expect, it } from 'vitest';
import { answerKey } from '../answer';
import { makeFixturePack } from './fixture';
import { generateQuiz } from './generate';
import { scoreMatching } from './matching';
import { prepareQuizPool } from './pool';
import { questionRuleViolations } from './rules';
import type { MatchingQuestion } from './types';

describe('scoreMatching', () => {
	const solution = { a: 'Iraq', b: 'Syria', c: 'Iraq', d: 'Jordan' };

	it('scores each pair', () => {
		expect(scoreMatching({ a: 'Iraq', b: 'Syria', c: 'Iraq', d: 'Jordan' }, solution)).toBe(1);
		expect(scoreMatching({ a: 'Syria', b: 'Iraq', c: 'Iraq', d: 'Jordan' }, solution)).toBe(0.5);
		expect(scoreMatching({ a: 'Iraq' }, solution)).toBe(0.25);
		expect(scoreMatching({}, solution)).toBe(0);
	});

	it('ignores case and spelling of the label, and gives nothing for an empty solution', () => {
		expect(scoreMatching({ a: 'iraq', b: 'SYRIA', c: 'Iraq', d: 'jordan' }, solution)).toBe(1);
		expect(scoreMatching({ a: 'Iraq' }, {})).toBe(0);
	});
});

describe('matching questions', () => {
	const pack = makeFixturePack();
	const pool = prepareQuizPool(pack);
	const questions = Array.from({ length: 100 }, (_, i) =>
		generateQuiz(pack, { selection: {}, count: 20, modes: ['matching'], seed: `mt-${i}` })
	).flat() as MatchingQuestion[];

	it('hold four pairs whose labels are all offered', () => {
		expect(questions.length).toBeGreaterThan(500);
		expect(questions.flatMap((q) => questionRuleViolations(pool, q))).toEqual([]);
	});

	it('pair each item with its true detail', () => {
		const kinds = new Set<string>();
		for (const q of questions) {
			for (const { id } of q.left) {
				const e = pool.entities.get(id)!;
				kinds.add(e.kind);
				const truth = e.actor
					? pool.entities.get(e.actor.affiliation!)!.name
					: e.place
						? e.place.country
						: pool.byCardId.get(`${e.id}:event-date`)!.card.answer;
				expect(q.solution[id]).toBe(truth);
			}
		}
		expect([...kinds].sort()).toEqual(['actor', 'event', 'place']);
	});

	it('never lists a body on the left that is another item’s body on the right', () => {
		for (const q of questions.filter((x) => x.prompt.includes('body'))) {
			const rightKeys = new Set(q.right.map(answerKey));
			for (const { label } of q.left) expect(rightKeys.has(answerKey(label))).toBe(false);
		}
	});

	it('prefer one-to-one pairs when the pool allows', () => {
		const actors = questions.filter((q) => q.prompt.includes('body'));
		const oneToOne = actors.filter((q) => q.right.length === 4).length;
		expect(oneToOne / actors.length).toBeGreaterThan(0.5);
	});
});
