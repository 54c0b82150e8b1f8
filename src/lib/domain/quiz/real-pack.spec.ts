import { describe, expect, it } from 'vitest';
import packJson from '../../content/generated/pack.json';
import type { Pack } from '../pack';
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
});
