/**
 * Checking what a learner typed for a card: every accepted spelling counts, typos are forgiven unless the
 * typed text is closer to the answer of another card of the same type (its "competitors"). One place for the
 * study session and the missed-cards drill. Pure.
 */
import { matchAnswer, type AnswerMatch } from './answer';
import type { Card } from './pack';

/** At most this many other answers are compared against a typed answer. */
export const MAX_COMPETITORS = 2000;

/** The answers of other cards of the card's type, without the card's own spellings. */
export function competitorsFor(card: Pick<Card, 'accepted'>, answersOfType: readonly string[]): string[] {
	const own = new Set(card.accepted.map((a) => a.toLowerCase()));
	const competitors: string[] = [];
	for (const answer of answersOfType) {
		if (competitors.length === MAX_COMPETITORS) break;
		if (!own.has(answer.toLowerCase())) competitors.push(answer);
	}
	return competitors;
}

/** Whether a typed answer is right for the card, given the other answers of its type. */
export function checkTypedAnswer(
	card: Pick<Card, 'accepted' | 'answer'>,
	typed: string,
	answersOfType: readonly string[]
): AnswerMatch {
	const accepted = card.accepted.length > 0 ? card.accepted : [card.answer];
	return matchAnswer(typed, accepted, { competitors: competitorsFor(card, answersOfType) });
}

/** Distinct answers of a set of cards, in order. */
export function distinctAnswers(cards: Iterable<Pick<Card, 'answer'>>): string[] {
	return [...new Set(Array.from(cards, (card) => card.answer))];
}
