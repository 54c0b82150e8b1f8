/** Which cards a finished quiz puts on the missed list. */
import type { AttemptMiss } from '$lib/db/quiz-attempts';
import { answerKey } from '$lib/domain/answer';
import { describeAnswer, scoreAnswer, type Question, type QuizAnswer } from '$lib/domain/quiz';

export { describeAnswer };

/**
 * Items of a timeline outside one longest run already in the right relative order: the fewest the learner
 * would have to move, so the ones to learn again.
 */
export function misplacedItems(order: readonly string[], correct: readonly string[]): Set<string> {
	const rank = new Map(correct.map((id, i) => [id, i]));
	const ids = order.filter((id) => rank.has(id));
	const best: number[] = ids.map(() => 1);
	const prev: number[] = ids.map(() => -1);
	for (let i = 0; i < ids.length; i++) {
		for (let j = 0; j < i; j++) {
			if (rank.get(ids[j]!)! < rank.get(ids[i]!)! && best[j]! + 1 > best[i]!) {
				best[i] = best[j]! + 1;
				prev[i] = j;
			}
		}
	}
	const kept = new Set<string>();
	for (let i = best.indexOf(Math.max(0, ...best)); i >= 0; i = prev[i]!) kept.add(ids[i]!);
	return new Set(correct.filter((id) => !kept.has(id)));
}

/** Entities a wrong answer got wrong: every one for single-card modes, only the wrong items otherwise. */
function wrongEntities(question: Question, answer: QuizAnswer | null): Set<string> | 'all' {
	if (question.mode === 'timeline') {
		return misplacedItems(answer?.kind === 'order' ? answer.ids : [], question.correctOrder);
	}
	if (question.mode === 'matching') {
		const pairs = answer?.kind === 'pairs' ? answer.pairs : {};
		const wrong = question.left.filter(
			(l) => answerKey(pairs[l.id] ?? '') !== answerKey(question.solution[l.id]!)
		);
		return new Set(wrong.map((l) => l.id));
	}
	return 'all';
}

/**
 * The cards to review after a wrong answer: the question's card, or for a timeline or matching question the
 * fact card of each item placed wrong. A filler item's card is not scored by the question (this quiz asks it
 * elsewhere), yet misplacing it still means its fact is not known: it goes on the list too. Never empty, so
 * every wrong answer leaves something on the missed list.
 */
export function cardsToReview(question: Question, answer: QuizAnswer | null): string[] {
	const wrong = wrongEntities(question, answer);
	if (wrong === 'all' || (question.mode !== 'timeline' && question.mode !== 'matching'))
		return [question.cardId];
	const itemCards = question.itemCards ?? {};
	const cards = [
		...new Set(question.entityIds.filter((id) => wrong.has(id)).flatMap((id) => itemCards[id] ?? []))
	];
	return cards.length > 0 ? cards : [question.cardId];
}

/** The cards to record as missed for the answered questions that were wrong. */
export function quizMisses(
	questions: readonly Question[],
	answers: readonly (QuizAnswer | null)[]
): AttemptMiss[] {
	const misses: AttemptMiss[] = [];
	answers.forEach((answer, i) => {
		const question = questions[i];
		if (!question || scoreAnswer(question, answer).correct) return;
		const given = answer ? describeAnswer(question, answer) : undefined;
		for (const cardId of cardsToReview(question, answer)) misses.push(given ? { cardId, given } : { cardId });
	});
	return misses;
}
