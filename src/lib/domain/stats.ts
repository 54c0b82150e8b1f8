/** Progress figures: review heatmap, due forecast, retention and mastery. Pure; all work with no data. */
import { addDays, daysBetween, monthsBefore, weekday } from './calendar';
import { packOf } from './library';
import { ENTITY_KINDS, type Card } from './pack';
import { NEW, REVIEW } from './scheduler-values';
import { localDay } from './time';

/** A card counts as mastered once FSRS expects it to be remembered for three weeks (stability ≥ 21 days). */
export const MASTERY_STABILITY_DAYS = 21;
export const MASTERY_EXPLAINED = `Mastered: cards the scheduler expects you to remember for ${MASTERY_STABILITY_DAYS} days or more (stability ≥ ${MASTERY_STABILITY_DAYS} days).`;

export interface DayCount {
	day: string;
	count: number;
}

/** Answers per local day from the `day` of each review (duplicates counted). */
export function countByDay(days: Iterable<string>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
	return counts;
}

export interface HeatmapDay extends DayCount {
	/** 0 none, 1–4 from a few answers to the busiest days. */
	level: 0 | 1 | 2 | 3 | 4;
	/** Padding before the first day so weeks line up; not part of the period. */
	outside: boolean;
}

export interface Heatmap {
	/** Whole weeks, oldest first, each starting on `weekStartsOn`. */
	weeks: HeatmapDay[][];
	first: string;
	last: string;
	total: number;
	max: number;
	activeDays: number;
}

/** Answers per day for the last `months` months up to `today`, laid out in weeks for a calendar grid. */
export function heatmap(
	counts: ReadonlyMap<string, number>,
	today: string,
	months = 12,
	weekStartsOn: 0 | 1 = 1
): Heatmap {
	const first = addDays(monthsBefore(today, months), 1);
	const padding = (weekday(first) - weekStartsOn + 7) % 7;
	let max = 0;
	let total = 0;
	let activeDays = 0;
	for (let day = first; day <= today; day = addDays(day, 1)) {
		const count = counts.get(day) ?? 0;
		max = Math.max(max, count);
		total += count;
		if (count > 0) activeDays++;
	}
	const level = (count: number): HeatmapDay['level'] =>
		count === 0 ? 0 : (Math.min(4, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4);

	const weeks: HeatmapDay[][] = [];
	const length = padding + daysBetween(first, today) + 1;
	for (let i = 0; i < length; i++) {
		const day = addDays(first, i - padding);
		const outside = i < padding;
		const count = outside ? 0 : (counts.get(day) ?? 0);
		if (i % 7 === 0) weeks.push([]);
		weeks[weeks.length - 1]!.push({ day, count, level: outside ? 0 : level(count), outside });
	}
	return { weeks, first, last: today, total, max, activeDays };
}

/** Cards falling due on each of the next `days` local days; overdue cards count for today. */
export function forecast(
	states: Iterable<{ due: number; state: number }>,
	now: number,
	days = 30
): DayCount[] {
	const today = localDay(now);
	const result: DayCount[] = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), count: 0 }));
	const start = new Date(now);
	// Local midnights, built from the calendar so a daylight-saving day is 23 or 25 hours long.
	const ends = result.map((_, i) =>
		new Date(start.getFullYear(), start.getMonth(), start.getDate() + i + 1).getTime()
	);
	for (const state of states) {
		if (state.state === NEW || state.due >= ends[days - 1]!) continue;
		let lo = 0;
		let hi = days - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (state.due < ends[mid]!) hi = mid;
			else lo = mid + 1;
		}
		result[lo]!.count++;
	}
	return result;
}

export interface Retention {
	/** Answers to cards that were in Review state. */
	total: number;
	/** Of those, rated Good or Easy. */
	passed: number;
	/** passed / total, or null when there were none. */
	rate: number | null;
}

/** Share of Good/Easy among answers to cards in Review state (learning steps excluded), since `since`. */
export function retention(
	reviews: Iterable<{ at: number; rating: number; before: { state: number } | null }>,
	since = -Infinity
): Retention {
	let total = 0;
	let passed = 0;
	for (const review of reviews) {
		if (review.at < since || review.before?.state !== REVIEW) continue;
		total++;
		if (review.rating >= 3) passed++;
	}
	return { total, passed, rate: total === 0 ? null : passed / total };
}

export interface MasteryGroup {
	/** Entity kind, source id, pack id, or "all". */
	key: string;
	/** Cards in the pack in this group. */
	total: number;
	/** Cards started. */
	studied: number;
	/** Cards with stability ≥ 21 days. */
	mastered: number;
	/** mastered / total (0 for an empty group). */
	share: number;
}

export type MasteryBy = 'all' | 'kind' | 'source' | 'pack';

/**
 * Mastery per entity kind, per source (a card drawing on two sources counts in both), per pack (by the pack its
 * qualified id names) or overall.
 */
export function mastery(
	cards: readonly Pick<Card, 'id' | 'kind' | 'sources'>[],
	states: ReadonlyMap<string, { state: number; stability: number }>,
	by: MasteryBy
): MasteryGroup[] {
	const groups = new Map<string, MasteryGroup>();
	const group = (key: string) => {
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { key, total: 0, studied: 0, mastered: 0, share: 0 }));
		return g;
	};
	if (by === 'kind') for (const kind of ENTITY_KINDS) group(kind);
	for (const card of cards) {
		const keys =
			by === 'all' ? ['all'] : by === 'kind' ? [card.kind] : by === 'pack' ? [packOf(card.id)] : card.sources;
		const state = states.get(card.id);
		const studied = state !== undefined && state.state !== NEW;
		const mastered = studied && state.stability >= MASTERY_STABILITY_DAYS;
		for (const key of keys) {
			const g = group(key);
			g.total++;
			if (studied) g.studied++;
			if (mastered) g.mastered++;
		}
	}
	if (by === 'all') group('all');
	return [...groups.values()].map((g) => ({ ...g, share: g.total === 0 ? 0 : g.mastered / g.total }));
}
