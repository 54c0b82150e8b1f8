/**
 * Seeded randomness. The same seed yields the same sequence on every device and engine: only 32-bit integer
 * maths (Math.imul, >>> 0) and one exact division by 2^32 are used.
 */

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** One item; throws on an empty list (callers check first). */
	pick<T>(items: readonly T[]): T;
	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
	/** Up to `n` distinct items in random order (partial Fisher–Yates on a copy). */
	sample<T>(items: readonly T[], n: number): T[];
	/** An independent stream derived from this generator's seed and a label, whatever was drawn so far. */
	fork(label: string): Random;
}

/** A 32-bit hash of a seed (xmur3-style mixing). Numbers hash as their decimal text: 42 and '42' agree. */
export function hashSeed(seed: string | number): number {
	const text = String(seed);
	let h = 1779033703 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	h = Math.imul(h ^ (h >>> 16), 2246822507);
	h = Math.imul(h ^ (h >>> 13), 3266489909);
	return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: a small, fast generator with a full 2^32 period, plenty for quizzes. */
function mulberry32(state: number): () => number {
	let a = state | 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function createRandom(seed: string | number): Random {
	const next = mulberry32(hashSeed(seed));
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const sample = <T>(items: readonly T[], n: number): T[] => {
		const take = Math.max(0, Math.min(n, items.length));
		if (take * 4 < items.length) {
			// The same partial Fisher–Yates on a sparse map of moved positions: no copy of a long list.
			const moved = new Map<number, number>();
			const out: T[] = [];
			for (let i = 0; i < take; i++) {
				const j = int(i, items.length - 1);
				out.push(items[moved.get(j) ?? j]!);
				moved.set(j, moved.get(i) ?? i);
			}
			return out;
		}
		const copy = items.slice();
		for (let i = 0; i < take; i++) {
			const j = int(i, copy.length - 1);
			[copy[i], copy[j]] = [copy[j]!, copy[i]!];
		}
		copy.length = take;
		return copy;
	};
	return {
		next,
		int,
		pick(items) {
			if (items.length === 0) throw new RangeError('pick() from an empty list');
			return items[int(0, items.length - 1)]!;
		},
		shuffle: (items) => sample(items, items.length),
		sample,
		fork: (label) => createRandom(`${String(seed)}/${label}`)
	};
}
