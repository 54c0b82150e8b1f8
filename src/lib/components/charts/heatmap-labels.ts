/** Where the heatmap's month names go: above the week holding each month's 1st, never cut off at the right. */
import type { HeatmapDay } from '$lib/domain/stats';

export interface MonthLabel {
	x: number;
	label: string;
	/** 'end' for a name that would run past the right edge: it then ends at the edge instead. */
	anchor: 'start' | 'end';
}

export interface HeatmapLayout {
	/** Left margin (weekday names) and column pitch, in SVG units. */
	left: number;
	step: number;
	/** Width of one character of a label, in SVG units (generous: 10px labels). */
	charWidth: number;
}

/** A month's name above the first week holding its 1st (and above the first week, if there is room). */
export function monthLabels(
	weeks: readonly (readonly HeatmapDay[])[],
	layout: HeatmapLayout,
	monthName: (day: string) => string
): MonthLabel[] {
	const width = layout.left + weeks.length * layout.step;
	return weeks.flatMap((week, i): MonthLabel[] => {
		const first = week.find((d) => !d.outside && (d.day.endsWith('-01') || i === 0));
		if (!first) return [];
		const tooClose = i === 0 && weeks.slice(1, 3).some((w) => w.some((d) => d.day.endsWith('-01')));
		if (tooClose) return [];
		const label = monthName(first.day);
		const x = layout.left + i * layout.step;
		return x + label.length * layout.charWidth > width
			? [{ x: width, label, anchor: 'end' }]
			: [{ x, label, anchor: 'start' }];
	});
}
