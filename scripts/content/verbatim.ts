/**
 * The verbatim rule: an excerpt must be an exact substring of its seed document after normalising ONLY
 * whitespace and quote styles (’ ‘ → ', “ ” → "). Nothing else is forgiven: no case, no ellipses, no edits.
 */

export function normaliseVerbatim(text: string): string {
	return text
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface VerbatimResult {
	found: boolean;
	/** When not found: the longest opening of the excerpt that is in the source, to show where it departs. */
	matchedPrefix?: string;
}

export function findVerbatim(excerpt: string, source: string): VerbatimResult {
	const haystack = normaliseVerbatim(source);
	const needle = normaliseVerbatim(excerpt);
	if (needle && haystack.includes(needle)) return { found: true };
	const words = needle.split(' ');
	let low = 0;
	let high = words.length;
	// Prefixes found in the source are downward closed, so a binary search finds the longest one.
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (haystack.includes(words.slice(0, mid).join(' '))) low = mid;
		else high = mid - 1;
	}
	return { found: false, matchedPrefix: words.slice(0, low).join(' ') };
}

/** One line for the error message: where the excerpt stops matching. */
export function describeMismatch(excerpt: string, result: VerbatimResult): string {
	const words = normaliseVerbatim(excerpt).split(' ');
	const prefix = result.matchedPrefix ?? '';
	if (!prefix) return 'its first word is not in the source';
	const matched = prefix.split(' ').length;
	const next = words[matched];
	return `matches up to “${prefix.split(' ').slice(-6).join(' ')}”, then departs at “${next ?? ''}”`;
}
