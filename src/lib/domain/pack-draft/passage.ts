/** The passage around an excerpt, for showing it highlighted in its source: cut at word boundaries. */
export interface Passage {
	before: string;
	excerpt: string;
	after: string;
}

/**
 * Pasted and opened documents often hold runs of empty lines (a web page's layout, a title set apart): shown as they
 * are, they left a screen of blank space in the middle of a passage. One empty line keeps the paragraph apart.
 */
const blankLines = (part: string) => part.replace(/\n[^\S\n]*(?:\n[^\S\n]*)+/g, '\n\n');

export function passageAround(text: string, start: number, end: number, around = 280): Passage {
	let from = Math.max(0, start - around);
	let to = Math.min(text.length, end + around);
	if (from > 0) from = text.indexOf(' ', from) + 1 || from;
	if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
	return {
		before: `${from > 0 ? '… ' : ''}${blankLines(text.slice(from, start))}`,
		excerpt: blankLines(text.slice(start, end)),
		after: `${blankLines(text.slice(end, to))}${to < text.length ? ' …' : ''}`
	};
}
