/**
 * Today's study queue. Pure: the pack's cards, the learner's card states, today's counts, the limits and
 * `now` go in; the ordered list of cards to show comes out. Rebuilt after every answer, so a reload or a
 * closed tab continues where the learner was.
 */
import { packOf } from './library';
import type { Card, EntityKind } from './pack';
import { LEARNING, NEW, RELEARNING, REVIEW } from './scheduler-values';
import { MINUTE, startOfLocalDay } from './time';

/** Which cards to study. */
export type QueueFilter =
	| { by: 'all' }
	| { by: 'pack'; pack: string }
	| { by: 'kind'; kind: EntityKind }
	| { by: 'source'; source: string };

export const ALL_CARDS: QueueFilter = { by: 'all' };

/** What the queue needs of a card's stored state (a db `CardRecord` fits). */
export interface CardProgress {
	id: string;
	due: number;
	state: number;
	introducedAt: number;
	last_review?: number;
}

/** Counts of what was already done today, from the review log. */
export interface StudyDay {
	/** Cards first shown today (they use up today's new-card allowance). */
	introducedToday: number;
	/** Answers today to cards that were in Review state (they use up the review cap). */
	reviewedToday: number;
	/** Cards rated Again yesterday: they come back first. */
	againYesterday: ReadonlySet<string>;
}

export const EMPTY_DAY: StudyDay = { introducedToday: 0, reviewedToday: 0, againYesterday: new Set() };

export interface QueueLimits {
	newPerDay: number;
	reviewCap: number;
}

export interface QueueOptions {
	filter?: QueueFilter;
	/** Learning cards due within this much time are shown when nothing else is left (Anki's learn-ahead). */
	learnAheadMs?: number;
	/** A card to show first whatever its place (the card an undo put back). */
	front?: string;
	/** Pair key of the card just shown: the next card must not share it. */
	afterPair?: string;
}

export const DEFAULT_LEARN_AHEAD_MS = 20 * MINUTE;

export type QueueKind = 'new' | 'learning' | 'review';

export interface QueueItem {
	card: Card;
	kind: QueueKind;
	/** When it fell due; null for a new card. */
	due: number | null;
}

export interface Queue {
	items: QueueItem[];
	counts: Record<QueueKind, number>;
	/** Due review cards left for another day by the daily review cap. */
	heldByCap: number;
	/** New cards still allowed today. */
	newAllowance: number;
	/** When the next card matching the filter falls due, beyond those queued; null when none is scheduled. */
	nextDue: number | null;
}

export function matchesFilter(card: Card, filter: QueueFilter): boolean {
	switch (filter.by) {
		case 'all':
			return true;
		case 'pack':
			return packOf(card.id) === filter.pack;
		case 'kind':
			return card.kind === filter.kind;
		case 'source':
			return card.sources.includes(filter.source);
	}
}

/** The earliest due moment after `now`, or null when nothing is scheduled. */
export function nextDue(states: Iterable<Pick<CardProgress, 'due' | 'state'>>, now: number): number | null {
	let next: number | null = null;
	for (const state of states) {
		if (state.state === NEW || state.due <= now) continue;
		if (next === null || state.due < next) next = state.due;
	}
	return next;
}

interface Due {
	card: Card;
	progress: CardProgress;
	/** 0 rated Again yesterday, 1 relearning, 2 learning, 3 review. */
	rank: number;
}

const byRankThenDue = (a: Due, b: Due) => a.rank - b.rank || a.progress.due - b.progress.due;

export function buildQueue(
	cards: readonly Card[],
	states: ReadonlyMap<string, CardProgress>,
	day: StudyDay,
	limits: QueueLimits,
	now: number,
	options: QueueOptions = {}
): Queue {
	const filter = options.filter ?? ALL_CARDS;
	const learnAheadUntil = now + (options.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS);
	const todayStart = startOfLocalDay(now);
	const due: Due[] = [];
	const ahead: Due[] = [];
	const fresh: Card[] = [];
	const seenToday = { pairs: new Set<string>(), entities: new Set<string>() };
	let later: number | null = null;

	for (const card of cards) {
		const progress = states.get(card.id);
		if (progress && progress.state !== NEW) {
			if ((progress.last_review ?? progress.introducedAt) >= todayStart) seenToday.pairs.add(card.pair);
			// Whatever the filter: a card met today keeps its entity's other new cards for another day.
			if (progress.introducedAt >= todayStart) seenToday.entities.add(card.entity);
		}
		if (!matchesFilter(card, filter)) continue;
		if (!progress || progress.state === NEW) {
			fresh.push(card);
			continue;
		}
		const learning = progress.state === LEARNING || progress.state === RELEARNING;
		if (progress.due <= now) {
			const rank = day.againYesterday.has(card.id)
				? 0
				: progress.state === RELEARNING
					? 1
					: progress.state === LEARNING
						? 2
						: 3;
			due.push({ card, progress, rank });
		} else if (learning && progress.due <= learnAheadUntil) {
			ahead.push({ card, progress, rank: 2 });
		} else if (later === null || progress.due < later) {
			later = progress.due;
		}
	}

	due.sort(byRankThenDue);
	ahead.sort(byRankThenDue);

	const items: QueueItem[] = [];
	const queuedPairs = new Set<string>(seenToday.pairs);
	let reviewsLeft = Math.max(0, limits.reviewCap - day.reviewedToday);
	let heldByCap = 0;
	for (const { card, progress } of due) {
		if (progress.state === REVIEW) {
			if (reviewsLeft === 0) {
				heldByCap++;
				continue;
			}
			reviewsLeft--;
		}
		items.push({ card, kind: progress.state === REVIEW ? 'review' : 'learning', due: progress.due });
		queuedPairs.add(card.pair);
	}

	const newAllowance = Math.max(0, limits.newPerDay - day.introducedToday);
	const newCards = pickNewCards(fresh, { pairs: queuedPairs, entities: seenToday.entities }, newAllowance);
	for (const card of newCards) items.push({ card, kind: 'new', due: null });

	for (const { card, progress } of ahead) items.push({ card, kind: 'learning', due: progress.due });

	if (options.front) putFirst(items, options.front, cards, states, filter);
	const ordered = separatePairs(items, options.afterPair, options.front !== undefined);

	const counts: Record<QueueKind, number> = { new: 0, learning: 0, review: 0 };
	for (const item of ordered) counts[item.kind]++;
	return { items: ordered, counts, heldByCap, newAllowance, nextDue: later };
}

/** Pairs and entities a learner already met today. */
export interface SeenToday {
	/** Pair keys of cards answered or introduced today (and of those queued before the new ones). */
	pairs: ReadonlySet<string>;
	/** Entities with a card introduced today. */
	entities: ReadonlySet<string>;
}

/**
 * Today's new cards from the never-studied ones, which come in pack order (the pack's teaching order, see
 * teaching-order.ts). Anki's "bury siblings": at most one new card per entity a day, and not one side of a fact
 * shown today, while other new cards remain; siblings come only when nothing else is left. Each card's fate
 * depends only on its place in the pack, its own `entity` and `pair`, and what came before it.
 */
export function pickNewCards(fresh: Iterable<Card>, seen: SeenToday, allowance: number): Card[] {
	if (allowance <= 0) return [];
	const pairs = new Set(seen.pairs);
	const entities = new Set(seen.entities);
	const picked: Card[] = [];
	const siblings: Card[] = [];
	for (const card of fresh) {
		if (picked.length === allowance) break;
		if (pairs.has(card.pair) || entities.has(card.entity)) siblings.push(card);
		else {
			picked.push(card);
			pairs.add(card.pair);
			entities.add(card.entity);
		}
	}
	// Only when there is nothing else to learn do two cards of one entity or one fact come on the same day.
	for (const card of siblings) {
		if (picked.length === allowance) break;
		picked.push(card);
	}
	return picked;
}

function putFirst(
	items: QueueItem[],
	id: string,
	cards: readonly Card[],
	states: ReadonlyMap<string, CardProgress>,
	filter: QueueFilter
): void {
	const at = items.findIndex((item) => item.card.id === id);
	if (at > 0) items.unshift(...items.splice(at, 1));
	if (at >= 0) return;
	const card = cards.find((c) => c.id === id);
	if (!card || !matchesFilter(card, filter)) return;
	const progress = states.get(id);
	const kind: QueueKind =
		!progress || progress.state === NEW ? 'new' : progress.state === REVIEW ? 'review' : 'learning';
	items.unshift({ card, kind, due: progress && progress.state !== NEW ? progress.due : null });
}

/** Moves cards forward so that no two neighbours share a pair, when another card can go between them. */
function separatePairs(items: QueueItem[], afterPair: string | undefined, keepFirst: boolean): QueueItem[] {
	const result = items.slice();
	for (let i = keepFirst ? 1 : 0; i < result.length; i++) {
		const previous = i === 0 ? afterPair : result[i - 1]!.card.pair;
		if (result[i]!.card.pair !== previous) continue;
		const swap = result.findIndex((item, j) => j > i && item.card.pair !== previous);
		if (swap === -1) break;
		result.splice(i, 0, ...result.splice(swap, 1));
	}
	return result;
}
