import { expect, it, vi } from 'vitest';
import { formatBytes, formatNumber } from './format';

it('says a size in the unit that reads best, never "0.0 MB" for data that is there', () => {
	expect(formatBytes(0)).toBe('0 KB');
	expect(formatBytes(300)).toBe('1 KB');
	expect(formatBytes(48 * 1024)).toBe('48 KB');
	expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
	expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
	expect(formatBytes(10240 * 1024 * 1024)).toBe('10 GB');
	expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
	expect(formatBytes(300 * 1024 ** 3)).toBe('300 GB');
});

it('groups whole numbers as English Intl does, without making an Intl object', () => {
	const english = new Intl.NumberFormat('en');
	const samples = [0, 1, 12, 999, 1000, 1234, 99_999, 100_000, 1_234_567, Number.MAX_SAFE_INTEGER];
	for (const n of [...samples, ...samples.filter((x) => x > 0).map((x) => -x)])
		expect(formatNumber(n)).toBe(english.format(n));
	const made = vi.spyOn(Intl, 'NumberFormat');
	expect(formatNumber(20_000)).toBe('20,000');
	expect(made).not.toHaveBeenCalled();
	made.mockRestore();
});

it('leaves fractions to Intl', () => {
	expect(formatNumber(1234.5)).toBe('1,234.5');
	expect(formatNumber(0.125)).toBe('0.125');
});
