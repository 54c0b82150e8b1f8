import { describe, expect, it } from 'vitest';
import { testCard } from './test-card';
import { MAX_COMPETITORS, checkTypedAnswer, competitorsFor, distinctAnswers } from './typed-answer';

const falluja = testCard('falluja:place-country', { answer: 'Falluja', accepted: ['Falluja', 'Fallujah'] });

describe('checkTypedAnswer', () => {
	it('accepts every listed spelling and forgives a typo', () => {
		for (const typed of ['Falluja', 'fallujah', 'Faluja'])
			expect(checkTypedAnswer(falluja, typed, []).correct).toBe(true);
		expect(checkTypedAnswer(falluja, 'Mosul', []).correct).toBe(false);
	});

	it('does not forgive a typo that is closer to another card’s answer', () => {
		const card = testCard('raqqa:x', { answer: 'Raqqa', accepted: ['Raqqa'] });
		expect(checkTypedAnswer(card, 'Racca', []).correct).toBe(true);
		expect(checkTypedAnswer(card, 'Racca', ['Racca']).correct).toBe(false);
	});

	it('falls back to the answer when a card lists no spellings', () => {
		expect(checkTypedAnswer({ answer: 'Iraq', accepted: [] }, 'iraq', []).correct).toBe(true);
	});
});

describe('competitorsFor', () => {
	it('leaves out the card’s own spellings, whatever their case, and stops at the bound', () => {
		expect(competitorsFor(falluja, ['FALLUJAH', 'Mosul', 'falluja', 'Ramadi'])).toEqual(['Mosul', 'Ramadi']);
		const many = Array.from({ length: MAX_COMPETITORS + 5 }, (_, i) => `Place ${i}`);
		expect(competitorsFor(falluja, many)).toHaveLength(MAX_COMPETITORS);
	});
});

describe('distinctAnswers', () => {
	it('keeps each answer once, in order', () => {
		expect(distinctAnswers([{ answer: 'Iraq' }, { answer: 'Syria' }, { answer: 'Iraq' }])).toEqual([
			'Iraq',
			'Syria'
		]);
	});
});
