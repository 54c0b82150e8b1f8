import { describe, expect, it } from 'vitest';
import { makeFixturePack } from './fixture';
import { generateQuiz } from './generate';
import { prepareQuizPool } from './pool';
import { questionRuleViolations } from './rules';
import type { ChoiceQuestion, MatchingQuestion, TimelineQuestion, TrueFalseQuestion } from './types';

const pack = makeFixturePack();
const pool = prepareQuizPool(pack);
const first = <T>(mode: string, cardId?: string) =>
	generateQuiz(pack, {
		selection: cardId ? { cardIds: [cardId] } : {},
		count: 1,
		modes: [mode as ChoiceQuestion['mode']],
		seed: 'rules'
	})[0] as T;

/** The checker must catch each broken promise, or the thousands-of-questions specs prove nothing. */
describe('questionRuleViolations', () => {
	it('passes a generated question', () => {
		expect(questionRuleViolations(pool, first('multiple-choice'))).toEqual([]);
	});

	it('catches an alias of the answer among the options', () => {
		const q = first<ChoiceQuestion>('multiple-choice', 'deir-ez-zor-retaken:event-place');
		const wrongAt = (q.correctIndex + 1) % 4;
		const options = q.options.map((o, i) => (i === wrongAt ? 'Deir Ezzor' : o));
		expect(questionRuleViolations(pool, { ...q, options })).toContain('options equal after folding');
	});

	it('catches a person among armed groups and an option three times longer', () => {
		const q = first<ChoiceQuestion>('multiple-choice', 'badr-organization:role-actor');
		const wrongAt = (q.correctIndex + 1) % 4;
		const options = q.options.map((o, i) => (i === wrongAt ? 'Hadi al-Amiri' : o));
		expect(questionRuleViolations(pool, { ...q, options }).join()).toMatch(/not the same sort/);
		const long = q.options.map((o, i) =>
			i === wrongAt ? 'Combined Joint Task Force – Operation Inherent Resolve' : o
		);
		expect(questionRuleViolations(pool, { ...q, options: long }).join()).toMatch(/3× longer/);
	});

	it('catches an event’s other place offered as wrong', () => {
		const q = first<ChoiceQuestion>('multiple-choice', 'qaim-rawa-offensive:event-place');
		const wrongAt = (q.correctIndex + 1) % 4;
		const options = q.options.map((o, i) => (i === wrongAt ? 'Rawa' : o));
		expect(questionRuleViolations(pool, { ...q, options }).join()).toMatch(/would also be right/);
	});

	it('catches an unattributed claim and a contested card stated as fact', () => {
		const q = first<TrueFalseQuestion>('true-false', 'us-leaves-tanf:claim-claimant');
		expect(
			questionRuleViolations(pool, { ...q, statement: 'US forces will have to withdraw from al-Tanf.' })
		).toContain('claim not attributed');
		const fact = first<TrueFalseQuestion>('true-false', 'falluja:place-country');
		const contestedPack = {
			...pack,
			cards: pack.cards.map((c) => (c.id === fact.cardId ? { ...c, contested: true } : c))
		};
		expect(questionRuleViolations(prepareQuizPool(contestedPack), fact)).toContain(
			'a contested card stated as fact'
		);
	});

	it('catches a timeline with a tie or shown in order', () => {
		const q = first<TimelineQuestion>('timeline');
		const sorted = q.correctOrder.map((id) => ({ id, label: id }));
		expect(questionRuleViolations(pool, { ...q, items: sorted })).toContain('shown already in order');
		const tied = {
			...q,
			correctOrder: ['deir-ez-zor-retaken', 'al-qaim-retaken', ...q.correctOrder.slice(2)]
		};
		expect(questionRuleViolations(pool, tied).join()).toMatch(/cannot be ordered/);
	});

	it('catches a matching solution missing from the right column', () => {
		const q = first<MatchingQuestion>('matching');
		expect(questionRuleViolations(pool, { ...q, right: q.right.slice(1) })).toContain(
			'a solution label is missing on the right'
		);
	});
});
