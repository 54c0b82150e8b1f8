import { describe, expect, it } from 'vitest';
import { countWords, excerptOf, MAX_EXCERPT_WORDS } from './excerpt';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('excerptOf', () => {
	it('keeps a short passage whole, verbatim, with its offsets', () => {
		const text = 'Before. The army crossed the river at dawn. After.';
		const e = excerptOf('a.txt', text, 8, 43);
		expect(e).toEqual({ file: 'a.txt', excerpt: 'The army crossed the river at dawn.', start: 8, end: 43 });
		expect(text.slice(e.start, e.end)).toBe(e.excerpt);
	});

	it('cuts a long passage to 25 words around the focus, at word boundaries', () => {
		const text = words(60);
		const focus = text.indexOf('w40');
		const e = excerptOf('a.txt', text, 0, text.length, focus, focus + 3);
		expect(countWords(e.excerpt)).toBe(MAX_EXCERPT_WORDS);
		expect(e.excerpt).toContain('w40');
		expect(text.slice(e.start, e.end)).toBe(e.excerpt);
	});

	it('starts at the focus when the focus itself is longer than 25 words', () => {
		const text = words(80);
		const from = text.indexOf('w10');
		const e = excerptOf('a.txt', text, 0, text.length, from, text.length);
		expect(e.excerpt.startsWith('w10 ')).toBe(true);
		expect(countWords(e.excerpt)).toBe(25);
	});

	it('drops a dangling comma or opening quote at the edges', () => {
		const text = '“He said, “we will go,';
		const e = excerptOf('a.txt', text, 0, text.length);
		expect(e.excerpt).toBe('“He said, “we will go');
	});
});
