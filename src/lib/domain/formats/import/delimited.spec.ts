import { describe, expect, it } from 'vitest';
import { parseDelimited, readAnkiHeader, sniffSeparator } from './delimited';

describe('delimited text', () => {
	it('parses RFC 4180: quoted separators, doubled quotes, line breaks in quotes, CRLF, no final newline', () => {
		expect(parseDelimited('a,"b,c","say ""hi""","two\r\nlines"\r\nd,e,,f', ',')).toEqual([
			['a', 'b,c', 'say "hi"', 'two\r\nlines'],
			['d', 'e', '', 'f']
		]);
	});

	it('keeps quotes inside an unquoted field and skips empty lines', () => {
		expect(parseDelimited('5" screen\tsmall\n\n\nx\ty\n', '\t')).toEqual([
			['5" screen', 'small'],
			['x', 'y']
		]);
	});

	it('sniffs tab, comma or semicolon from what splits the rows evenly', () => {
		expect(
			sniffSeparator('Mosul\tCity in Iraq, on the Tigris\nRaqqa\tCity in Syria, on the Euphrates\n')
		).toBe('\t');
		expect(sniffSeparator('Prompt,Answer\nA,B\n')).toBe(',');
		expect(sniffSeparator('Prompt;Answer\nA, with comma;B\nC;D\n')).toBe(';');
	});

	it("reads Anki's header lines and leaves the rest", () => {
		const { header, body } = readAnkiHeader(
			'#separator:Pipe\n#html:true\n#guid column:1\n#notetype column:2\n#deck:Iraq\n#tags:imported\n#columns:Front|Back\nA|B\n'
		);
		expect(header).toEqual({
			separator: '|',
			html: true,
			guidColumn: 0,
			notetypeColumn: 1,
			deck: 'Iraq',
			tags: 'imported',
			columns: ['Front', 'Back']
		});
		expect(body).toBe('A|B\n');
		expect(readAnkiHeader('#hashtag in a card\tanswer\n').header).toBeNull();
	});
});
