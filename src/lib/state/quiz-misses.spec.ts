import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion, TrueFalseQuestion } from '$lib/domain/quiz';
import { describeMissedAnswer } from './quiz-misses';

const base = { cardIds: [], answerText: '', explanation: '', evidence: [], entityIds: ['mosul'] };

describe('describeMissedAnswer', () => {
	const trueFalse: TrueFalseQuestion = {
		...base,
		id: '0',
		mode: 'true-false',
		prompt: 'True or false?',
		statement: 'Mosul lies on the Euphrates.',
		truth: false,
		cardId: 'mosul:river'
	};

	it('gives a true/false answer with the statement it judged: the card’s own prompt is another question', () => {
		expect(describeMissedAnswer(trueFalse, { kind: 'truth', value: true })).toBe(
			'“Mosul lies on the Euphrates” is true'
		);
		expect(describeMissedAnswer(trueFalse, { kind: 'truth', value: false })).toBe(
			'“Mosul lies on the Euphrates” is false'
		);
	});

	it('gives any other answer as the quiz summary does', () => {
		const choice: ChoiceQuestion = {
			...base,
			id: '1',
			mode: 'multiple-choice',
			prompt: 'Which river runs through Mosul?',
			options: ['Euphrates', 'Tigris'],
			correctIndex: 1,
			cardId: 'mosul:river'
		};
		expect(describeMissedAnswer(choice, { kind: 'choice', index: 0 })).toBe('Euphrates');
	});
});
