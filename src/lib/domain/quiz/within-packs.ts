/**
 * The part of a library's merged pack that a quiz is made from. Apart from domain/library.ts, which every page
 * loads, since only the quiz and assignment screens use it. Pure.
 */
import { packOf } from '../library';
import type { Pack } from '../pack';

const subsets = new WeakMap<Pack, Map<string, Pack>>();

/**
 * The part of a merged library pack that belongs to the packs named, merged in the order of their ids rather
 * than the order this device installed them: a quiz made from it (its cards and its wrong answers) comes out the
 * same on every device with the same versions. Remembered per pack, so the quiz engine's indexes are reused.
 */
export function withinPacks(pack: Pack, packIds: readonly string[]): Pack {
	const ids = [...new Set(packIds)].sort();
	const key = ids.join('\n');
	let bySet = subsets.get(pack);
	if (!bySet) subsets.set(pack, (bySet = new Map()));
	let found = bySet.get(key);
	if (!found) {
		const rank = new Map(ids.map((id, i) => [id, i]));
		const pick = <T extends { id: string }>(items: readonly T[]): T[] =>
			items
				.filter((item) => rank.has(packOf(item.id)))
				// Array.prototype.sort is stable: each pack keeps its own teaching order.
				.sort((a, b) => rank.get(packOf(a.id))! - rank.get(packOf(b.id))!);
		found = {
			...pack,
			id: ids.join('+'),
			sources: pick(pack.sources),
			entities: pick(pack.entities),
			cards: pick(pack.cards)
		};
		bySet.set(key, found);
	}
	return found;
}
