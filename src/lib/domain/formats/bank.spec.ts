import { describe, expect, it } from 'vitest';
import { bankLimitNotes, bankQuestions, BANK_MODES, questionFeedback, questionText } from './bank';
import { sourcesById } from './evidence';
import { syntheticPack } from './fixture';
import { choice, truth } from './test-questions';

describe('question banks', () => {
	const pack = syntheticPack(120);

	it('draws only modes a bank can hold, from the selected cards, the same for the same seed', () => {
		const cardIds = pack.cards.slice(0, 60).map((c) => c.id);
		const questions = bankQuestions(pack, {
			cardIds,
			seed: 'x',
			modes: ['timeline', 'typed', 'multiple-choice']
		});
		expect(questions.length).toBeGreaterThan(0);
		expect(questions.every((q) => ['typed', 'multiple-choice'].includes(q.mode))).toBe(true);
		expect(questions.every((q) => q.cardIds.every((id) => cardIds.includes(id)))).toBe(true);
		expect(bankQuestions(pack, { cardIds, seed: 'x' })).toEqual(bankQuestions(pack, { cardIds, seed: 'x' }));
		expect(BANK_MODES).not.toContain('map');
	});

	it('says when a pack has more cards than a bank takes questions, and only then', () => {
		const big = syntheticPack(1234);
		expect(bankLimitNotes(big, undefined)).toEqual([
			'A question bank holds at most 200 questions, one card each: this file asks about 200 of the 1,234 cards.'
		]);
		expect(
			bankLimitNotes(
				big,
				big.cards.slice(0, 200).map((c) => c.id)
			)
		).toEqual([]);
		expect(bankLimitNotes(pack, undefined)).toEqual([]);
	});

	it('gives feedback with the explanation, the source titles and each excerpt in quotation marks', () => {
		const sources = sourcesById(pack);
		expect(questionFeedback(choice, sources)).toBe(
			'Because: it is so.\nSource: News report: the battle for Mosul (July 2017)\n“It said: {this} ~ = # that.”'
		);
		expect(questionFeedback({ ...choice, evidence: [] }, sources)).toBe(
			'Because: it is so.\nSource: no source given.'
		);
		expect(questionText(truth)).toBe(truth.statement);
	});
});
