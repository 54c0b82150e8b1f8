import { describe, expect, it } from 'vitest';
import { pageLines, paragraphsOf, type PdfTextItem } from './pdf-paragraphs';

/** A text item as pdf.js gives it: 12 pt type, 6 pt a letter, one line each unless `eol` is false. */
function item(str: string, x: number, y: number, { size = 12, eol = true, width = str.length * 6 } = {}): PdfTextItem {
	return { str, hasEOL: eol, transform: [size, 0, 0, size, x, y], width, height: size };
}

/** Lines 14 pt apart from the top of a page, each starting at the margin. */
const page = (...texts: string[]) => pageLines(texts.map((text, i) => item(text, 50, 700 - i * 14)));

/** 426 pt wide: the column's width on these pages. */
const FULL = Array(12).fill('words').join(' ');

describe('paragraphsOf', () => {
	it('joins a wrapped paragraph back into one, and ends it where the next word would have fitted', () => {
		const lines = page(
			'The army crossed the river at dawn and by noon the town was',
			'in its hands. The mayor had left two days before.',
			'A new paragraph starts here, on a line of its own.'
		);
		expect(paragraphsOf([lines])).toBe(
			'The army crossed the river at dawn and by noon the town was in its hands. The mayor had left two days before.\n\n' +
				'A new paragraph starts here, on a line of its own.'
		);
	});

	it('keeps a wrapped line wrapped when its next word only just fits (a guess of its width is rough)', () => {
		// 414 pt wide: 12 pt are left, a space takes 3 and "and" 18.
		const lines = page('y'.repeat(69), 'and the rest of the sentence.', FULL);
		expect(paragraphsOf([lines])).toBe(`${'y'.repeat(69)} and the rest of the sentence.\n\n${FULL}`);
	});

	it('joins a word broken after its hyphen without a space, and keeps the hyphen', () => {
		const lines = page('As tensions mount, several of the Iranian-', 'backed groups have deployed more troops.', FULL);
		expect(paragraphsOf([lines])).toBe(`As tensions mount, several of the Iranian-backed groups have deployed more troops.\n\n${FULL}`);
	});

	it('ends a paragraph at a wider gap between lines, and at a change of type size (a heading)', () => {
		const lines = pageLines([
			item('Deir Ezzor', 50, 720, { size: 18, width: 200 }),
			item(FULL, 50, 700),
			item('and the same paragraph goes on.', 50, 686),
			item(FULL, 50, 660),
			item('and the next one goes on too.', 50, 646)
		]);
		expect(paragraphsOf([lines]).split('\n\n')).toEqual([
			'Deir Ezzor',
			`${FULL} and the same paragraph goes on.`,
			`${FULL} and the next one goes on too.`
		]);
	});

	it('runs a paragraph on over the page when the page ends on a full line', () => {
		const first = page('The report goes on,', FULL);
		const second = page('over the page.', 'Short line.', 'Next.');
		expect(paragraphsOf([first, second])).toBe(`The report goes on,\n\n${FULL} over the page.\n\nShort line.\n\nNext.`);
		expect(paragraphsOf([page('A short last line.'), page(FULL)])).toBe(`A short last line.\n\n${FULL}`);
	});
});

describe('pageLines', () => {
	it('spaces the items of a line by the gap between them, and skips what has no text', () => {
		const lines = pageLines([
			{ type: 'beginMarkedContent' } as PdfTextItem,
			item('The ', 50, 700, { eol: false }),
			item('Islamic', 74, 700, { eol: false }),
			item('State', 120, 700, { eol: false }),
			item('’s hold', 150, 700),
			item('', 50, 686),
			item('  ', 50, 672)
		]);
		expect(lines.map((l) => l.text)).toEqual(['The Islamic State’s hold']);
		expect(lines[0]).toMatchObject({ left: 50, y: 700, size: 12, firstWord: 18 });
	});
});
