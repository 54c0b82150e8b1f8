import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { formatNumber, numberVariants, parseNumber, sameMagnitude } from './numbers';

describe('parseNumber', () => {
	it('reads the figure, its unit and its style', () => {
		expect(parseNumber('2,500')).toMatchObject({ value: 2500, grouped: true, unit: '|' });
		expect(parseNumber('90 percent')).toMatchObject({ value: 90, unit: '|percent' });
		expect(parseNumber('44%')?.unit).toBe(parseNumber('90 per cent')?.unit);
		expect(parseNumber('2.5 km')).toMatchObject({ value: 2.5, decimals: 1, unit: '|km' });
	});

	it('does not read words or ranges', () => {
		expect(parseNumber('two-thirds')).toBeNull();
		expect(parseNumber('50 km (32 miles)')).toBeNull();
	});
});

describe('numberVariants', () => {
	it('gives distinct wrong values in the same form and unit', () => {
		for (const text of [
			'2,500',
			'50,000',
			'1500',
			'90 percent',
			'14 percent',
			'44%',
			'50 km',
			'2.5 km',
			'4'
		]) {
			const parsed = parseNumber(text)!;
			const variants = numberVariants(parsed, createRandom(text));
			expect(variants.length).toBeGreaterThanOrEqual(3);
			expect(new Set(variants).size).toBe(variants.length);
			expect(variants).not.toContain(text);
			for (const v of variants) {
				const other = parseNumber(v)!;
				expect(other.unit).toBe(parsed.unit);
				expect(other.grouped).toBe(parsed.grouped);
				expect(other.value).toBeGreaterThan(0);
				if (parsed.unit.endsWith('percent')) expect(other.value).toBeLessThanOrEqual(100);
			}
		}
	});

	it('rounds like the original, so no option stands out by precision', () => {
		for (const v of numberVariants(parseNumber('2,500')!, createRandom('r'))) {
			expect(parseNumber(v)!.value % 100).toBe(0);
		}
	});

	it('formats with the original separators', () => {
		expect(formatNumber(parseNumber('2,500')!, 12000)).toBe('12,000');
		expect(formatNumber(parseNumber('1500')!, 12000)).toBe('12000');
		expect(sameMagnitude(parseNumber('40 percent')!, parseNumber('4 percent')!)).toBe(false);
		expect(sameMagnitude(parseNumber('40 km')!, parseNumber('40 percent')!)).toBe(false);
		expect(sameMagnitude(parseNumber('40 percent')!, parseNumber('44%')!)).toBe(true);
	});
});
