/**
 * A student's result as the gradebook keeps it, whichever code format brought it: per question the credit (and
 * what was answered, when worth showing), the score and the times. Validated on the way in and out of storage.
 */
import * as v from 'valibot';
import { MAX_QUESTIONS } from './quiz-spec';

export interface QuizAnswer {
	/** true = right, false = missed, a number in (0, 1) = partial credit. */
	correct: boolean | number;
	/** What the student chose or typed, when worth showing the teacher. */
	given?: string;
}

export interface QuizResult {
	v: 1;
	assignmentId: string;
	student: string;
	/** Epoch ms. */
	startedAt: number;
	/** Epoch ms, not before `startedAt`. */
	finishedAt: number;
	/** One per question, in quiz order. */
	answers: QuizAnswer[];
	score: number;
	maxScore: number;
}

/** The credit an answer earns, 0..1. */
export function creditOf(answer: QuizAnswer): number {
	return typeof answer.correct === 'number' ? answer.correct : answer.correct ? 1 : 0;
}

const epochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export const QuizResultSchema = v.pipe(
	v.strictObject({
		v: v.literal(1),
		assignmentId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,32}$/)),
		student: v.pipe(
			v.string(),
			v.maxLength(80),
			v.check((name) => name.trim().length > 0, 'the student name must not be blank')
		),
		startedAt: epochMs,
		finishedAt: epochMs,
		answers: v.pipe(
			v.array(
				v.strictObject({
					correct: v.union([v.boolean(), v.pipe(v.number(), v.minValue(0), v.maxValue(1))]),
					given: v.optional(v.pipe(v.string(), v.maxLength(80)))
				})
			),
			v.minLength(1),
			v.maxLength(MAX_QUESTIONS)
		),
		score: v.pipe(v.number(), v.finite(), v.minValue(0)),
		maxScore: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100_000))
	}),
	v.check((result) => result.finishedAt >= result.startedAt, 'finished before it started'),
	v.check((result) => result.score <= result.maxScore, 'score above the maximum')
);

export function resultIssues(result: unknown): string[] {
	const parsed = v.safeParse(QuizResultSchema, result);
	return parsed.success ? [] : parsed.issues.map((issue) => issue.message);
}
