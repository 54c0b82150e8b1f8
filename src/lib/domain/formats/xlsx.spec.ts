import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { columnName, writeXlsx, xmlText } from './xlsx';

describe('minimal .xlsx writer', () => {
	it('writes a workbook that a spreadsheet library reads back cell for cell', async () => {
		const rows = [
			['Name', 'Count', null, 'Note'],
			['Deir ez-Zor & "co" <b>', 3, '', 'line\nbreak'],
			[],
			['=not a formula', -1.5]
		];
		const bytes = writeXlsx(
			{ name: 'Sheet / one', rows, boldRows: [1], columnWidths: [20, 8] },
			Date.UTC(2026, 0, 1)
		);
		expect(await readSheet(Buffer.from(bytes))).toEqual([
			['Name', 'Count', null, 'Note'],
			['Deir ez-Zor & "co" <b>', 3, null, 'line\nbreak'],
			[null, null, null, null],
			['=not a formula', -1.5, null, null]
		]);
		const files = unzipSync(bytes);
		expect(Object.keys(files).sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/sharedStrings.xml',
			'xl/styles.xml',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		]);
		// Text is never written as a formula cell.
		expect(new TextDecoder().decode(files['xl/worksheets/sheet1.xml'])).not.toContain('<f>');
	});

	it('names columns and escapes XML, dropping characters XML cannot hold', () => {
		expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
		expect(xmlText('a < b & "c"\u0001')).toBe('a &lt; b &amp; &quot;c&quot;');
	});
});
