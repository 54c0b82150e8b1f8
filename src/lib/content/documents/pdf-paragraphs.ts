/**
 * A PDF's text layer gives lines as they were laid out on the page, not paragraphs: a sentence that wraps is
 * cut in two, and a passage quoted from it would stop mid-sentence. The lines are joined back into paragraphs
 * the way a reader sees them: a line ends its paragraph when the next line's first word would have fitted on it
 * (the break was made on purpose), when the next line is further down than the usual line spacing, or when the
 * type size changes (a heading). A word broken at a hyphen ("Iranian-" / "backed") is joined without a space.
 */

/** What this needs of a pdf.js text item (marked-content items have no `str` and are skipped). */
export interface PdfTextItem {
	str?: string;
	hasEOL?: boolean;
	/** [a, b, c, d, x, y]: the baseline's start on the page, y upwards. */
	transform?: number[];
	width?: number;
	height?: number;
}

/** One line of a page, with where it lies. */
export interface PdfLine {
	text: string;
	left: number;
	right: number;
	/** The baseline, upwards from the page's foot. */
	y: number;
	/** The type size. */
	size: number;
	/** The width of its first word. */
	firstWord: number;
}

/** The page's items as lines: an item with `hasEOL` ends one; items on a line are spaced by the gap between them. */
export function pageLines(items: readonly PdfTextItem[]): PdfLine[] {
	const lines: PdfLine[] = [];
	let line: PdfLine | null = null;
	for (const item of items) {
		if (typeof item.str !== 'string') continue;
		const [x, y] = [item.transform?.[4] ?? 0, item.transform?.[5] ?? 0];
		const width = item.width ?? 0;
		const size = item.height || Math.abs(item.transform?.[3] ?? 0);
		if (item.str.trim()) {
			if (!line) {
				const word = /^\S+/.exec(item.str.trimStart())?.[0] ?? '';
				line = { text: '', left: x, right: x + width, y, size, firstWord: (width * word.length) / item.str.length };
			} else if (!/\s$/.test(line.text) && !/^\s/.test(item.str) && x - line.right > size * 0.15) {
				line.text += ' ';
			}
			line.text += item.str;
			line.right = Math.max(line.right, x + width);
			line.size = Math.max(line.size, size);
		} else if (line && item.str) {
			line.text += ' ';
		}
		if (item.hasEOL && line) {
			lines.push(line);
			line = null;
		}
	}
	if (line) lines.push(line);
	for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
	return lines.filter((l) => l.text);
}

/**
 * The pages' lines as text: one paragraph per block, blocks apart by a blank line. A paragraph runs on to the next
 * page when the page's last line is full (the next page's first word would not have fitted on it).
 */
export function paragraphsOf(pages: readonly PdfLine[][]): string {
	const columnRight = columnRights(pages.flat());
	const paragraphs: string[] = [];
	let paragraph = '';
	let last: PdfLine | null = null;
	for (const lines of pages) {
		const spacing = usualSpacing(lines);
		lines.forEach((line, i) => {
			const before = i === 0 ? last : (lines[i - 1] ?? null);
			const goesOn =
				before !== null && !endsParagraph(before, line, columnRight(before), i === 0 ? null : spacing);
			if (goesOn) {
				paragraph = joinLines(paragraph, line.text);
				return;
			}
			if (paragraph) paragraphs.push(paragraph);
			paragraph = line.text;
		});
		last = lines.at(-1) ?? last;
	}
	if (paragraph) paragraphs.push(paragraph);
	return paragraphs.join('\n\n');
}

/**
 * Whether `line` ends its paragraph, `next` being the line after it. `spacing` is the page's usual drop from a
 * line to the next; null when `next` begins the next page (where the drop says nothing).
 */
function endsParagraph(line: PdfLine, next: PdfLine, columnRight: number, spacing: number | null): boolean {
	if (spacing !== null) {
		const drop = line.y - next.y;
		if (drop <= 0 || (spacing > 0 && drop > spacing * 1.6)) return true;
	}
	if (Math.abs(line.size - next.size) > Math.max(line.size, next.size) * 0.2) return true;
	if (brokenAtHyphen(line.text, next.text)) return false;
	// A space is about a quarter of the type size. A word's width is guessed from its share of its item's letters,
	// which is off by a fifth either way: it must fit with room to spare, or a wrapped line would count as an end
	// (a line whose next word only just fits is far rarer at a paragraph's end than in its middle).
	const room = columnRight - line.right - line.size * 0.25;
	return next.firstWord * 1.5 <= room;
}

/**
 * Where a line's column ends: the furthest any line starting near it reaches, on any page (a short last page has
 * the width of the others; two columns side by side each have their own).
 */
function columnRights(lines: readonly PdfLine[]): (line: PdfLine) => number {
	// Lines start at a few places only (a margin, an indent): each line's column is the one of where it starts.
	const furthest = new Map<number, number>();
	for (const l of lines) furthest.set(l.left, Math.max(furthest.get(l.left) ?? -Infinity, l.right));
	const known = new Map<string, number>();
	return (line) => {
		const key = `${line.left}:${line.size}`;
		let right = known.get(key);
		if (right === undefined) {
			right = -Infinity;
			for (const [left, end] of furthest)
				if (Math.abs(left - line.left) <= line.size * 4) right = Math.max(right, end);
			known.set(key, right);
		}
		return right;
	};
}

/** The drop from one line to the next that most lines of the page share (rounded to half a point). */
function usualSpacing(lines: readonly PdfLine[]): number {
	const counts = new Map<number, number>();
	lines.slice(1).forEach((line, i) => {
		const drop = Math.round((lines[i]!.y - line.y) * 2) / 2;
		if (drop > 0) counts.set(drop, (counts.get(drop) ?? 0) + 1);
	});
	let usual = 0;
	for (const [drop, count] of counts) if (count > (counts.get(usual) ?? 0) || (count === counts.get(usual) && drop < usual)) usual = drop;
	return usual;
}

/** A word broken after its hyphen at the line's end ("Iranian-" then "backed"). */
const brokenAtHyphen = (text: string, next: string) => /\p{L}-$/u.test(text) && /^\p{L}/u.test(next);

/** A line broken after a hyphen inside a word ("Iranian-" then "backed") is joined without a space. */
function joinLines(paragraph: string, text: string): string {
	return brokenAtHyphen(paragraph, text) ? paragraph + text : `${paragraph} ${text}`;
}
