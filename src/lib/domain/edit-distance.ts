/**
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours).
 * With `max`, gives up early and returns `max + 1` once the distance must exceed it.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
	const m = b.length;
	// Three rolling rows: two back (for swaps), previous, current.
	let before = new Int32Array(m + 1);
	let previous = Int32Array.from({ length: m + 1 }, (_, j) => j);
	let current = new Int32Array(m + 1);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= m; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (
				i > 1 &&
				j > 1 &&
				a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
				a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
			) {
				value = Math.min(value, before[j - 2]! + 1);
			}
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		// Row minima never decrease, so the final distance is at least this row's minimum.
		if (rowMin > max) return max + 1;
		[before, previous, current] = [previous, current, before];
	}
	return previous[m]!;
}
