/** Quiz shapes shared by the generator, the scorer and the /quiz page. */
import type { EntityKind, Evidence } from '../pack';

export type QuizMode =
	'multiple-choice' | 'true-false' | 'typed' | 'timeline' | 'map' | 'map-identify' | 'matching';

export const QUIZ_MODES: readonly QuizMode[] = [
	'multiple-choice',
	'true-false',
	'typed',
	'timeline',
	'map',
	'map-identify',
	'matching'
];

/** Which cards a quiz draws on; every given filter must hold (an empty or missing filter allows all). */
export interface QuizSelection {
	kinds?: EntityKind[];
	sources?: string[];
	cardIds?: string[];
	/**
	 * Library pack ids the quiz is made from: its cards and its wrong answers both come from these packs only, so
	 * a seed gives the same quiz wherever the same versions are installed. Missing: the built-in pack (quizzes
	 * and links made before the library).
	 */
	packs?: string[];
}

export interface QuizSpec {
	selection: QuizSelection;
	count: number;
	modes: QuizMode[];
	seed: string;
	/** For the page's timer; the generator does not use it. */
	timeLimitSec?: number;
}

export interface LatLon {
	lat: number;
	lon: number;
}

interface QuestionBase {
	/** `${index}`: stable within one quiz. */
	id: string;
	mode: QuizMode;
	prompt: string;
	/** The card this question tests: a miss feeds it to the missed list. */
	cardId: string;
	/** Every card the question tests (cardId first): timeline and matching test several. */
	cardIds: string[];
	entityIds: string[];
	/** The right answer as text, shown after answering. */
	answerText: string;
	/** One line on why that is the answer. */
	explanation: string;
	evidence: Evidence[];
}

/** Multiple choice, and "which place is marked?" (with the marker). */
export interface ChoiceQuestion extends QuestionBase {
	mode: 'multiple-choice' | 'map-identify';
	options: string[];
	correctIndex: number;
	marker?: LatLon;
}

export interface TrueFalseQuestion extends QuestionBase {
	mode: 'true-false';
	statement: string;
	truth: boolean;
}

export interface TypedQuestion extends QuestionBase {
	mode: 'typed';
	/** Every accepted spelling, canonical first. */
	accepted: string[];
	/** Near-identical other names: a typo closer to one of these is wrong. */
	competitors: string[];
}

/**
 * Each item's own fact card (entity id → card id), credited or not: a misplaced filler, whose card this quiz
 * asks elsewhere, still has a card to review.
 */
interface ItemCards {
	/** Always made by the generator; optional for questions built by hand (export formats, tests). */
	itemCards?: Record<string, string>;
}

export interface TimelineQuestion extends QuestionBase, ItemCards {
	mode: 'timeline';
	/** In the order shown (shuffled, never already sorted). */
	items: { id: string; label: string }[];
	/** Item ids, earliest first. */
	correctOrder: string[];
	/** Each item's date as text, to reveal after answering. */
	dates: Record<string, string>;
}

export interface MapQuestion extends QuestionBase {
	mode: 'map';
	placeName: string;
	placeType: string;
	country: string;
	target: LatLon;
	thresholdKm: number;
}

export interface MatchingQuestion extends QuestionBase, ItemCards {
	mode: 'matching';
	left: { id: string; label: string }[];
	/** Distinct labels to match against, shuffled. */
	right: string[];
	/** Left id → its right label. */
	solution: Record<string, string>;
}

export type Question =
	ChoiceQuestion | TrueFalseQuestion | TypedQuestion | TimelineQuestion | MapQuestion | MatchingQuestion;

/** What the learner gave; `null` when the time ran out or the question was skipped. */
export type QuizAnswer =
	| { kind: 'choice'; index: number }
	| { kind: 'truth'; value: boolean }
	| { kind: 'text'; text: string }
	| { kind: 'order'; ids: string[] }
	| { kind: 'point'; lat: number; lon: number }
	| { kind: 'pairs'; pairs: Record<string, string> };

export interface QuestionScore {
	correct: boolean;
	/** 0..1: partial credit for timeline, map and matching. */
	score: number;
	correctAnswer: string;
	detail?: string;
}
