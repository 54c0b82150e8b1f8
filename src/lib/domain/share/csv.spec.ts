import { describe, expect, it } from 'vitest';
import { csvField, toCsvText } from './csv';

describe('CSV', () => {
	it('quotes fields holding commas, quotes or line breaks, doubling the quotes (RFC 4180)', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('Haddad, Amira')).toBe('"Haddad, Amira"');
		expect(csvField('the "Lion"')).toBe('"the ""Lion"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\ronly')).toBe('"cr\ronly"');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
		expect(csvField(12.5)).toBe('12.5');
		expect(csvField(false)).toBe('false');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvField('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
		expect(csvField('+1+cmd|calc')).toBe("'+1+cmd|calc");
		expect(csvField('-2+3')).toBe("'-2+3");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\t=1')).toBe("'\t=1");
		expect(csvField('\r=1')).toBe(`"'\r=1"`);
		expect(csvField('a=1')).toBe('a=1');
		// Numbers are never formulas: a negative number stays a number.
		expect(csvField(-3)).toBe('-3');
	});

	it('joins rows with CRLF and ends with one', () => {
		expect(
			toCsvText([
				['a', 'b'],
				['1', 'x,y']
			])
		).toBe('a,b\r\n1,"x,y"\r\n');
	});
});
