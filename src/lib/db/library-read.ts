/** Reading pack content from the library: only what a screen shows, by key. */
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
