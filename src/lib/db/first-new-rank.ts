/**
 * Where a pack's new cards start in the `[pack+newRank]` index. A card studied for the first time leaves that
 * index, but IndexedDB (LevelDB in Chromium) keeps a deleted entry until it compacts the store, and a read walks
 * every deleted entry below the first live one: after a backup of a year's study is restored, the first new
 * card of a pack sat behind thousands of them on every visit. `PackRecord.firstNewRank` is a lower bound of the
 * pack's lowest new rank: reads start there. Raising it is an optimisation; every write that makes a card new
 * again must lower it, or that card would be skipped.
 */
import type { SourcedeckDB } from './database';
import type { PackRecord } from './records';

/** The lowest new rank of a pack at or above `from`; one past its last card when none is new. */
export async function firstNewRankFrom(
	database: SourcedeckDB,
	pack: PackRecord,
	from: number = -Infinity
): Promise<number> {
	const first = await database.packCards
		.where('[pack+newRank]')
		.between([pack.id, from], [pack.id, Infinity])
		.first();
	return first?.newRank ?? pack.counts.cards;
}

/**
 * A card of rank `rank` was studied for the first time: when it was where the pack's new cards started, they
 * now start at the next new one. Call inside a rw transaction on `packs` and `packCards`, after the card left
 * the index.
 */
export async function afterNewCardStudied(
	database: SourcedeckDB,
	packId: string,
	rank: number
): Promise<void> {
	const pack = await database.packs.get(packId);
	if (!pack) return;
	// Below the studied card, the bound still holds; a pack stored before bounds were kept gets its first.
	if (pack.firstNewRank !== undefined && pack.firstNewRank !== rank) return;
	await database.packs.update(packId, {
		firstNewRank: await firstNewRankFrom(database, pack, pack.firstNewRank)
	});
}

/** A card of rank `rank` is new again (an undone first answer): the pack's new cards start no later than it. */
export async function afterCardNewAgain(database: SourcedeckDB, packId: string, rank: number): Promise<void> {
	const pack = await database.packs.get(packId);
	if (pack?.firstNewRank !== undefined && rank < pack.firstNewRank)
		await database.packs.update(packId, { firstNewRank: rank });
}
