/** Verbatim excerpts of at most 25 words, cut at word boundaries, with their offsets in the document. */
import type { ProposalEvidence } from './types';

export const MAX_EXCERPT_WORDS = 25;

/** Words as the content compiler counts them: runs of non-space characters. */
export function countWords(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The passage [from, to) of `text`, or — when longer than `maxWords` — the window of `maxWords` words that keeps
 * the focus [focusStart, focusEnd) in view (its beginning, if the focus itself is too long).
 */
export function excerptOf(
	file: string,
	text: string,
	from: number,
	to: number,
	focusStart = from,
	focusEnd = to,
	maxWords = MAX_EXCERPT_WORDS
): ProposalEvidence {
	const words: [number, number][] = [];
	const re = /\S+/g;
	re.lastIndex = from;
	for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
		words.push([m.index, Math.min(m.index + m[0].length, to)]);
	}
	if (words.length === 0) return { file, excerpt: '', start: from, end: from };
	let first = 0;
	let last = words.length - 1;
	if (words.length > maxWords) {
		const focusFirst = Math.max(
			0,
			words.findIndex(([, e]) => e > focusStart)
		);
		let focusLast = words.length - 1;
		for (let i = words.length - 1; i >= 0; i--) {
			if (words[i]![0] < focusEnd) {
				focusLast = i;
				break;
			}
		}
		const span = focusLast - focusFirst + 1;
		if (span >= maxWords) {
			first = focusFirst;
		} else {
			// Centre the focus: as much context before as after.
			first = Math.max(0, Math.min(focusFirst - Math.floor((maxWords - span) / 2), words.length - maxWords));
		}
		last = first + maxWords - 1;
	}
	let start = words[first]![0];
	let end = words[last]![1];
	// An excerpt reads better without a dangling opening bracket or a trailing comma.
	while (end > start && /[,;:([“‘"]/.test(text[end - 1]!)) end--;
	while (start < end && /[)\]”’]/.test(text[start]!)) start++;
	return { file, excerpt: text.slice(start, end), start, end };
}
