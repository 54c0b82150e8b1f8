import { describe, expect, it } from 'vitest';
import packJson from '../../content/generated/pack.json';
import { matchAnswer } from '../answer';
import type { CardType, Pack } from '../pack';
import { isTypeable, MODE_BITS } from './eligibility';
import { generateQuiz } from './generate';
import { prepareQuizPool } from './pool';
import { questionRuleViolations } from './rules';
import { QUIZ_MODES } from './types';

// The compiled pack (`npm run content`), authored in parallel: the quiz rules must hold on real content too.
const pack = packJson as unknown as Pack;
const pool = prepareQuizPool(pack);

describe('the quiz engine on the real content pack', () => {
	it.each(QUIZ_MODES)('keeps every rule in %s questions', (mode) => {
		const questions = Array.from({ length: 10 }, (_, i) =>
			generateQuiz(pack, { selection: {}, count: 200, modes: [mode], seed: `real-${i}` })
		).flat();
		const broken = questions.flatMap((q) => questionRuleViolations(pool, q).map((v) => `${q.cardId}: ${v}`));
		expect(broken).toEqual([]);
	});

	it('builds a full mixed quiz, the same twice', () => {
		const spec = { selection: {}, count: 50, modes: [...QUIZ_MODES], seed: 'real-mixed' };
		const quiz = generateQuiz(pack, spec);
		expect(quiz).toHaveLength(50);
		expect(generateQuiz(pack, spec)).toEqual(quiz);
	});

	it('asks the one-fact facet cards too, each drawing wrong options of the same sort', () => {
		const facets: CardType[] = [
			'role-actor',
			'title-place',
			'actor-affiliation',
			'actor-leads',
			'actor-leader',
			'actor-backers',
			'place-within',
			'event-against',
			'place-event'
		];
		for (const type of facets) {
			const served = pool.cards.filter(
				(pc) => pc.card.type === type && pc.modes & MODE_BITS['multiple-choice']
			);
			expect(served.length, type).toBeGreaterThan(0);
			const cardIds = served.map((pc) => pc.card.id);
			const questions = generateQuiz(pack, {
				selection: { cardIds },
				count: 20,
				modes: ['multiple-choice'],
				seed: `facet-${type}`
			});
			expect(questions.length, type).toBeGreaterThan(0);
			const broken = questions.flatMap((q) =>
				questionRuleViolations(pool, q).map((v) => `${q.cardId}: ${v}`)
			);
			expect(broken, type).toEqual([]);
		}
	});

	it('accepts every listed spelling of every typeable answer, and asks for titles only by recognition', () => {
		const typeable = pack.cards.filter(isTypeable);
		expect(typeable.length).toBeGreaterThan(300);
		for (const card of typeable)
			for (const spelling of card.accepted)
				expect(matchAnswer(spelling, card.accepted).exact, `${card.id}: ${spelling}`).toBe(true);
		expect(pack.cards.filter((c) => c.type === 'actor-role' && isTypeable(c))).toEqual([]);
	});
});
