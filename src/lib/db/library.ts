/**
 * The library of packs: installing a pack (or a newer version of one), turning it on or off, removing it, and
 * reading what /library shows. A pack's content and the learner's card states change together, in one
 * transaction: an install either happens whole or not at all.
 */
import {
	cardSizes,
	describeChanges,
	diffCards,
	localId,
	qualify,
	qualifyPack,
	unqualifyPack,
	type PackChanges
} from '../domain/library';
import type { Card, Pack } from '../domain/pack';
import { db, type SourcedeckDB } from './database';
import type { PackCardRecord, PackOrigin, PackRecord } from './records';

export interface InstallOptions {
	origin: PackOrigin;
	now: number;
	/** Where a pack installed from a link came from. */
	url?: string;
	/** SHA-256 (hex) of the pack's content; computed when not given (see `packHash`). */
	hash?: string;
}

export interface InstallOutcome {
	pack: PackRecord;
	/** A new pack, a new version of one, or the very version already installed. */
	status: 'installed' | 'updated' | 'unchanged';
	/** For an update: which cards were added, changed and retired. */
	changes: PackChanges | null;
	/** What happened, as a person would say it. */
	summary: string;
}

/** SHA-256 (hex) of a pack's content in canonical JSON: the same pack always hashes the same. */
export async function packHash(pack: Pack): Promise<string> {
	const bytes = new TextEncoder().encode(JSON.stringify(pack));
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The tables an install writes: the library's, and the card states it keeps in step. */
const installTables = (database: SourcedeckDB) => [
	database.packs,
	database.packSources,
	database.packEntities,
	database.packCards,
	database.cards
];

/**
 * Installs a pack (with its own ids, as a pack file holds it), or a newer version of a pack already in the
 * library: progress is kept for every card whose id persists, removed cards are retired (their history kept,
 * out of every queue and quiz), new cards come in as new, and a changed answer is flagged on its card.
 */
export async function installPack(pack: Pack, options: InstallOptions): Promise<InstallOutcome> {
	const hash = options.hash ?? (await packHash(pack));
	const database = db();
	return database.transaction('rw', installTables(database), async () => {
		const existing = await database.packs.get(pack.id);
		if (existing && existing.hash === hash) {
			return {
				pack: existing,
				status: 'unchanged',
				changes: null,
				summary: `“${pack.title}” is already installed.`
			};
		}
		const installedCards = existing ? await database.packCards.where('pack').equals(pack.id).toArray() : [];
		const before = new Map(installedCards.map((card) => [card.id, card]));
		const library = qualifyPack(pack);
		// Ids in the changes are the library's (qualified), like everything else stored.
		const changes = existing
			? diffCards(
					installedCards.filter((c) => !c.retired),
					library.cards
				)
			: null;
		const started = new Set(await database.cards.where('pack').equals(pack.id).primaryKeys());
		const answerChanged = new Set(changes?.answerChanged);

		const cards: PackCardRecord[] = library.cards.map((card, rank) => {
			const record: PackCardRecord = { ...card, pack: pack.id, rank };
			if (!started.has(card.id)) record.newRank = rank;
			const old = before.get(card.id);
			if (answerChanged.has(card.id)) record.previousAnswer = old!.answer;
			else if (old?.previousAnswer && old.answer === card.answer) record.previousAnswer = old.previousAnswer;
			before.delete(card.id);
			return record;
		});
		// Cards the new version no longer has stay, retired, so their history still reads as cards.
		const retired = [...before.values()].map((card): PackCardRecord => {
			const { newRank: _newRank, ...rest } = card;
			return { ...rest, retired: true };
		});

		await database.packSources.where('pack').equals(pack.id).delete();
		await database.packEntities.where('pack').equals(pack.id).delete();
		await database.packCards.where('pack').equals(pack.id).delete();
		await database.packSources.bulkAdd(library.sources.map((s, rank) => ({ ...s, pack: pack.id, rank })));
		await database.packEntities.bulkAdd(library.entities.map((e, rank) => ({ ...e, pack: pack.id, rank })));
		await database.packCards.bulkAdd([...cards, ...retired]);

		await followCards(database, pack.id, new Set(library.cards.map((c) => c.id)));

		const record = packRecord(library, {
			hash,
			origin: existing?.origin === 'built-in' ? 'built-in' : options.origin,
			installedAt: existing?.installedAt ?? options.now,
			now: options.now,
			enabled: existing?.enabled ?? true,
			retired: retired.length
		});
		const url = options.url ?? existing?.url;
		if (url) record.url = url;
		const summary = changes
			? describeChanges(changes)
			: `${cards.length} card${cards.length === 1 ? '' : 's'}.`;
		if (changes) record.lastChange = { at: options.now, summary };
		record.firstNewRank = cards.reduce((first, c) => Math.min(first, c.newRank ?? first), cards.length);
		await database.packs.put(record);
		return {
			pack: record,
			status: existing ? 'updated' : 'installed',
			changes,
			summary: existing
				? `“${pack.title}” updated (version ${existing.version} → ${pack.version}): ${summary}`
				: `“${pack.title}” installed: ${summary}`
		};
	});
}

/**
 * What the library records of a pack (as the library holds it: ids qualified, the rest as its file has it),
 * installed at `installedAt` and written `now`. Pure, so a page can be prerendered with the record a first
 * visit's install writes.
 */
export function packRecord(
	library: Pack,
	at: {
		hash: string;
		origin: PackOrigin;
		installedAt: number;
		now: number;
		enabled: boolean;
		retired: number;
	}
): PackRecord {
	return {
		id: library.id,
		title: library.title,
		description: library.description,
		version: library.version,
		hash: at.hash,
		origin: at.origin,
		installedAt: at.installedAt,
		updatedAt: at.now,
		enabled: at.enabled,
		topics: library.topics,
		sizes: cardSizes(library.cards),
		counts: {
			cards: library.cards.length,
			retired: at.retired,
			sources: library.sources.length,
			entities: library.entities.length
		}
	};
}

/** Card states follow their pack: a retired card leaves the queue's index, a card back in the pack returns. */
async function followCards(database: SourcedeckDB, packId: string, live: ReadonlySet<string>): Promise<void> {
	await database.cards
		.where('pack')
		.equals(packId)
		.modify((state) => {
			if (live.has(state.id)) state.activePack = packId;
			else delete state.activePack;
		});
}

/**
 * Brings a pack's cards and the learner's card states back in step after the states were replaced (a backup
 * restored, a reset): never-studied cards are new again, studied ones are not. Call inside a rw transaction on
 * `packs`, `packCards` and `cards`.
 */
export async function reconcileProgress(database: SourcedeckDB, packId: string): Promise<void> {
	const started = new Set(await database.cards.where('pack').equals(packId).primaryKeys());
	const live = new Set<string>();
	let firstNewRank = Infinity;
	await database.packCards
		.where('pack')
		.equals(packId)
		.modify((card) => {
			if (!card.retired) live.add(card.id);
			if (!card.retired && !started.has(card.id)) {
				card.newRank = card.rank;
				firstNewRank = Math.min(firstNewRank, card.rank);
			} else delete card.newRank;
		});
	await followCards(database, packId, live);
	await database.packs.update(packId, { firstNewRank: Math.min(firstNewRank, live.size) });
}

/** Every pack in the library, in the order they were installed. */
export async function listPacks(): Promise<PackRecord[]> {
	const packs = await db().packs.toArray();
	return packs.sort((a, b) => a.installedAt - b.installedAt || a.title.localeCompare(b.title));
}

export async function getPack(id: string): Promise<PackRecord | undefined> {
	return db().packs.get(id);
}

/** Ids of the packs studied on Today and Study. */
export async function enabledPackIds(database: SourcedeckDB = db()): Promise<string[]> {
	return (await database.packs.toArray()).filter((p) => p.enabled).map((p) => p.id);
}

/** Turns a pack on or off for Today and Study. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
	const changed = await db().packs.update(id, { enabled });
	if (!changed) throw new Error(`No pack "${id}" in the library.`);
}

/** What /library shows of the learner's work on a pack. */
export interface PackProgress {
	/** Cards studied at least once (retired ones included). */
	started: number;
	/** When a card of the pack was last answered; null when never. */
	lastStudiedAt: number | null;
}

export async function packProgress(id: string): Promise<PackProgress> {
	const database = db();
	return database.transaction('r', database.cards, async () => {
		const started = await database.cards.where('pack').equals(id).count();
		const last = await database.cards
			.where('[pack+last_review]')
			.between([id, -Infinity], [id, Infinity])
			.last();
		return { started, lastStudiedAt: last?.last_review ?? null };
	});
}

/**
 * Removes a pack and the learner's work on it (card states, reviews, misses) in one transaction. The caller
 * offers a backup first and keeps a safety snapshot.
 */
export async function removePack(id: string): Promise<void> {
	const database = db();
	const prefix = qualify(id, '');
	await database.transaction(
		'rw',
		[...installTables(database), database.reviews, database.misses],
		async () => {
			const pack = await database.packs.get(id);
			if (!pack) return;
			if (pack.origin === 'built-in') throw new Error('The built-in pack can be turned off, not removed.');
			await database.reviews.where('cardId').startsWith(prefix).delete();
			await database.misses.where('cardId').startsWith(prefix).delete();
			await database.cards.where('pack').equals(id).delete();
			await database.packCards.where('pack').equals(id).delete();
			await database.packEntities.where('pack').equals(id).delete();
			await database.packSources.where('pack').equals(id).delete();
			await database.packs.delete(id);
		}
	);
}

/**
 * A pack as a file holds it (its own ids, without retired cards), for export: read from the library. Null when
 * the library has no such pack.
 */
export async function readPack(id: string): Promise<Pack | null> {
	const database = db();
	return database.transaction(
		'r',
		[database.packs, database.packSources, database.packEntities, database.packCards],
		async () => {
			const record = await database.packs.get(id);
			if (!record) return null;
			const [sources, entities, cards] = await Promise.all([
				database.packSources.where('pack').equals(id).toArray(),
				database.packEntities.where('pack').equals(id).toArray(),
				database.packCards.where('pack').equals(id).toArray()
			]);
			const inOrder = <T extends { rank: number }>(rows: T[]) => rows.sort((a, b) => a.rank - b.rank);
			const strip = <T extends { pack: string; rank: number }>({ pack: _pack, rank: _rank, ...rest }: T) =>
				rest;
			const live = cards
				.filter((c) => !c.retired)
				.sort((a, b) => a.rank - b.rank)
				.map(({ pack: _p, rank: _r, newRank: _n, retired: _x, previousAnswer: _a, ...card }): Card => card);
			const pack: Pack = {
				id,
				title: record.title,
				version: record.version,
				description: record.description,
				topics: record.topics,
				sources: inOrder(sources).map(strip),
				entities: inOrder(entities).map(strip),
				cards: live
			};
			return unqualifyPack(pack);
		}
	);
}

/** The id inside its pack, for messages that name a card. */
export { localId };
