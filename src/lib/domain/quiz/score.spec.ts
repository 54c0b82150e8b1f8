import { describe, expect, it } from 'vitest';
import { makeFixturePack } from './fixture';
import { generateQuiz } from './generate';
import { scoreAnswer } from './score';
import { QUIZ_MODES, type Question, type QuizAnswer } from './types';

const pack = makeFixturePack();
const one = (mode: Question['mode'], seed = 'score') =>
	generateQuiz(pack, { selection: {}, count: 1, modes: [mode], seed })[0]!;

/** The learner's perfect answer, built from the question's own data. */
function rightAnswer(q: Question): QuizAnswer {
	switch (q.mode) {
		case 'multiple-choice':
		case 'map-identify':
			return { kind: 'choice', index: q.correctIndex };
		case 'true-false':
			return { kind: 'truth', value: q.truth };
		case 'typed':
			return { kind: 'text', text: q.accepted[0]! };
		case 'timeline':
			return { kind: 'order', ids: q.correctOrder };
		case 'map':
			return { kind: 'point', ...q.target };
		case 'matching':
			return { kind: 'pairs', pairs: q.solution };
	}
}

function wrongAnswer(q: Question): QuizAnswer {
	switch (q.mode) {
		case 'multiple-choice':
		case 'map-identify':
			return { kind: 'choice', index: (q.correctIndex + 1) % q.options.length };
		case 'true-false':
			return { kind: 'truth', value: !q.truth };
		case 'typed':
			return { kind: 'text', text: 'Vienna' };
		case 'timeline':
			return { kind: 'order', ids: [...q.correctOrder].reverse() };
		case 'map':
			return { kind: 'point', lat: q.target.lat + 10, lon: q.target.lon };
		case 'matching':
			return { kind: 'pairs', pairs: {} };
	}
}

describe('scoreAnswer', () => {
	it.each(QUIZ_MODES)('scores a right %s answer 1 and a wrong one 0', (mode) => {
		const q = one(mode);
		expect(q.mode).toBe(mode);
		expect(scoreAnswer(q, rightAnswer(q))).toMatchObject({ correct: true, score: 1 });
		expect(scoreAnswer(q, wrongAnswer(q))).toMatchObject({ correct: false, score: 0 });
	});

	it.each(QUIZ_MODES)('scores a skipped or mismatched %s answer 0 without throwing', (mode) => {
		const q = one(mode);
		expect(scoreAnswer(q, null)).toMatchObject({ correct: false, score: 0 });
		const mismatched: QuizAnswer =
			q.mode === 'typed' ? { kind: 'choice', index: 0 } : { kind: 'text', text: 'x' };
		expect(scoreAnswer(q, mismatched).score).toBe(0);
		expect(scoreAnswer(q, null).correctAnswer.length).toBeGreaterThan(0);
	});

	it('names the right option, and the true statement for a false one', () => {
		const mc = one('multiple-choice');
		if (mc.mode !== 'multiple-choice') throw new Error('expected multiple choice');
		expect(scoreAnswer(mc, null).correctAnswer).toBe(mc.options[mc.correctIndex]);
		const falseOne = generateQuiz(pack, { selection: {}, count: 40, modes: ['true-false'], seed: 'f' }).find(
			(q) => q.mode === 'true-false' && !q.truth
		)!;
		const result = scoreAnswer(falseOne, { kind: 'truth', value: false });
		expect(result).toMatchObject({ correct: true, correctAnswer: 'False' });
		expect(result.detail).toMatch(/^False: /);
	});

	it('gives partial credit for a nearly ordered timeline and a near map tap', () => {
		const timeline = one('timeline');
		if (timeline.mode !== 'timeline') throw new Error('expected timeline');
		const [first, second, ...rest] = timeline.correctOrder;
		const swapped = scoreAnswer(timeline, { kind: 'order', ids: [second!, first!, ...rest] });
		expect(swapped.correct).toBe(false);
		expect(swapped.score).toBeGreaterThan(0.5);
		expect(swapped.score).toBeLessThan(1);
		expect(swapped.detail).toMatch(/pairs in order/);

		const map = one('map');
		if (map.mode !== 'map') throw new Error('expected map');
		const off = scoreAnswer(map, { kind: 'point', lat: map.target.lat + 1, lon: map.target.lon });
		expect(off.score).toBeGreaterThan(0);
		expect(off.score).toBeLessThan(1);
		expect(off.detail).toMatch(/^11\d km from /);
	});

	it('scores matching per pair', () => {
		const q = one('matching');
		if (q.mode !== 'matching') throw new Error('expected matching');
		const [a] = q.left;
		const result = scoreAnswer(q, { kind: 'pairs', pairs: { [a!.id]: q.solution[a!.id]! } });
		expect(result.score).toBe(0.25);
		expect(result.detail).toBe('1 of 4 pairs right.');
	});
});
