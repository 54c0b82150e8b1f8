/**
 * Validation of the quiz recipe an assignment carries: the quiz is regenerated from it, so links hold a seed
 * and a selection, never the questions. The types are the quiz engine's own.
 */

import * as v from 'valibot';
import { ENTITY_KINDS } from '../pack';
import { QUIZ_MODES, type QuizMode, type QuizSpec } from '../quiz/types';

export type { QuizMode, QuizSpec };

export const MAX_QUESTIONS = 200;
export const MAX_PICKED_CARDS = 200;
export const MAX_TIME_LIMIT_SEC = 24 * 60 * 60;

/** More packs than a quiz or an assignment can sensibly draw on. */
export const MAX_PACKS = 20;

const shortToken = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
/** A library pack id: kebab-case, so it never holds the `/` that qualifies ids. */
export const packId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'pack id must be kebab-case'),
	v.maxLength(80)
);

/** True for modes this version of the app can run (a newer app may have more). */
export function isKnownMode(mode: string): mode is QuizMode {
	return (QUIZ_MODES as readonly string[]).includes(mode);
}

export const QuizSpecSchema = v.strictObject({
	selection: v.strictObject({
		kinds: v.optional(v.pipe(v.array(v.picklist(ENTITY_KINDS)), v.maxLength(ENTITY_KINDS.length))),
		sources: v.optional(v.pipe(v.array(shortToken(64)), v.maxLength(50))),
		cardIds: v.optional(v.pipe(v.array(shortToken(120)), v.maxLength(MAX_PICKED_CARDS))),
		packs: v.optional(v.pipe(v.array(packId), v.minLength(1), v.maxLength(MAX_PACKS)))
	}),
	count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_QUESTIONS)),
	modes: v.pipe(v.array(v.picklist(QUIZ_MODES)), v.minLength(1), v.maxLength(QUIZ_MODES.length)),
	seed: shortToken(64),
	timeLimitSec: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TIME_LIMIT_SEC)))
});
