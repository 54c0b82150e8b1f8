/** The kinds of question the quiz forms offer, and the spec's seed. */
import type { QuizMode } from '$lib/domain/quiz';

/** The page's choices; "map" covers both map modes (tap the place, name the marked place). */
export const MODE_CHOICES: { value: string; label: string; modes: QuizMode[] }[] = [
	{ value: 'multiple-choice', label: 'Multiple choice', modes: ['multiple-choice'] },
	{ value: 'true-false', label: 'True or false', modes: ['true-false'] },
	{ value: 'typed', label: 'Typed answers', modes: ['typed'] },
	{ value: 'timeline', label: 'Timelines', modes: ['timeline'] },
	{ value: 'map', label: 'Map', modes: ['map', 'map-identify'] },
	{ value: 'matching', label: 'Matching', modes: ['matching'] }
];

/** The quiz modes of the ticked choices. */
export const modesOf = (values: readonly string[]): QuizMode[] =>
	MODE_CHOICES.filter((m) => values.includes(m.value)).flatMap((m) => m.modes);

/** The fixed seed of the address, or the time (a new quiz each time). */
export const quizSeed = (seed: string | undefined): string => seed ?? String(Date.now());
