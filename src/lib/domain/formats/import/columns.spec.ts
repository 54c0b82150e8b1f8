import { describe, expect, it } from 'vitest';
import { detectColumns, mappingFits, roleOfHeader } from './columns';

describe('columns of a spreadsheet CSV', () => {
	it('recognises header names in any case and spacing', () => {
		expect(
			['Question', ' TERM ', 'Front', 'Accepted answers', 'Source title', 'Quotation', 'Notes'].map(
				roleOfHeader
			)
		).toEqual(['prompt', 'prompt', 'prompt', 'accepted', 'source', 'excerpt', undefined]);
	});

	it('suggests a mapping from the header, with samples of each column', () => {
		const rows = [
			['Term', 'Definition', 'Source', 'Extra'],
			['Mosul', 'City in Iraq', 'AP', 'x'],
			['Raqqa', 'City in Syria', 'AP', 'y']
		];
		const detected = detectColumns(rows, ',');
		expect(detected.suggested).toEqual({ prompt: 0, answer: 1, source: 2, headerRow: true });
		expect(detected.columns[3]).toEqual({ index: 3, name: 'Extra', samples: ['x', 'y'] });
	});

	it('takes two columns without a header as term and definition, and asks otherwise', () => {
		expect(detectColumns([['Mosul', 'Iraq']], '\t').suggested).toEqual({
			prompt: 0,
			answer: 1,
			headerRow: false
		});
		expect(detectColumns([['a', 'b', 'c']], ',').suggested).toBeNull();
		expect(detectColumns([['Question', 'Notes', 'More']], ',').suggested).toBeNull();
	});

	it('checks a mapping against the columns there are', () => {
		expect(mappingFits({ prompt: 0, answer: 1, headerRow: true }, 2)).toBe(true);
		expect(mappingFits({ prompt: 0, answer: 0, headerRow: true }, 2)).toBe(false);
		expect(mappingFits({ prompt: 0, answer: 1, source: 5, headerRow: true }, 2)).toBe(false);
		expect(mappingFits({ prompt: -1, answer: 1, headerRow: true }, 2)).toBe(false);
	});
});
