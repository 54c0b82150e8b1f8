import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('percentiles', () => {
	it('uses the nearest-rank method', () => {
		const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(percentile(samples, 95)).toBe(95);
		expect(percentile(samples, 100)).toBe(100);
		expect(median([5, 1, 3])).toBe(3);
		expect(median([])).toBeNaN();
	});
});
