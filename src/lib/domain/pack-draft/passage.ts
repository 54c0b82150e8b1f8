/** The passage around an excerpt, for showing it highlighted in its source: cut at word boundaries. */
export interface Passage {
	before: string;
	excerpt: string;
	after: string;
}

export function passageAround(text: string, start: number, end: number, around = 280): Passage {
	let from = Math.max(0, start - around);
	let to = Math.min(text.length, end + around);
	if (from > 0) from = text.indexOf(' ', from) + 1 || from;
	if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
	return {
		before: `${from > 0 ? '… ' : ''}${text.slice(from, start)}`,
		excerpt: text.slice(start, end),
		after: `${text.slice(end, to)}${to < text.length ? ' …' : ''}`
	};
}
