import { bench, describe } from 'vitest';
import { describeAnswer, scoreAnswer, type Question, type QuizAnswer as AnswerGiven } from '../quiz';
import { decodeAssignment, encodeAssignment } from './assignment-codec';
import { buildGradebook, toCsv } from './gradebook';
import type { QuizResult } from './quiz-result';
import {
	decodeResult,
	encodeResult,
	makeResultCode,
	splitResultCodes,
	type ResultV2Binding
} from './result-codec';
import {
	pickedAssignment,
	randomAnswer,
	realQuiz,
	sampleResult,
	seededRandom,
	topicAssignment
} from './test-fixtures';

const topic = topicAssignment();
const picked = pickedAssignment();
const topicLink = `https://sourcedeck.example.org/assign/take#${encodeAssignment(topic)}`;
const pickedLink = encodeAssignment(picked);

const result = sampleResult();
const code = encodeResult(result);
const classResults = Array.from({ length: 30 }, (_, i) =>
	sampleResult({ student: `Student ${i + 1}`, finishedAt: result.finishedAt + i * 1000 })
);
const classBlob = classResults.map((r) => `From ${r.student}: ${encodeResult(r)}`).join('\n');

describe('assignment links', () => {
	bench('encode, topic selection', () => {
		encodeAssignment(topic);
	});
	bench('encode, 30 hand-picked cards', () => {
		encodeAssignment(picked);
	});
	bench('decode a full URL, topic selection', () => {
		decodeAssignment(topicLink);
	});
	bench('decode, 30 hand-picked cards', () => {
		decodeAssignment(pickedLink);
	});
});

/** A class of 30 taking a quiz of `count` questions on the real pack: each student's format-2 and format-1 code. */
function classCodes(count: number) {
	const questions = realQuiz(`bench-${count}`, count);
	const quiz: ResultV2Binding = { assignmentId: topic.id, createdAt: topic.createdAt, questions };
	const random = seededRandom(count);
	return Array.from({ length: 30 }, (_, i) => {
		// Wrong typed answers as students type them: another name.
		const answers = questions.map((question) => {
			const answer = randomAnswer(question, random);
			if (answer?.kind !== 'text' || scoreAnswer(question, answer).correct) return answer;
			return { ...answer, text: WRONG_NAMES[Math.floor(random() * WRONG_NAMES.length)]! };
		});
		const result = resultOf(questions, answers, `Student ${String.fromCharCode(65 + i)}. Haddad`);
		const v2 = makeResultCode({ result, answers, quiz });
		if (!v2.startsWith('SDR2-')) throw new Error('a bench code fell back to format 1');
		return { questions, quiz, result, answers, v2, v1: encodeResult(result) };
	});
}

const WRONG_NAMES = ['Ramadi', 'Mosul', 'Tikrit', 'Deir ez Zor', 'Falluja', 'Kirkuk', 'Abu Bakr'];

/** The result as the take page makes it (format 1 carries what was answered on questions not fully right). */
function resultOf(questions: Question[], answers: (AnswerGiven | null)[], student: string): QuizResult {
	const credits = questions.map((question, i) => scoreAnswer(question, answers[i] ?? null).score);
	const given = (i: number) =>
		credits[i]! < 1 && answers[i] ? { given: describeAnswer(questions[i]!, answers[i]).slice(0, 60) } : {};
	return {
		v: 1,
		assignmentId: topic.id,
		student,
		startedAt: topic.createdAt + 86_400_000,
		finishedAt: topic.createdAt + 86_400_000 + 17 * 60_000 + 42_000,
		answers: credits.map((credit, i) => ({
			correct: credit >= 1 ? true : credit <= 0 ? false : credit,
			...given(i)
		})),
		score: credits.reduce((sum, credit) => sum + credit, 0),
		maxScore: questions.length
	};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const classes = new Map([10, 30, 50].map((count) => [count, classCodes(count)]));
const chars = (code: string) => code.length;
console.log(
	'[codec bench] result code length in characters, hyphens included (a class of 30, every kind of question):'
);
for (const [count, codes] of classes) {
	const v2 = codes.map((c) => chars(c.v2));
	const v1 = codes.map((c) => chars(c.v1));
	console.log(
		`[codec bench] ${String(count).padStart(2)} questions: format 2 median ${median(v2)}, longest ${Math.max(...v2)}` +
			` · format 1 median ${median(v1)}, longest ${Math.max(...v1)}`
	);
}
const thirty = classes.get(30)!;

describe('result codes, format 2', () => {
	bench('make (encode and check by reading back), 30 answers', () => {
		const { result, answers, quiz } = thirty[0]!;
		makeResultCode({ result, answers, quiz });
	});
	bench('decode and score, 30 answers', () => {
		const { v2, quiz } = thirty[0]!;
		decodeResult(v2, topic.id, quiz);
	});
	bench('split and decode a class of 30 pasted at once', () => {
		const blob = thirty.map((c) => `From ${c.result.student}: ${c.v2}`).join('\n');
		for (const found of splitResultCodes(blob)) decodeResult(found, topic.id, thirty[0]!.quiz);
	});
});

describe('result codes, format 1', () => {
	bench('encode, 30 answers', () => {
		encodeResult(result);
	});
	bench('decode, 30 answers', () => {
		decodeResult(code, result.assignmentId);
	});
	bench('split and decode a class of 30 pasted at once', () => {
		for (const found of splitResultCodes(classBlob)) decodeResult(found, result.assignmentId);
	});
});

describe('gradebook', () => {
	bench('build and export CSV for a class of 30', () => {
		toCsv(buildGradebook(topic, classResults));
	});
});
