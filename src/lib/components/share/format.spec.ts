import { describe, expect, it } from 'vitest';
import { fileSlug, formatDuration } from './format';

describe('formatDuration', () => {
	it('reads as seconds, minutes or hours', () => {
		expect(formatDuration(45_400)).toBe('45 s');
		expect(formatDuration(12 * 60_000 + 5_000)).toBe('12 min 5 s');
		expect(formatDuration(20 * 60_000)).toBe('20 min');
		expect(formatDuration(80 * 60_000)).toBe('1 h 20 min');
		expect(formatDuration(-5)).toBe('0 s');
	});
});

describe('fileSlug', () => {
	it('keeps words, drops characters no file system allows', () => {
		expect(fileSlug('Kirkuk: week 3?')).toBe('Kirkuk-week-3');
		expect(fileSlug('Mosul and Raqqa, 2017')).toBe('Mosul-and-Raqqa-2017');
		expect(fileSlug('<script>alert(1)</script>')).toBe('script-alert(1)-script');
		expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
		expect(fileSlug('  ///  ')).toBe('assignment');
		expect(fileSlug('Révision — Mossoul')).toBe('Révision-—-Mossoul');
	});
});
