/**
 * Finds names a learner could mistype into another real name (Raqqa/Rawa, Baghdad/Baghdadi, Iraq/Iran).
 * A symmetric-deletion index: two keys sharing a one-deletion variant are at most two edits apart, so a
 * lookup costs a few map reads instead of comparing against every name in the pack.
 */
import { answerKey } from '../answer';

export interface ConfusableIndex {
	/** Names (as written) whose keys are within two edits of any of these keys, excluding the keys themselves. */
	near(keys: readonly string[]): string[];
}

function variants(key: string): string[] {
	const out = [key];
	for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
	return out;
}

export function buildConfusableIndex(names: Iterable<string>, key = answerKey): ConfusableIndex {
	const steps = confusableIndexSteps(names, key);
	for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** How many names are indexed between two pauses of `confusableIndexSteps`. */
const NAMES_PER_STEP = 24;

/** Builds the index a few names at a time, pausing (yielding) in between: see `quizPoolStep` (pool.ts). */
export function* confusableIndexSteps(
	names: Iterable<string>,
	key = answerKey
): Generator<void, ConfusableIndex, void> {
	const byVariant = new Map<string, string[]>();
	const keyOf = new Map<string, string>();
	let count = 0;
	for (const name of names) {
		if (++count % NAMES_PER_STEP === 0) yield;
		const folded = key(name);
		// Digits never match loosely, and one- or two-letter keys would collide with everything.
		if (folded.length < 3 || /\d/.test(folded) || keyOf.has(name)) continue;
		keyOf.set(name, folded);
		for (const v of new Set(variants(folded))) {
			const list = byVariant.get(v);
			if (list) list.push(name);
			else byVariant.set(v, [name]);
		}
	}
	return {
		near(keys) {
			const own = new Set(keys);
			const found = new Set<string>();
			for (const key of keys) {
				for (const v of variants(key)) {
					for (const name of byVariant.get(v) ?? []) if (!own.has(keyOf.get(name)!)) found.add(name);
				}
			}
			return [...found];
		}
	};
}
