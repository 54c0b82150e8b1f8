/** The result a student hands back, made from their finished run of an assignment's quiz. */
import type { QuizAnswer as ResultAnswer, QuizResult } from '$lib/domain/share/result-codec';
// Through QuizRun's module, which every importer of this one loads: imported from the quiz domain itself, Rollup
// regrouped the chunks and the first page preloaded 8.6 KB more (64.4 KB against 55.8).
import { describeAnswer, type QuizRun } from '$lib/state/quiz-run.svelte';

/** The longest name a result carries. */
export const MAX_NAME = 80;
/** What a student answered rides in a format-1 code for missed questions only, cut to this (keeps codes short). */
const MAX_GIVEN = 60;

/** What a result is made from: a run of the quiz, finished. */
export type FinishedRun = Pick<QuizRun, 'attempt' | 'questions' | 'results' | 'answers' | 'score'>;

/** The result to hand back, from a finished run. Unanswered questions count as missed. */
export function resultOf(run: FinishedRun, assignmentId: string, student: string): QuizResult | null {
	const attempt = run.attempt;
	if (!attempt || attempt.finishedAt === undefined || run.questions.length === 0) return null;
	const answers = run.questions.map((question, index): ResultAnswer => {
		const credit = Math.min(1, Math.max(0, run.results[index]?.score ?? 0));
		const correct = credit >= 1 ? true : credit <= 0 ? false : credit;
		const given = run.answers[index];
		if (credit >= 1 || !given) return { correct };
		return { correct, given: describeAnswer(question, given).slice(0, MAX_GIVEN) };
	});
	const maxScore = run.questions.length;
	return {
		v: 1,
		assignmentId,
		student: student.trim().slice(0, MAX_NAME),
		startedAt: attempt.startedAt,
		finishedAt: Math.max(attempt.startedAt, attempt.finishedAt),
		answers,
		score: Math.min(maxScore, Math.max(0, attempt.score ?? run.score)),
		maxScore
	};
}
