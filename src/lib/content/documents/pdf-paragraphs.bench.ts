import { bench, describe } from 'vitest';
import { paragraphsOf, type PdfLine } from './pdf-paragraphs';

/** A 200-page report laid out as PDFs are: 50 lines a page, indented first lines, short last lines. */
const pages: PdfLine[][] = Array.from({ length: 200 }, (_, p) =>
	Array.from({ length: 50 }, (_, i) => ({
		text: `Line ${i} of page ${p + 1}, with a few words on it`,
		left: i % 7 === 0 ? 62 : 50,
		right: i % 7 === 6 ? 300 : 540,
		y: 750 - i * 14,
		size: 12,
		firstWord: 20
	}))
);

describe('PDF lines into paragraphs', () => {
	bench('a 200-page PDF (10,000 lines) joined into paragraphs', () => {
		paragraphsOf(pages);
	});
});
