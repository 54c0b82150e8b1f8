import { describe, expect, it } from 'vitest';
import { readText, writeText } from './compact-text';
import { DigitReader, DigitWriter } from './digits';

const roundTrip = (text: string) => {
	const out = new DigitWriter();
	writeText(text, out);
	const code = out.toBase32();
	const input = new DigitReader(code);
	return { back: readText(input, 80), chars: code.length, finished: input.finished() };
};

describe('compact text', () => {
	it('keeps names exactly, one character each for Latin letters', () => {
		for (const name of ['Amira Haddad', 'McDonald', 'de la Cruz', "O'Neil-Smith Jr.", 'ALL CAPS', 'x']) {
			expect(roundTrip(name).back).toBe(name);
			expect(roundTrip(name).finished).toBe(true);
		}
		// Twelve letters and a space: 13 digits of 5 bits, the end mark and the mode.
		expect(roundTrip('Amira Haddad').chars).toBeLessThanOrEqual(15);
	});

	it('carries any other text as UTF-8', () => {
		for (const text of ['Zoë', 'محمد', '摩苏尔', 'Student 12', '<b>x</b>', '😀'])
			expect(roundTrip(text).back).toBe(text);
	});

	it('reads nothing longer than allowed', () => {
		const out = new DigitWriter();
		writeText('a'.repeat(40), out);
		expect(readText(new DigitReader(out.toBase32()), 30)).toBeNull();
	});
});
