import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/calendar';
import type { HeatmapDay } from '$lib/domain/stats';
import { monthName } from '$lib/state/format';
import { monthLabels } from './heatmap-labels';

/** Whole weeks of days from `first` (a Monday) to `last`. */
function weeksOf(first: string, last: string): HeatmapDay[][] {
	const weeks: HeatmapDay[][] = [];
	for (let i = 0, day = first; day <= last; i++, day = addDays(first, i)) {
		if (i % 7 === 0) weeks.push([]);
		weeks[weeks.length - 1]!.push({ day, count: 0, level: 0, outside: false });
	}
	return weeks;
}

const LAYOUT = { left: 30, step: 13, charWidth: 6.5 };

describe('heatmap month labels', () => {
	it('ends the last month’s name at the right edge when its 1st falls in the last week', () => {
		// Found in use: December's 1st in the last column was cut to "De".
		const weeks = weeksOf('2025-06-02', '2025-12-03');
		const width = LAYOUT.left + weeks.length * LAYOUT.step;
		const labels = monthLabels(weeks, LAYOUT, monthName);
		expect(labels.at(-1)).toEqual({ x: width, label: 'Dec', anchor: 'end' });
		for (const { x, label, anchor } of labels) {
			const right = anchor === 'end' ? x : x + label.length * LAYOUT.charWidth;
			expect(right, label).toBeLessThanOrEqual(width);
		}
	});

	it('puts the other names above the week holding the 1st', () => {
		const labels = monthLabels(weeksOf('2025-06-02', '2025-12-28'), LAYOUT, monthName);
		expect(labels.map((l) => l.label)).toEqual(['Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
		expect(labels.every((l) => l.anchor === 'start')).toBe(true);
	});
});
