/**
 * The words for each kind of quiz question, as people read them: the same on /quiz, where a student picks
 * them, and on /assign, where a teacher does and the preview names each question's kind.
 */
import type { QuizMode } from './types';

export const QUIZ_MODE_LABELS: Readonly<Record<QuizMode, string>> = {
	'multiple-choice': 'Multiple choice',
	'true-false': 'True or false',
	typed: 'Type the answer',
	timeline: 'Put events in order',
	map: 'Find a place on the map',
	'map-identify': 'Name the marked place',
	matching: 'Match pairs'
};

/** One choice for both map kinds, where a form offers them together. */
export const MAP_MODES_LABEL = 'Places on the map';
