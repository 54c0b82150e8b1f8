/**
 * Put 4–6 events in order. Only events whose dates order unambiguously at the precision the sources give
 * are combined: "2014" and "July 2014", or two events on the same day, never appear together.
 */
import type { Entity } from '../pack';
import type { Builder } from './context';
import { compareDates, formatDate } from './dates';
import { explainEntity, groupBasics } from './explain';
import { FACT_TYPE } from './eligibility';
import type { TimelineQuestion } from './types';

export const TIMELINE_MIN = 4;
export const TIMELINE_MAX = 6;
/** Random candidates tried per question: plenty for small packs, bounded for huge ones. */
const CANDIDATES = 80;

export interface PairCount {
	right: number;
	total: number;
}

/** Pairs of the correct order that the given order keeps in the same relative order (missing items lose theirs). */
export function timelinePairs(order: readonly string[], correct: readonly string[]): PairCount {
	const position = new Map(order.map((id, i) => [id, i]));
	let right = 0;
	for (let i = 0; i < correct.length; i++) {
		for (let j = i + 1; j < correct.length; j++) {
			const a = position.get(correct[i]!);
			const b = position.get(correct[j]!);
			if (a !== undefined && b !== undefined && a < b) right++;
		}
	}
	return { right, total: (correct.length * (correct.length - 1)) / 2 };
}

/** Kendall-style partial credit: correct pairs / all pairs (1 for a single item). */
export function scoreTimeline(order: readonly string[], correct: readonly string[]): number {
	const { right, total } = timelinePairs(order, correct);
	if (total > 0) return right / total;
	return correct.length === 0 || order.includes(correct[0]!) ? 1 : 0;
}

const dateOf = (e: Entity) => e.event!.date;

export const buildTimeline: Builder = (ctx, pc, id): TimelineQuestion | null => {
	const first = pc.entity;
	if (!first?.event?.date) return null;
	const target = ctx.rng.int(TIMELINE_MIN, TIMELINE_MAX);
	const chosen = [first];
	const names = new Set([ctx.pool.key(first.name)]);
	const candidates = ctx.rng.sample(ctx.taught('event'), CANDIDATES);
	// Events whose date is not yet asked first; already-asked ones may still fill the line, uncredited.
	for (const freshOnly of [true, false]) {
		for (const e of candidates) {
			if (chosen.length === target) break;
			if (!e.event?.date || names.has(ctx.pool.key(e.name))) continue;
			if (!chosen.every((c) => compareDates(dateOf(c), dateOf(e)) !== null)) continue;
			if (freshOnly && !ctx.fresh(e, FACT_TYPE.timeline)) continue;
			chosen.push(e);
			names.add(ctx.pool.key(e.name));
		}
	}
	if (chosen.length < TIMELINE_MIN) return null;
	const sorted = [...chosen].sort((a, b) => compareDates(dateOf(a), dateOf(b))!);
	const correctOrder = sorted.map((e) => e.id);
	let shown = ctx.rng.shuffle(chosen);
	if (shown.every((e, i) => e.id === correctOrder[i])) shown = [...sorted].reverse();
	return {
		id,
		mode: 'timeline',
		prompt: 'Put these events in order, earliest first.',
		items: shown.map((e) => ({ id: e.id, label: e.name })),
		correctOrder,
		dates: Object.fromEntries(chosen.map((e) => [e.id, formatDate(dateOf(e))])),
		answerText: sorted.map((e) => `${e.name} (${formatDate(dateOf(e))})`).join(' → '),
		explanation: explainEntity(ctx.pool, first),
		...groupBasics(ctx, pc, sorted, FACT_TYPE.timeline)
	};
};
