/** Reading pack content from the library: only what a screen shows, by key. */
import type { Card, Pack } from '../domain/pack';
import { distinctAnswers } from '../domain/typed-answer';
import { db } from './database';
import type { PackCardRecord, PackEntityRecord, PackRecord, PackSourceRecord } from './records';

/** Cards by id, in the order asked (missing ones left out). */
export async function cardsByIds(ids: readonly string[]): Promise<PackCardRecord[]> {
	return (await db().packCards.bulkGet([...ids])).filter((c): c is PackCardRecord => c !== undefined);
}

/** Entities by id (missing ones left out). */
export async function entitiesByIds(ids: readonly string[]): Promise<PackEntityRecord[]> {
	return (await db().packEntities.bulkGet([...new Set(ids)])).filter(
		(e): e is PackEntityRecord => e !== undefined
	);
}

/** The distinct answers of a pack's live cards of one type: the rivals of a typed answer. */
export async function answersOfType(pack: string, type: string): Promise<string[]> {
	const cards = await db()
		.packCards.where('pack')
		.equals(pack)
		.filter((c) => c.type === type && !c.retired)
		.toArray();
	return distinctAnswers(cards.sort((a, b) => a.rank - b.rank));
}

/** What every screen names: the packs, and the sources of the packs (a few per pack), in order. */
export interface LibraryIndex {
	packs: PackRecord[];
	sources: PackSourceRecord[];
}

export async function loadLibraryIndex(): Promise<LibraryIndex> {
	const database = db();
	return database.transaction('r', [database.packs, database.packSources], async () => {
		const packs = (await database.packs.toArray()).sort((a, b) => a.installedAt - b.installedAt);
		const sources = await database.packSources.toArray();
		const order = new Map(packs.map((p, i) => [p.id, i]));
		sources.sort((a, b) => (order.get(a.pack) ?? 0) - (order.get(b.pack) ?? 0) || a.rank - b.rank);
		return { packs, sources };
	});
}

/**
 * Several packs read as one, for the screens that work across the library (quiz, missed, progress, sources,
 * assign): every id stays qualified by its pack, so the packs cannot collide. Retired cards are left out.
 */
export async function readPacks(ids: readonly string[]): Promise<{ packs: PackRecord[]; pack: Pack }> {
	const database = db();
	return database.transaction(
		'r',
		[database.packs, database.packSources, database.packEntities, database.packCards],
		async () => {
			const packs = (await database.packs.bulkGet([...ids]))
				.filter((p): p is PackRecord => p !== undefined)
				.sort((a, b) => a.installedAt - b.installedAt);
			const parts = await Promise.all(
				packs.map(async ({ id }) => {
					const [sources, entities, cards] = await Promise.all([
						database.packSources.where('pack').equals(id).sortBy('rank'),
						database.packEntities.where('pack').equals(id).sortBy('rank'),
						database.packCards.where('pack').equals(id).sortBy('rank')
					]);
					return { sources, entities, cards: cards.filter((c) => !c.retired) };
				})
			);
			const pack: Pack = {
				id: packs.map((p) => p.id).join('+'),
				title: packs.map((p) => p.title).join(', '),
				description: '',
				version: packs.map((p) => p.version).join('+'),
				topics: packs.flatMap((p) => p.topics),
				sources: parts.flatMap((part) => part.sources.map(withoutRow)),
				entities: parts.flatMap((part) => part.entities.map(withoutRow)),
				cards: parts.flatMap((part) =>
					part.cards.map(({ newRank: _n, retired: _x, previousAnswer: _a, ...card }): Card =>
						withoutRow(card)
					)
				)
			};
			return { packs, pack };
		}
	);
}

/** A stored row as the pack had it: without the library's bookkeeping. */
function withoutRow<T extends { pack: string; rank: number }>({ pack: _pack, rank: _rank, ...rest }: T) {
	return rest;
}
