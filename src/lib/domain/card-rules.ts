/**
 * The rules a card a learner can answer keeps (the minimum information principle): one short answer to
 * recall, one blank per cloze, no answer inside its own prompt, one answer per prompt. The compiler refuses a
 * pack that breaks them; a test checks the built-in pack; `npm run content` prints the answer lengths.
 */
import { mentions, normaliseForMatch } from './card-text';
import type { Card, CardType } from './pack';

/** No answer to recall is longer than this. */
export const MAX_ANSWER_WORDS = 12;
/** … and nearly all are at most this long. */
export const SHORT_ANSWER_WORDS = 8;
/** The share of cards whose answer must be short. */
export const SHORT_ANSWER_SHARE = 0.95;

/** Words of an answer as a learner reads them ("Iraq — 36.34° N, 43.13° E" is 6). */
export const answerWords = (answer: string) => answer.trim().split(/\s+/).filter(Boolean).length;

const BLANK = /_{3,}/g;

/** What is wrong with one card, as phrases ("answer has 14 words (at most 12)"); empty when nothing is. */
export function cardViolations(card: Card): string[] {
	const out: string[] = [];
	const words = answerWords(card.answer);
	if (!card.prompt.trim()) out.push('empty prompt');
	if (words === 0) out.push('empty answer');
	if (words > MAX_ANSWER_WORDS) out.push(`answer has ${words} words (at most ${MAX_ANSWER_WORDS})`);
	const blanks = card.prompt.match(BLANK)?.length ?? 0;
	if (card.type === 'cloze' && blanks !== 1) out.push(`cloze has ${blanks} blanks (exactly 1)`);
	if (card.type !== 'cloze' && blanks > 0) out.push('a blank outside a cloze');
	if (/\[\[|\]\]/.test(card.prompt)) out.push('unhidden [[brackets]] in the prompt');
	const given = [card.answer, ...card.accepted].find((a) => a.trim() && mentions(card.prompt, a));
	if (given) out.push(`prompt gives the answer away ("${given}")`);
	return out;
}

/** Prompts that appear on cards with different answers: each is a question with two right answers. */
export function ambiguousPrompts(cards: readonly Card[]): string[] {
	const answers = new Map<string, Set<string>>();
	for (const card of cards) {
		const key = normaliseForMatch(card.prompt).toLowerCase();
		const set = answers.get(key) ?? new Set<string>();
		set.add(normaliseForMatch(card.answer).toLowerCase());
		answers.set(key, set);
	}
	return cards
		.filter((card) => answers.get(normaliseForMatch(card.prompt).toLowerCase())!.size > 1)
		.map((card) => card.prompt)
		.filter((prompt, i, all) => all.indexOf(prompt) === i);
}

/** Every broken rule of a pack's cards, one line each ("mosul:place-significance: answer has 14 words …"). */
export function cardRuleViolations(cards: readonly Card[]): string[] {
	const out = cards.flatMap((card) => cardViolations(card).map((v) => `${card.id}: ${v}`));
	for (const prompt of ambiguousPrompts(cards)) out.push(`"${prompt}": one prompt with different answers`);
	const ids = new Set<string>();
	for (const card of cards) {
		if (ids.has(card.id)) out.push(`${card.id}: duplicate card id`);
		ids.add(card.id);
	}
	return out;
}

export interface AnswerLengths {
	cards: number;
	median: number;
	max: number;
	/** Cards whose answer is at most SHORT_ANSWER_WORDS words. */
	short: number;
	/** Cards over MAX_ANSWER_WORDS words. */
	tooLong: number;
}

function lengths(words: number[]): AnswerLengths {
	const sorted = [...words].sort((a, b) => a - b);
	return {
		cards: sorted.length,
		median: sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0,
		max: sorted.at(-1) ?? 0,
		short: sorted.filter((n) => n <= SHORT_ANSWER_WORDS).length,
		tooLong: sorted.filter((n) => n > MAX_ANSWER_WORDS).length
	};
}

/** Answer lengths per card type (in order of first appearance) and over all cards. */
export function answerLengths(cards: readonly Card[]): {
	byType: [CardType, AnswerLengths][];
	all: AnswerLengths;
} {
	const byType = new Map<CardType, number[]>();
	for (const card of cards)
		byType.set(card.type, [...(byType.get(card.type) ?? []), answerWords(card.answer)]);
	return {
		byType: [...byType].map(([type, words]) => [type, lengths(words)]),
		all: lengths(cards.map((c) => answerWords(c.answer)))
	};
}
