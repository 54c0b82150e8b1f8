/**
 * The cards a quiz may draw on: every given filter must hold; an empty or missing filter allows all.
 * Remembered per pool for the last few selections, so a teacher's repeated quiz does not rescan the pack.
 */
import { packOf } from '../library';
import type { Card, Entity, EntityKind } from '../pack';
import type { PoolCard, QuizPool } from './pool';
import type { QuizSelection } from './types';

export interface Selection {
	cards: PoolCard[];
	/** Entities the selected cards teach (uncontested), by kind: timeline and matching items come from these. */
	taught: Map<EntityKind, Entity[]>;
}

const REMEMBERED = 16;
const memo = new WeakMap<QuizPool, Map<string, Selection>>();

const asSet = <T>(list: readonly T[] | undefined) => (list?.length ? new Set(list) : null);

/** Whether a card passes every filter of the selection. */
function selectionTest(selection: QuizSelection): (card: Card) => boolean {
	const kinds = asSet(selection.kinds);
	const sources = asSet(selection.sources);
	const ids = asSet(selection.cardIds);
	const packs = asSet(selection.packs);
	return (card) =>
		(!packs || packs.has(packOf(card.id))) &&
		(!kinds || kinds.has(card.kind)) &&
		(!sources || card.sources.some((s) => sources.has(s))) &&
		(!ids || ids.has(card.id));
}

export function selectCards(pool: QuizPool, selection: QuizSelection): PoolCard[] {
	const allows = selectionTest(selection);
	return pool.cards.filter(({ card }) => allows(card));
}

/**
 * How many of the cards the selection allows: what `selectCards` finds in the pack's pool, counted without
 * building the pool (its indexes cost a slow phone some 80 ms, and a count needs none of them).
 */
export function countSelected(cards: readonly Card[], selection: QuizSelection): number {
	const allows = selectionTest(selection);
	let count = 0;
	for (const card of cards) if (allows(card)) count++;
	return count;
}

function taughtByKind(pool: QuizPool, cards: readonly PoolCard[]): Map<EntityKind, Entity[]> {
	const byKind = new Map<EntityKind, Entity[]>();
	const seen = new Uint8Array(pool.pack.entities.length);
	for (const { entity, entityIndex } of cards) {
		if (!entity || entity.contested || entityIndex < 0 || seen[entityIndex]) continue;
		seen[entityIndex] = 1;
		const list = byKind.get(entity.kind);
		if (list) list.push(entity);
		else byKind.set(entity.kind, [entity]);
	}
	return byKind;
}

/** The selected cards and what they teach; the arrays are shared, so callers must not change them. */
export function selectionOf(pool: QuizPool, selection: QuizSelection): Selection {
	const key = JSON.stringify([
		selection.kinds ?? [],
		selection.sources ?? [],
		selection.cardIds ?? [],
		selection.packs ?? []
	]);
	let cache = memo.get(pool);
	if (!cache) memo.set(pool, (cache = new Map()));
	let found = cache.get(key);
	if (!found) {
		const cards = selectCards(pool, selection);
		found = { cards, taught: taughtByKind(pool, cards) };
		if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value!);
		cache.set(key, found);
	}
	return found;
}
