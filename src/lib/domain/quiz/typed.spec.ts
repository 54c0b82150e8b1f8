import { describe, expect, it } from 'vitest';
import { makeFixturePack } from './fixture';
import { generateQuiz } from './generate';
import { prepareQuizPool } from './pool';
import { questionRuleViolations } from './rules';
import { scoreAnswer } from './score';
import type { TypedQuestion } from './types';

const pack = makeFixturePack();
const pool = prepareQuizPool(pack);
const typedFor = (cardId: string) =>
	generateQuiz(pack, {
		selection: { cardIds: [cardId] },
		count: 1,
		modes: ['typed'],
		seed: 't'
	})[0] as TypedQuestion;
const answer = (q: TypedQuestion, text: string) => scoreAnswer(q, { kind: 'text', text });

describe('typed questions', () => {
	it('ask the card’s prompt and accept every listed spelling', () => {
		const q = typedFor('deir-ez-zor-retaken:event-place');
		expect(q.prompt).toBe('Where: Syrian army retakes Deir ez-Zor?');
		expect(q.answerText).toBe('Deir ez-Zor');
		for (const spelling of ['Deir Ezzor', 'deir el-zour', 'Dier ez Zor', 'Deir al Zour']) {
			expect(answer(q, spelling)).toMatchObject({ correct: true, score: 1 });
		}
	});

	it('forgives a typo, saying how it is spelled', () => {
		const q = typedFor('deir-ez-zor-retaken:event-place');
		expect(answer(q, 'Deir ez-Zo')).toEqual({
			correct: true,
			score: 1,
			correctAnswer: 'Deir ez-Zor',
			detail: 'Nearly: it is spelled “Deir ez-Zor”.'
		});
	});

	it('rejects another real place one letter away (Rawa for Raqqa)', () => {
		const q = typedFor('raqqa-assault:event-place');
		expect(q.competitors).toContain('Rawa');
		expect(answer(q, 'Rawa').correct).toBe(false);
		expect(answer(q, 'Raqqah').correct).toBe(true);
	});

	it('takes dates and numbers in any common form, never a near number', () => {
		const date = typedFor('falluja-offensive:event-date');
		expect(answer(date, 'May 23, 2016').correct).toBe(true);
		expect(answer(date, '2016-05-23').correct).toBe(true);
		expect(answer(date, '24 May 2016').correct).toBe(false);
		const civilians = typedFor('qaim-civilians:figure-number');
		expect(answer(civilians, '50000').correct).toBe(true);
		expect(answer(civilians, '5,000').correct).toBe(false);
	});

	it('offers no typed question for sentence answers', () => {
		const roles = generateQuiz(pack, {
			selection: { cardIds: ['tikrit:place-significance', 'hezbollah:actor-role'] },
			count: 2,
			modes: ['typed'],
			seed: 's'
		});
		expect(roles).toEqual([]);
	});

	it('keeps every rule across many quizzes', () => {
		const all = Array.from({ length: 20 }, (_, i) =>
			generateQuiz(pack, { selection: {}, count: 200, modes: ['typed'], seed: `ty${i}` })
		).flat();
		expect(all.length).toBeGreaterThan(1000);
		expect(all.flatMap((q) => questionRuleViolations(pool, q))).toEqual([]);
	});
});
