/** Drawing distinct wrong answers from tiers of candidates, nearest tier first. */
import type { Random } from '../random';

/** Small tiers are scanned whole in random order; big ones are probed, which keeps a question O(1). */
const SCAN_LIMIT = 48;
const PROBES = 64;

export interface PickRules<T> {
	label: (item: T) => string;
	accept?: (item: T) => boolean;
}

/**
 * Up to `need` items whose labels differ (after folding) from each other and from every key in `taken`.
 * `taken` is extended with the labels picked.
 */
export function pickDistinct<T>(
	rng: Random,
	key: (text: string) => string,
	tiers: readonly (readonly T[] | undefined)[],
	need: number,
	taken: Set<string>,
	rules: PickRules<T>
): T[] {
	const out: T[] = [];
	const consider = (item: T) => {
		const folded = key(rules.label(item));
		if (!folded || taken.has(folded) || (rules.accept && !rules.accept(item))) return;
		taken.add(folded);
		out.push(item);
	};
	for (const tier of tiers) {
		if (!tier?.length) continue;
		if (tier.length <= SCAN_LIMIT) {
			for (const item of rng.shuffle(tier)) if (out.length < need) consider(item);
		} else {
			for (let i = 0; i < PROBES && out.length < need; i++) consider(tier[rng.int(0, tier.length - 1)]!);
		}
		if (out.length >= need) break;
	}
	return out;
}

/**
 * Within 1.7× of the answer's length either way, so no two options differ by 3× or more: the longest or
 * shortest option must not give the answer away.
 */
export function plausibleLength(label: string, answer: string): boolean {
	const ratio = label.length / Math.max(1, answer.length);
	return ratio <= 1.7 && ratio >= 1 / 1.7;
}
