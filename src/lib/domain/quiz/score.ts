/** One scorer for every mode: right or wrong, a 0..1 score, the right answer and a short detail. */
import { matchAnswer } from '../answer';
import { scoreMapAnswer } from './geo';
import { scoreMatching } from './matching';
import { scoreTimeline, timelinePairs } from './timeline';
import type { Question, QuestionScore, QuizAnswer } from './types';

function verdict(correct: boolean, correctAnswer: string, detail?: string): QuestionScore {
	return { correct, score: correct ? 1 : 0, correctAnswer, ...(detail ? { detail } : {}) };
}

/** `answer` is null when time ran out or the question was skipped; an answer of the wrong kind scores 0. */
export function scoreAnswer(question: Question, answer: QuizAnswer | null): QuestionScore {
	switch (question.mode) {
		case 'multiple-choice':
		case 'map-identify':
			return verdict(
				answer?.kind === 'choice' && answer.index === question.correctIndex,
				question.options[question.correctIndex] ?? question.answerText
			);
		case 'true-false':
			return verdict(
				answer?.kind === 'truth' && answer.value === question.truth,
				question.truth ? 'True' : 'False',
				question.truth ? undefined : question.answerText
			);
		case 'typed': {
			if (answer?.kind !== 'text') return verdict(false, question.answerText);
			const match = matchAnswer(answer.text, question.accepted, { competitors: question.competitors });
			const typo = match.correct && !match.exact ? `Nearly: it is spelled “${match.canonical}”.` : undefined;
			return verdict(match.correct, question.answerText, typo);
		}
		case 'timeline': {
			const order = answer?.kind === 'order' ? answer.ids : [];
			const score = scoreTimeline(order, question.correctOrder);
			const { right, total } = timelinePairs(order, question.correctOrder);
			return {
				correct: score === 1,
				score,
				correctAnswer: question.answerText,
				detail: `${right} of ${total} pairs in order.`
			};
		}
		case 'map': {
			if (answer?.kind !== 'point') return verdict(false, question.placeName);
			const result = scoreMapAnswer(answer, question.target, question.thresholdKm);
			const detail = `${Math.round(result.distanceKm)} km from ${question.placeName}.`;
			return { correct: result.correct, score: result.score, correctAnswer: question.placeName, detail };
		}
		case 'matching': {
			const score = answer?.kind === 'pairs' ? scoreMatching(answer.pairs, question.solution) : 0;
			const total = question.left.length;
			const detail = `${Math.round(score * total)} of ${total} pairs right.`;
			return { correct: score === 1, score, correctAnswer: question.answerText, detail };
		}
	}
}
