import { describe, expect, it } from 'vitest';
import { formatValue, judge, statistic, type Measure } from './targets';

const measure = (overrides: Partial<Measure>): Measure => ({
	name: 'x',
	unit: 'ms',
	runs: [100, 120, 110],
	floor: [90, 100, 95],
	statistic: 'median',
	target: null,
	...overrides
});

describe('perf targets', () => {
	it('judges the median against a multiple of the floor’s median', () => {
		const met = judge(measure({ target: { kind: 'times-floor', max: 1.2 } }));
		expect(met).toMatchObject({
			value: 110,
			floorValue: 95,
			versus: '1.16×',
			targetText: '≤ 1.2× floor',
			ok: true
		});
		const missed = judge(measure({ runs: [150, 150, 10], target: { kind: 'times-floor', max: 1.2 } }));
		expect(missed.ok).toBe(false);
	});

	it('names the baseline a figure is judged against when it is not the floor', () => {
		const judged = judge(
			measure({ against: '1 pack, 581 cards', target: { kind: 'times-floor', max: 1.2 } })
		);
		expect(judged).toMatchObject({ versus: '1.16×', targetText: '≤ 1.2× 1 pack, 581 cards', ok: true });
		const plus = judge(measure({ against: 'small', target: { kind: 'plus-floor', max: 50 } }));
		expect(plus).toMatchObject({ versus: 'small + 15 ms', targetText: '≤ small + 50 ms' });
	});

	it('judges a difference from the floor, whatever the floor is (a TBT of 0 ms included)', () => {
		const target = { kind: 'plus-floor', max: 50 } as const;
		expect(judge(measure({ runs: [40, 60, 50], floor: [0, 0, 0], target }))).toMatchObject({
			versus: 'floor + 50 ms',
			targetText: '≤ floor + 50 ms',
			ok: true
		});
		expect(judge(measure({ runs: [51], floor: [0], target })).ok).toBe(false);
		expect(judge(measure({ runs: [10], floor: [20], target })).versus).toBe('floor − 10 ms');
	});

	it('judges an absolute bound on the 95th percentile, and shows the floor beside it', () => {
		const runs = [...Array.from({ length: 95 }, () => 8), 40, 40, 40, 40, 40];
		const judged = judge(
			measure({ runs, floor: [16], statistic: 'p95', target: { kind: 'at-most', max: 16 } })
		);
		expect(judged).toMatchObject({
			value: 8,
			floorValue: 16,
			versus: '0.50×',
			targetText: '≤ 16 ms',
			ok: true
		});
		expect(judge(measure({ runs: [8, 17], statistic: 'p95', target: { kind: 'at-most', max: 16 } })).ok).toBe(
			false
		);
	});

	it('prints a figure without a target as information', () => {
		expect(judge(measure({}))).toMatchObject({ ok: null, targetText: '', versus: '1.16×' });
	});

	it('refuses what cannot be judged', () => {
		expect(() => judge(measure({ runs: [] }))).toThrow(/no runs/);
		expect(() => judge(measure({ floor: null, target: { kind: 'times-floor', max: 2 } }))).toThrow(
			/no floor/
		);
		expect(() => statistic([1, 2], 'once')).toThrow(/one figure/);
	});

	it('formats each unit', () => {
		expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
		expect(formatValue(2048, 'KB')).toBe('2.0 KB');
		expect(formatValue(0.0123, 'score')).toBe('0.012');
	});
});
