/**
 * The numbers ts-fsrs uses for ratings and card states, without ts-fsrs itself: the study page names ratings
 * and states from its first paint, and loads the scheduler (scheduler.ts) only once it reads the learner's data.
 */

/** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

export const AGAIN: Rating = 1;
export const HARD: Rating = 2;
export const GOOD: Rating = 3;
export const EASY: Rating = 4;
export const RATINGS: readonly Rating[] = [AGAIN, HARD, GOOD, EASY];
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
	1: 'Again',
	2: 'Hard',
	3: 'Good',
	4: 'Easy'
};

/** ts-fsrs State values. */
export const NEW = 0;
export const LEARNING = 1;
export const REVIEW = 2;
export const RELEARNING = 3;

export function isRating(value: unknown): value is Rating {
	return value === 1 || value === 2 || value === 3 || value === 4;
}
