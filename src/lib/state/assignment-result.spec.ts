import { describe, expect, it } from 'vitest';
import { generateQuiz, type Question } from '$lib/domain/quiz';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { MAX_NAME, resultOf, type FinishedRun } from './assignment-result';

const STARTED = Date.UTC(2026, 11, 1, 9);
const questions = generateQuiz(makeFixturePack(), {
	selection: {},
	count: 3,
	modes: ['multiple-choice'],
	seed: 'result-spec'
});
const mc = (question: Question) => {
	if (question.mode !== 'multiple-choice') throw new Error(`unexpected mode ${question.mode}`);
	return question;
};
const wrongIndex = (question: Question) => (mc(question).correctIndex + 1) % mc(question).options.length;

/** A run of three questions (finished a minute in, unless not): the first right, the second wrong, the third left unanswered. */
function finishedRun(finished = true): FinishedRun {
	const finishedAt = finished ? STARTED + 60_000 : undefined;
	return {
		attempt: { id: 'attempt-1', startedAt: STARTED, finishedAt, spec: {}, answers: [], score: 1 },
		questions,
		results: [
			{ correct: true, score: 1, correctAnswer: 'a' },
			{ correct: false, score: 0, correctAnswer: 'b' },
			{ correct: false, score: 0, correctAnswer: 'c' }
		],
		answers: [
			{ kind: 'choice', index: mc(questions[0]!).correctIndex },
			{ kind: 'choice', index: wrongIndex(questions[1]!) },
			null
		],
		score: 1
	};
}

describe('resultOf', () => {
	it('hands back each question’s verdict, what was given where it was missed, and the score', () => {
		expect(questions).toHaveLength(3);
		const result = resultOf(finishedRun(), 'set-1', '  Lina Haddad ');
		expect(result).toEqual({
			v: 1,
			assignmentId: 'set-1',
			student: 'Lina Haddad',
			startedAt: STARTED,
			finishedAt: STARTED + 60_000,
			answers: [
				{ correct: true },
				{ correct: false, given: mc(questions[1]!).options[wrongIndex(questions[1]!)] },
				{ correct: false }
			],
			score: 1,
			maxScore: 3
		});
	});

	it('makes nothing from a run not finished, and cuts a long name', () => {
		expect(resultOf(finishedRun(false), 'set-1', 'Lina')).toBeNull();
		const long = 'N'.repeat(MAX_NAME + 20);
		expect(resultOf(finishedRun(), 'set-1', long)?.student).toHaveLength(MAX_NAME);
	});
});
