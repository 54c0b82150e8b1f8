import { describe, expect, it } from 'vitest';
import packJson from '../content/generated/pack.json';
import {
	answerLengths,
	answerWords,
	cardRuleViolations,
	cardViolations,
	MAX_ANSWER_WORDS,
	SHORT_ANSWER_SHARE,
	SHORT_ANSWER_WORDS
} from './card-rules';
import type { Pack } from './pack';
import { testCard } from './test-card';

describe('cardViolations', () => {
	it('accepts a short answer the prompt does not give away', () => {
		expect(cardViolations(testCard('mosul:place-country'))).toEqual([]);
	});

	it('refuses a paragraph to recall', () => {
		const answer =
			'The city the Islamic State held from 2014 until Iraqi forces retook it after a long battle in 2017';
		expect(cardViolations(testCard('mosul:place-significance', { answer, accepted: [answer] }))).toEqual([
			`answer has ${answerWords(answer)} words (at most ${MAX_ANSWER_WORDS})`
		]);
	});

	it('wants exactly one blank in a cloze, and none elsewhere', () => {
		const cloze = (prompt: string) =>
			testCard('x:cloze:1', { type: 'cloze', prompt, answer: 'Mosul', accepted: ['Mosul'] });
		expect(cardViolations(cloze('_____ fell in 2014.'))).toEqual([]);
		expect(cardViolations(cloze('_____ fell in _____.'))).toEqual(['cloze has 2 blanks (exactly 1)']);
		expect(cardViolations(cloze('Mosul fell in [[2014]].'))).toEqual([
			'cloze has 0 blanks (exactly 1)',
			'unhidden [[brackets]] in the prompt',
			'prompt gives the answer away ("Mosul")'
		]);
		expect(cardViolations(testCard('x:place-country', { prompt: 'In which country is _____?' }))).toEqual([
			'a blank outside a cloze'
		]);
	});

	it('refuses a prompt that holds the answer or any accepted spelling of it', () => {
		const card = testCard('isis:role-actor', {
			prompt: 'Which group is this? The ISIS jihadists',
			answer: 'Islamic State',
			accepted: ['Islamic State', 'ISIS']
		});
		expect(cardViolations(card)).toEqual(['prompt gives the answer away ("ISIS")']);
	});
});

describe('cardRuleViolations', () => {
	it('finds one prompt with two answers, and a repeated id', () => {
		const a = testCard('a:place-country', { prompt: 'In which country is the village?', answer: 'Iraq' });
		const b = testCard('b:place-country', { prompt: 'In which country is the village?', answer: 'Syria' });
		expect(cardRuleViolations([a, b, a])).toEqual([
			'"In which country is the village?": one prompt with different answers',
			'a:place-country: duplicate card id'
		]);
	});
});

describe('answerLengths', () => {
	it('gives count, median, max and the short and too-long counts per type and overall', () => {
		const cards = [
			testCard('a:place-country', { answer: 'Iraq' }),
			testCard('b:place-country', { answer: 'Syria' }),
			testCard('c:actor-role', { type: 'actor-role', answer: 'one two three four five six seven eight nine' })
		];
		expect(answerLengths(cards)).toEqual({
			byType: [
				['place-country', { cards: 2, median: 1, max: 1, short: 2, tooLong: 0 }],
				['actor-role', { cards: 1, median: 9, max: 9, short: 0, tooLong: 0 }]
			],
			all: { cards: 3, median: 1, max: 9, short: 2, tooLong: 0 }
		});
	});
});

// The built-in pack as `npm run content` compiled it: every card rendered and checked.
describe('every card of the built-in pack', () => {
	const pack = packJson as unknown as Pack;

	it('keeps every rule: short answer, one blank per cloze, no answer in its prompt, one answer per prompt', () => {
		expect(pack.cards.length).toBeGreaterThan(500);
		expect(cardRuleViolations(pack.cards)).toEqual([]);
	});

	it(`asks for at most ${SHORT_ANSWER_WORDS} words in at least ${SHORT_ANSWER_SHARE * 100}% of cards, never over ${MAX_ANSWER_WORDS}`, () => {
		const { all, byType } = answerLengths(pack.cards);
		expect(all.short / all.cards).toBeGreaterThanOrEqual(SHORT_ANSWER_SHARE);
		expect(all.max).toBeLessThanOrEqual(MAX_ANSWER_WORDS);
		// No card type asks for a paragraph any more: the long descriptions are context.
		for (const [type, lengths] of byType)
			expect(lengths.median, type).toBeLessThanOrEqual(SHORT_ANSWER_WORDS);
	});

	it('shows the long description as context with the answer, never as what must be recalled', () => {
		const byId = new Map(pack.entities.map((e) => [e.id, e]));
		for (const card of pack.cards.filter((c) => c.type === 'actor-role' || c.type === 'place-significance')) {
			const entity = byId.get(card.entity)!;
			expect(card.context, card.id).toBe(entity.actor?.role ?? entity.place?.significance);
			expect(card.answer, card.id).toBe(entity.actor?.title ?? entity.place?.title);
		}
	});

	it('reads as questions: no "Who else took part", adversaries asked as "Against whom"', () => {
		expect(pack.cards.filter((c) => /who else took part/i.test(c.prompt))).toEqual([]);
		const against = pack.cards.filter((c) => c.type === 'event-against');
		expect(against.length).toBeGreaterThan(10);
		for (const card of against) expect(card.prompt).toMatch(/^(Besides .+, a|A)gainst whom was this: /);
		const byId = new Map(pack.entities.map((e) => [e.id, e]));
		for (const card of pack.cards.filter((c) => c.type === 'event-actors')) {
			const adversaries = (byId.get(card.entity)!.event!.against ?? []).map((id) => byId.get(id)!.name);
			for (const name of adversaries) expect(card.answer, card.id).not.toContain(name);
		}
	});
});
