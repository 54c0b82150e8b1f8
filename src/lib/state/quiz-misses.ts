/** Which cards a finished quiz puts on the missed list. */
import type { AttemptMiss } from '$lib/db/quiz-attempts';
import { answerKey } from '$lib/domain/answer';
import { withoutFinalStop } from '$lib/domain/card-text';
import {
	describeAnswer,
	describeItemAnswer,
	scoreAnswer,
	type Question,
	type QuizAnswer
} from '$lib/domain/quiz';

export { describeAnswer };

/**
 * What the learner answered, as the Missed list shows it under the card's own prompt: one item's part of a
 * timeline or matching answer, and a true/false answer with the statement it judged (“Mosul lies on the
 * Euphrates” is true), since the card's prompt is not that statement and "True" alone answers nothing there.
 */
export function describeMissedAnswer(
	question: Question,
	answer: QuizAnswer | null | undefined,
	itemId?: string
): string {
	if (question.mode === 'true-false' && answer?.kind === 'truth')
		return `“${withoutFinalStop(question.statement)}” is ${answer.value ? 'true' : 'false'}`;
	return itemId ? describeItemAnswer(question, answer, itemId) : describeAnswer(question, answer);
}

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

/** A card to review after a wrong answer and, for a timeline or matching item, the item it is the fact card of. */
interface ToReview {
	cardId: string;
	itemId?: string;
}

/**
 * The cards to review after a wrong answer: the question's card, or for a timeline or matching question the
 * fact card of each item placed wrong. A filler item's card is not scored by the question (this quiz asks it
 * elsewhere), yet misplacing it still means its fact is not known: it goes on the list too. Never empty, so
 * every wrong answer leaves something on the missed list.
 */
function toReview(question: Question, answer: QuizAnswer | null): ToReview[] {
	const wrong = wrongEntities(question, answer);
	if (wrong === 'all' || (question.mode !== 'timeline' && question.mode !== 'matching'))
		return [{ cardId: question.cardId }];
	const itemCards = question.itemCards ?? {};
	const seen = new Set<string>();
	const items: ToReview[] = [];
	for (const itemId of question.entityIds) {
		const cardId = itemCards[itemId];
		if (!wrong.has(itemId) || cardId === undefined || seen.has(cardId)) continue;
		seen.add(cardId);
		items.push({ cardId, itemId });
	}
	return items.length > 0 ? items : [{ cardId: question.cardId }];
}

/** The ids of the cards to review after a wrong answer (see `toReview`). */
export function cardsToReview(question: Question, answer: QuizAnswer | null): string[] {
	return toReview(question, answer).map((r) => r.cardId);
}

/**
 * The cards to record as missed for the answered questions that were wrong, each with what the learner said:
 * for a timeline or matching item, only that item's part of the answer (its pair, its place), since that is
 * what the card got wrong.
 */
export function quizMisses(
	questions: readonly Question[],
	answers: readonly (QuizAnswer | null)[]
): AttemptMiss[] {
	const misses: AttemptMiss[] = [];
	answers.forEach((answer, i) => {
		const question = questions[i];
		if (!question || scoreAnswer(question, answer).correct) return;
		for (const { cardId, itemId } of toReview(question, answer)) {
			const given = answer ? describeMissedAnswer(question, answer, itemId) : undefined;
			misses.push(given ? { cardId, given } : { cardId });
		}
	});
	return misses;
}
