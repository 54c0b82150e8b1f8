import { describe, expect, it } from 'vitest';
import { scoreAnswer, type Question, type QuizAnswer as AnswerGiven } from '../quiz';
import { creditOf, type QuizResult } from './quiz-result';
import { decodeResult, encodeResult, makeResultCode, type ResultV2Binding } from './result-codec';
import { questionsFingerprint } from './result-code-v2';
import { randomAnswer, realQuiz, seededRandom } from './test-fixtures';

const ASSIGNMENT = 'k3J9xQ2pLm';
const CREATED = 1_729_785_600_123;
const STARTED = CREATED + 3 * 86_400_000 + 12_345;

/** The student's side: the answers as the quiz stored them, scored as the quiz scores them. */
function taken(questions: Question[], answers: (AnswerGiven | null)[], student = 'Amira Haddad'): QuizResult {
	const credits = questions.map((question, i) => scoreAnswer(question, answers[i] ?? null).score);
	return {
		v: 1,
		assignmentId: ASSIGNMENT,
		student,
		startedAt: STARTED,
		finishedAt: STARTED + 754_321,
		answers: credits.map((credit) => ({ correct: credit >= 1 ? true : credit <= 0 ? false : credit })),
		score: credits.reduce((sum, credit) => sum + credit, 0),
		maxScore: questions.length
	};
}

const bindingOf = (questions: Question[]): ResultV2Binding => ({
	assignmentId: ASSIGNMENT,
	createdAt: CREATED,
	questions
});

function roundTrip(questions: Question[], answers: (AnswerGiven | null)[], student?: string) {
	const result = taken(questions, answers, student);
	const code = makeResultCode({ result, answers, quiz: bindingOf(questions) });
	return { result, code, back: decodeResult(code, ASSIGNMENT, bindingOf(questions)) };
}

describe('result codes, format 2', () => {
	it('carries every kind of answer; the teacher’s app scores them as the student’s did', () => {
		const random = seededRandom(21);
		for (let quiz = 0; quiz < 12; quiz++) {
			const questions = realQuiz(`v2-${quiz}`, 10);
			const answers = questions.map((question) => randomAnswer(question, random));
			const { result, code, back } = roundTrip(questions, answers);
			const carried = answers.every((answer) => answer?.kind !== 'text' || answer.text.length <= 30);
			if (!carried) continue;
			expect(code, `quiz ${quiz}`).toMatch(/^SDR2-[0-9A-Z]{1,5}(-[0-9A-Z]{1,5})*$/);
			if (!back.ok) throw new Error(back.error.detail);
			expect(back.result.answers.map(creditOf)).toEqual(result.answers.map(creditOf));
			expect(back.result.score).toBe(result.score);
			expect(back.result).toMatchObject({ student: 'Amira Haddad', maxScore: 10, assignmentId: ASSIGNMENT });
			// What the student answered comes back, for the questions not fully right.
			back.result.answers.forEach((answer, i) => {
				if (creditOf(answer) < 1 && answers[i] !== null) expect(answer.given, `answer ${i}`).toBeTruthy();
			});
			// Finished rounded up to the minute (never on time when it was late), the time taken to the second.
			expect(back.result.finishedAt).toBeGreaterThanOrEqual(result.finishedAt);
			expect(back.result.finishedAt - result.finishedAt).toBeLessThan(60_000);
			expect(back.result.finishedAt - back.result.startedAt).toBe(754_000);
		}
	});

	it('is short: a name, two times and a few bits per answer (10 questions in well under 60 characters)', () => {
		const questions = realQuiz('short', 10);
		const answers = questions.map((question) => randomAnswer(question, seededRandom(5)));
		const { code } = roundTrip(questions, answers);
		expect(code.replace(/-/g, '').length).toBeLessThan(60);
		expect(encodeResult(taken(questions, answers)).length).toBeGreaterThan(150);
	});

	it('keeps names as written, in any script', () => {
		const questions = realQuiz('names', 3, ['true-false']);
		const answers: AnswerGiven[] = questions.map(() => ({ kind: 'truth', value: true }));
		for (const name of [
			'Amira Haddad',
			'McDonald',
			'de la Cruz',
			"O'Neil-Smith Jr.",
			'Zoë Ångström',
			'محمد',
			'Student 12'
		]) {
			const { code, back } = roundTrip(questions, answers, name);
			expect(code.startsWith('SDR2-'), name).toBe(true);
			expect(back.ok && back.result.student, name).toBe(name);
		}
	});

	it('is refused for another assignment, or for questions that are not the ones the student had', () => {
		const questions = realQuiz('bound', 10);
		const answers = questions.map((question) => randomAnswer(question, seededRandom(8)));
		const { code } = roundTrip(questions, answers);
		const elsewhere = decodeResult(code, 'otherAssignment', {
			...bindingOf(questions),
			assignmentId: 'otherAssignment'
		});
		expect(elsewhere.ok === false && elsewhere.error.kind).toBe('wrong-assignment');
		const others = realQuiz('other questions', 10);
		expect(questionsFingerprint(others)).not.toBe(questionsFingerprint(questions));
		const changed = decodeResult(code, ASSIGNMENT, bindingOf(others));
		expect(changed.ok === false && changed.error.kind).toBe('wrong-assignment');
		// Without the questions it cannot be read at all.
		expect(decodeResult(code, ASSIGNMENT).ok).toBe(false);
	});

	it('catches a mistyped character', () => {
		const questions = realQuiz('typos', 10);
		const answers = questions.map((question) => randomAnswer(question, seededRandom(9)));
		const { code } = roundTrip(questions, answers);
		const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
		let caught = 0;
		let tried = 0;
		for (let at = 5; at < code.length; at++) {
			if (code[at] === '-') continue;
			for (const other of alphabet.replace(code[at]!, '').slice(0, 6)) {
				tried++;
				const read = decodeResult(
					code.slice(0, at) + other + code.slice(at + 1),
					ASSIGNMENT,
					bindingOf(questions)
				);
				if (!read.ok) caught++;
			}
		}
		expect(caught).toBe(tried);
	});

	it('falls back to format 1 for what it cannot carry exactly, or when the questions may differ', () => {
		const questions = realQuiz('fallback', 10, ['typed']);
		const long: AnswerGiven[] = questions.map(() => ({
			kind: 'text',
			text: 'a much longer wrong answer than thirty characters'
		}));
		const result = taken(questions, long);
		expect(makeResultCode({ result, answers: long, quiz: bindingOf(questions) })).toMatch(/^SDR1-/);
		const short: AnswerGiven[] = questions.map(() => ({ kind: 'text', text: 'Ramadi' }));
		const other = taken(questions, short);
		expect(makeResultCode({ result: other, answers: short })).toMatch(/^SDR1-/);
		// A format-1 code is still read by a gradebook that knows the questions (codes handed out before).
		const old = encodeResult(other);
		expect(decodeResult(old, ASSIGNMENT, bindingOf(questions))).toEqual({ ok: true, result: other });
	});
});
