import { describe, expect, it } from 'vitest';
import { parseDateAnswer } from '../answer-date';
import type { Pack } from '../pack';
import { precision } from './dates';
import { FIXTURE_ENTITIES, makeFixturePack } from './fixture';
import { generateQuiz } from './generate';
import { prepareQuizPool } from './pool';
import { questionRuleViolations } from './rules';
import type { TrueFalseQuestion } from './types';

const pack = makeFixturePack();
const pool = prepareQuizPool(pack);

function many(p: Pack, seeds: number): TrueFalseQuestion[] {
	return Array.from({ length: seeds }, (_, i) =>
		generateQuiz(p, { selection: {}, count: 200, modes: ['true-false'], seed: `tf-${i}` })
	).flat() as TrueFalseQuestion[];
}

const questions = many(pack, 40);
const byType = (type: string) => questions.filter((q) => pool.byCardId.get(q.cardId)!.card.type === type);

describe('true/false over thousands of statements', () => {
	it('generates thousands, about half of them false', () => {
		expect(questions.length).toBeGreaterThan(3000);
		const share = questions.filter((q) => q.truth).length / questions.length;
		expect(share).toBeGreaterThan(0.4);
		expect(share).toBeLessThan(0.6);
	});

	it('keeps every rule', () => {
		const broken = questions.flatMap((q) => questionRuleViolations(pool, q).map((v) => `${q.cardId}: ${v}`));
		expect(broken).toEqual([]);
	});

	it('states a place’s own country when true and another country when false', () => {
		const countries = byType('place-country');
		expect(countries.length).toBeGreaterThan(100);
		for (const q of countries) {
			const place = pool.byCardId.get(q.cardId)!.entity!;
			const [, name, country] = /^(.+) is in (.+)\.$/.exec(q.statement)!;
			expect(name).toBe(place.name);
			expect(country === place.place!.country).toBe(q.truth);
		}
	});

	it('swaps in another date of the same precision for a false event date', () => {
		for (const q of byType('event-date')) {
			const date = pool.byCardId.get(q.cardId)!.card.answer;
			expect(q.statement.endsWith(` ${date}.`)).toBe(q.truth);
			const shown = parseDateAnswer(/ happened (?:on|in) (.+)\.$/.exec(q.statement)![1]!)!;
			expect(precision(shown)).toBe(precision(parseDateAnswer(date)!));
			if (!q.truth)
				expect(q.answerText).toBe(
					`False: ${q.statement.replace(/ happened (on|in) .+\.$/, ` happened $1 ${date}.`)}`
				);
		}
	});

	it('states claims only as "According to …", false ones naming another claimant', () => {
		const claims = questions.filter((q) => pool.byCardId.get(q.cardId)!.entity!.kind === 'claim');
		expect(claims.length).toBeGreaterThan(50);
		for (const q of claims) {
			const { card, entity } = pool.byCardId.get(q.cardId)!;
			if (card.type === 'quote-speaker') {
				expect(q.statement).toMatch(/ said: “.+”$/);
				continue;
			}
			expect(q.statement.startsWith('According to ')).toBe(true);
			const claimant = entity!.claim!.claimant;
			expect(q.statement.startsWith(`According to ${claimant},`)).toBe(q.truth);
			// The body of the claim is kept; only who claims it changes.
			expect(q.statement.endsWith(entity!.claim!.statement.slice(`According to ${claimant},`.length))).toBe(
				true
			);
		}
	});

	it('never states a contested card as fact', () => {
		const contestedCloze = {
			...pack.cards.find((c) => c.id === 'badr-organization:cloze:0')!,
			id: 'claim-cloze',
			contested: true,
			pair: 'claim-cloze'
		};
		const withContested = { ...pack, cards: [...pack.cards, contestedCloze] };
		const statements = many(withContested, 15);
		expect(statements.some((q) => q.cardId === 'claim-cloze')).toBe(false);
		const chosen = generateQuiz(withContested, {
			selection: { cardIds: ['claim-cloze'] },
			count: 1,
			modes: ['multiple-choice'],
			seed: 'c'
		});
		expect(chosen.map((q) => q.cardId)).toEqual(['claim-cloze']);
	});

	it('fills a cloze blank with the detail', () => {
		for (const q of byType('cloze').filter((x) => x.cardId === 'badr-organization:cloze:0')) {
			expect(q.statement).toMatch(/^The Badr Organization was led by .+ in May 2016\.$/);
			expect(q.statement.includes('Hadi al-Amiri')).toBe(q.truth);
		}
	});

	it('uses the fixture’s claims (sanity check of the fixture)', () => {
		expect(FIXTURE_ENTITIES.filter((e) => e.kind === 'claim').every((e) => e.contested)).toBe(true);
	});
});
