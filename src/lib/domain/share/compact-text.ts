/**
 * Short texts (a student's name, a typed answer) as digits. Names written in the Latin letters, spaces, hyphens,
 * apostrophes and full stops take one base-32 digit a character: words start with a capital and go on in
 * small letters unless a "shift" digit says otherwise ("Amira Haddad", "McDonald", "de la Cruz"). Any other
 * text goes as UTF-8 bytes.
 */
import type { DigitReader, DigitWriter } from './digits';

const END = 0;
const SHIFT = 31;
/** Digits 1–26 are the letters; then these. */
const MARKS = [' ', '-', "'", '.'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PLAIN = /^[A-Za-z \-'.]*$/;

const startsWord = (previous: string | undefined) =>
	previous === undefined || previous === ' ' || previous === '-';

function writeLetters(text: string, out: DigitWriter): void {
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		const mark = MARKS.indexOf(char);
		if (mark >= 0) {
			out.push(27 + mark, 32);
			continue;
		}
		const lower = char.toLowerCase();
		const upper = char !== lower;
		if (upper !== startsWord(text[i - 1])) out.push(SHIFT, 32);
		out.push(1 + LETTERS.indexOf(lower), 32);
	}
	out.push(END, 32);
}

function readLetters(input: DigitReader, maxChars: number): string | null {
	let text = '';
	let shift = false;
	for (;;) {
		const digit = input.next(32);
		if (digit === END) return text;
		if (digit === SHIFT) {
			if (shift) return null;
			shift = true;
			continue;
		}
		if (text.length >= maxChars) return null;
		if (digit >= 27) {
			if (shift) return null;
			text += MARKS[digit - 27];
			continue;
		}
		const letter = LETTERS[digit - 1]!;
		text += shift !== startsWord(text.at(-1)) ? letter.toUpperCase() : letter;
		shift = false;
	}
}

const encoder = new TextEncoder();

/** Writes `text` (at most `maxChars` characters, checked by the caller). */
export function writeText(text: string, out: DigitWriter): void {
	if (PLAIN.test(text)) {
		out.push(0, 2);
		writeLetters(text, out);
		return;
	}
	out.push(1, 2);
	const bytes = encoder.encode(text);
	out.pushCount(bytes.length);
	for (const byte of bytes) out.push(byte, 256);
}

/** The text, or null when the digits cannot be one (too long, not UTF-8, a misplaced shift). */
export function readText(input: DigitReader, maxChars: number): string | null {
	if (input.next(2) === 0) return readLetters(input, maxChars);
	const length = input.nextCount();
	if (length > maxChars * 4) return null;
	const bytes = new Uint8Array(length);
	for (let i = 0; i < length; i++) bytes[i] = input.next(256);
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return text.length <= maxChars ? text : null;
	} catch {
		return null;
	}
}
