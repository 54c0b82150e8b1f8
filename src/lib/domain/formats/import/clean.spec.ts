import { describe, expect, it } from 'vitest';
import { Cleaner } from './clean';

describe('cleaning cells', () => {
	it('defuses formulas, keeps signed numbers, list dashes and text marked with an apostrophe', () => {
		const cleaner = new Cleaner();
		expect(
			['=1+1', '@A1', '+SUM(A1)', '-HYPERLINK("x")', "'=kept", '-5 °C', '+44 20', '- item'].map((c) =>
				cleaner.cell(c)
			)
		).toEqual(['1+1', 'A1', 'SUM(A1)', 'HYPERLINK("x")', '=kept', '-5 °C', '+44 20', '- item']);
		expect(cleaner.formulaCells).toBe(4);
	});

	it('turns markup into text, counts media references and says what it did once', () => {
		const cleaner = new Cleaner();
		expect(cleaner.cell('<b>Mosul</b> [sound:a.mp3]')).toBe('Mosul');
		expect(cleaner.cell('Tigris<img src="t.jpg">', true)).toBe('Tigris');
		expect(cleaner.warnings()).toEqual([
			'1 cell held HTML formatting; it was turned into plain text.',
			'2 pictures or sounds in the cards were left out: Sourcedeck does not import media.'
		]);
	});
});
