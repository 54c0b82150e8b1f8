/**
 * Questions for the quiz-bank formats (Moodle GIFT and XML, Kahoot), drawn by the seeded quiz engine from a
 * pack or a selection of its cards, and the feedback each carries: why that is the answer, then its sources.
 */
import type { Pack, Source } from '../pack';
import { generateQuiz, MAX_QUESTIONS, type Question, type QuizMode } from '../quiz';
import { sourceTitleOf } from './evidence';

/** The quiz modes a question bank can hold: timeline and map questions have no equivalent there. */
export const BANK_MODES: readonly QuizMode[] = ['multiple-choice', 'true-false', 'typed', 'matching'];

export interface BankOptions {
	/** Cards to draw on; all of the pack's when omitted. */
	cardIds?: readonly string[];
	/** The same seed gives the same questions. */
	seed: string;
	/** At most this many (and never more than the quiz engine's limit); as many as the cards allow by default. */
	count?: number;
	modes?: readonly QuizMode[];
}

/** Questions from the quiz engine, limited to the modes a bank can hold. */
export function bankQuestions(pack: Pack, options: BankOptions): Question[] {
	const available = options.cardIds?.length ?? pack.cards.length;
	const modes = (options.modes ?? BANK_MODES).filter((mode) => BANK_MODES.includes(mode));
	return generateQuiz(pack, {
		selection: options.cardIds ? { cardIds: [...options.cardIds] } : {},
		count: Math.min(MAX_QUESTIONS, options.count ?? available),
		modes: modes.length ? modes : [...BANK_MODES],
		seed: options.seed
	});
}

/**
 * Said when a bank drawn from the cards (not a quiz set's own questions) could not take them all: the quiz engine
 * makes at most MAX_QUESTIONS questions, one card each.
 */
export function bankLimitNotes(pack: Pack, cardIds: readonly string[] | undefined): string[] {
	const available = cardIds?.length ?? pack.cards.length;
	if (available <= MAX_QUESTIONS) return [];
	return [
		`A question bank holds at most ${MAX_QUESTIONS} questions, one card each: this file asks about ${MAX_QUESTIONS} of the ${available.toLocaleString('en')} cards.`
	];
}

/** The question's own words: a true/false question asks about its statement. */
export function questionText(question: Question): string {
	return question.mode === 'true-false' ? question.statement : question.prompt;
}

/**
 * Feedback shown after answering, in plain text: the explanation, then "Source: <title>" and each excerpt in
 * quotation marks. A question without evidence says so rather than leaving the source out silently.
 */
export function questionFeedback(question: Question, sources: ReadonlyMap<string, Source>): string {
	const titles = [...new Set(question.evidence.map((e) => sourceTitleOf(sources, e.source)))];
	const lines = [question.explanation.trim()].filter(Boolean);
	if (titles.length === 0) lines.push('Source: no source given.');
	else lines.push(`${titles.length > 1 ? 'Sources' : 'Source'}: ${titles.join('; ')}`);
	for (const e of question.evidence) {
		const quoted = `“${e.excerpt.trim()}”`;
		lines.push(titles.length > 1 ? `${quoted} — ${sourceTitleOf(sources, e.source)}` : quoted);
	}
	return lines.join('\n');
}
