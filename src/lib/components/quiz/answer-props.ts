/** What every answer form of the quiz is given: one form per kind of question, picked by QuestionAnswer.svelte. */
import type { Pack } from '$lib/domain/pack';
import type { Question, QuizAnswer } from '$lib/domain/quiz';

export interface AnswerProps<Q extends Question = Question> {
	question: Q;
	/** The answer given (null: none); undefined while the question is open. */
	given: QuizAnswer | null | undefined;
	onanswer: (answer: QuizAnswer) => void;
	/** The id of the question's prompt. */
	labelledby: string;
	/** The submit button's words when there is no feedback to check against (a graded assignment). */
	submitLabel?: string;
}

/** A form with a map: the pack the quiz was made from, whose other names for a place are hidden too. */
export interface MapAnswerProps<Q extends Question = Question> extends AnswerProps<Q> {
	pack?: Pick<Pack, 'entities'> | null;
}
