/** The kinds of question the quiz forms offer, and the spec's seed. */
import type { QuizMode } from '$lib/domain/quiz';
import { MAP_MODES_LABEL, QUIZ_MODE_LABELS } from '$lib/domain/quiz/mode-labels';

/** The page's choices; "map" covers both map modes (tap the place, name the marked place). */
export const MODE_CHOICES: { value: string; label: string; modes: QuizMode[] }[] = [
	{ value: 'multiple-choice', label: QUIZ_MODE_LABELS['multiple-choice'], modes: ['multiple-choice'] },
	{ value: 'true-false', label: QUIZ_MODE_LABELS['true-false'], modes: ['true-false'] },
	{ value: 'typed', label: QUIZ_MODE_LABELS.typed, modes: ['typed'] },
	{ value: 'timeline', label: QUIZ_MODE_LABELS.timeline, modes: ['timeline'] },
	{ value: 'map', label: MAP_MODES_LABEL, modes: ['map', 'map-identify'] },
	{ value: 'matching', label: QUIZ_MODE_LABELS.matching, modes: ['matching'] }
];

/** The quiz modes of the ticked choices. */
export const modesOf = (values: readonly string[]): QuizMode[] =>
	MODE_CHOICES.filter((m) => values.includes(m.value)).flatMap((m) => m.modes);

/** The fixed seed of the address, or the time (a new quiz each time). */
export const quizSeed = (seed: string | undefined): string => seed ?? String(Date.now());
