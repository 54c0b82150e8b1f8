/**
 * What the study queue needs, read by indexed queries whose cost does not grow with the library: the first
 * learning cards, the first due reviews and the first new cards in teaching order (across the packs: a library of
 * ten packs holds a window no larger than one pack's), today's cards (so siblings stay apart), and the totals the
 * counts need. One read transaction, so the window is consistent; it is read again after every answer.
 */
import { addDays } from '../domain/calendar';
import type { QueueFilter, StudyDay } from '../domain/queue';
import type { QueueWindow } from '../domain/queue-window';
import { AGAIN, LEARNING, RELEARNING, REVIEW } from '../domain/scheduler-values';
import { localDay } from '../domain/time';
import type { Collection } from 'dexie';
import { db, type SourcedeckDB } from './database';
import type { CardRecord, PackCardRecord, PackRecord } from './records';

/** Due reviews read: far more than a session shows before the window is read again. */
export const REVIEWS_PER_READ = 60;
/** Learning cards read per learning state (relearning, learning), the earliest due first. */
export const LEARNING_PER_READ = 60;
/** New cards read beyond the day's allowance, so siblings can be passed over. */
const NEW_SPARE = 30;

/** The `n` records due first. Each pack's read is its own earliest, so the first `n` of them all are the library's. */
const earliest = <T extends { due: number }>(records: T[], n: number): T[] =>
	records.sort((a, b) => a.due - b.due).slice(0, n);

export interface WindowRequest {
	now: number;
	filter: QueueFilter;
	newPerDay: number;
	learnAheadMs: number;
	/**
	 * Count every due card of the library (the default). Without it, a read that reaches its limit leaves the
	 * totals as lower bounds (`counted` false): a cold start shows its first card without walking every due entry
	 * of a large library, and counts afterwards.
	 */
	counts?: boolean;
	/**
	 * Due cards read per state (learning, relearning, review); by default far more than a session shows before
	 * the window is read again. A cold start's first read asks for a few: every record read costs the page's
	 * main thread (IndexedDB hands each one over as its own task), and the whole window is read once the card
	 * is shown.
	 */
	perState?: number;
	/** Pack cards the caller holds from an earlier window: those of unchanged packs are not read again. */
	held?: HeldCards;
}

/**
 * Pack cards an earlier window brought, and the hash of each pack's content when it was read. After every
 * answer the window is read again, and it holds almost the same cards: each one read again would be a
 * main-thread task (IndexedDB hands over every record on its own), ~190 of them per answer with a full window.
 */
export interface HeldCards {
	cards: ReadonlyMap<string, PackCardRecord>;
	packHashes: ReadonlyMap<string, string>;
}

export interface StudyWindow extends QueueWindow {
	cards: PackCardRecord[];
	states: Map<string, CardRecord>;
	day: StudyDay;
	/** The packs the window was read from. */
	packs: string[];
	/** Each of those packs' content hash, as read with the window (see HeldCards). */
	packHashes: Map<string, string>;
	/** Whether the learner has ever studied a card, in any pack: if not, a newcomer. */
	started: boolean;
	/**
	 * The due totals are the library's; false when they are lower bounds (see `WindowRequest.counts`), and then
	 * `nextDueBeyond` is not read either (null).
	 */
	counted: boolean;
}

/** The packs a filter studies: one pack, or every pack that is on. */
async function packsFor(database: SourcedeckDB, filter: QueueFilter): Promise<PackRecord[]> {
	const packs = await database.packs.toArray();
	if (filter.by === 'pack') return packs.filter((p) => p.id === filter.pack);
	return packs.filter((p) => p.enabled);
}

/** For a kind or source filter: the ids of the cards it allows (null: every card of the packs). */
async function allowedIds(
	database: SourcedeckDB,
	filter: QueueFilter,
	packs: string[]
): Promise<Set<string> | null> {
	if (filter.by === 'kind') {
		const kind = filter.kind;
		return new Set(
			await database.packCards
				.where('pack')
				.anyOf(packs)
				.filter((c) => c.kind === kind)
				.primaryKeys()
		);
	}
	if (filter.by === 'source') {
		const ids = await database.packCards.where('sources').equals(filter.source).primaryKeys();
		return new Set(ids);
	}
	return null;
}

export async function loadStudyWindow(request: WindowRequest): Promise<StudyWindow> {
	const database = db();
	const { now, filter } = request;
	const tables = [database.packs, database.packCards, database.cards, database.reviews];
	return database.transaction('r', tables, async () => {
		const studied = await packsFor(database, filter);
		const packs = studied.map((p) => p.id);
		// Where each pack's new cards start: the index entries of cards studied since are not walked.
		const newFrom = new Map(studied.map((p) => [p.id, p.firstNewRank ?? -Infinity]));
		const allowed = await allowedIds(database, filter, packs);
		const inFilter = (id: string) => allowed === null || allowed.has(id);
		const today = localDay(now);
		const learnAheadUntil = now + request.learnAheadMs;
		const [todays, yesterdays] = await Promise.all([
			database.reviews.where('day').equals(today).toArray(),
			database.reviews.where('day').equals(addDays(today, -1)).toArray()
		]);
		const day: StudyDay = {
			introducedToday: todays.filter((r) => r.before === null).length,
			reviewedToday: todays.filter((r) => r.before?.state === REVIEW).length,
			againYesterday: new Set(yesterdays.filter((r) => r.rating === AGAIN).map((r) => r.cardId))
		};

		const states = new Map<string, CardRecord>();
		const keep = (records: (CardRecord | undefined)[]) => {
			for (const record of records)
				if (record?.activePack && packs.includes(record.activePack)) states.set(record.id, record);
		};
		// Cards met today (siblings stay apart) and cards missed yesterday (they come first).
		keep(await database.cards.bulkGet([...new Set([...todays.map((r) => r.cardId), ...day.againYesterday])]));

		const range = (pack: string, state: number, from: number, to: number) =>
			database.cards
				.where('[activePack+state+due]')
				.between([pack, state, from], [pack, state, to], true, true);
		let nextDueBeyond: number | null = null;
		const later = (due: number | undefined) => {
			if (due !== undefined && (nextDueBeyond === null || due < nextDueBeyond)) nextDueBeyond = due;
		};
		const newWanted = Math.max(0, request.newPerDay - day.introducedToday);
		// Without a kind or source filter no record is tested in script, so IndexedDB counts and reads each range
		// in one request (a filter would walk a cursor, one round trip per record).
		const matching = <T extends { id: string }, I>(collection: Collection<T, string, I>) =>
			allowed === null ? collection : collection.filter((record) => inFilter(record.id));
		const firstDue = async (collection: Collection<CardRecord, string, unknown>) =>
			(await matching(collection).first())?.due;
		const counting = request.counts ?? true;
		let counted = true;
		/**
		 * The `limit` cards of a state due first across the packs, and the state's total. Each record read costs
		 * the main thread, so each pack is first read for a share of the limit; a pack whose share may hide more
		 * of the earliest (its share was full and its last card is due no later than the limit-th of all) is read
		 * again for the whole limit.
		 */
		const earliestDue = async (state: number, until: number, limit: number) => {
			const dueNow = (pack: string) => range(pack, state, -Infinity, until);
			const counts = counting ? Promise.all(packs.map((pack) => matching(dueNow(pack)).count())) : null;
			// A fresh collection per request: Dexie's limit() and filter() change the collection they are called on.
			const readOf = async (pack: string, n: number) => ({
				pack,
				n,
				records: await matching(dueNow(pack)).limit(n).toArray()
			});
			const share =
				packs.length <= 1 ? limit : Math.min(limit, Math.max(8, Math.ceil((2 * limit) / packs.length)));
			let reads = await Promise.all(packs.map((pack) => readOf(pack, share)));
			const all = (list: typeof reads) =>
				earliest(
					list.flatMap((r) => r.records),
					limit
				);
			const first = all(reads);
			const cutoff = first.length === limit ? first[limit - 1]!.due : Infinity;
			const hidden = (r: (typeof reads)[number]) =>
				r.n < limit && r.records.length === r.n && r.records[r.n - 1]!.due <= cutoff;
			if (reads.some(hidden))
				reads = await Promise.all(reads.map((r) => (hidden(r) ? readOf(r.pack, limit) : r)));
			// Not counting, what was read is the total unless a read was full: then it is a lower bound.
			if (!counting && reads.some((r) => r.records.length >= r.n)) counted = false;
			const totals = counts ? await counts : reads.map((r) => r.records.length);
			return { records: all(reads), n: totals.reduce((sum, n) => sum + n, 0) };
		};
		/** When each range's next card beyond the window falls due. */
		const beyondOf = (pack: string) =>
			Promise.all([
				firstDue(range(pack, LEARNING, learnAheadUntil + 1, Infinity)),
				firstDue(range(pack, RELEARNING, learnAheadUntil + 1, Infinity)),
				firstDue(range(pack, REVIEW, now + 1, Infinity))
			]);
		/** One pack's new cards, and (counting) when its next cards beyond the window fall due. */
		const readPack = async (pack: string) => {
			const [newOfPack, beyond] = await Promise.all([
				newWanted > 0
					? matching(
							database.packCards
								.where('[pack+newRank]')
								.between([pack, newFrom.get(pack) ?? -Infinity], [pack, Infinity])
						)
							.limit(newWanted + NEW_SPARE)
							.toArray()
					: [],
				counting ? beyondOf(pack) : []
			]);
			return { newOfPack, beyond };
		};
		// Every pack at once: a library of ten packs waits about as long as one pack.
		const [learning, relearning, reviewsDueNow, parts] = await Promise.all([
			earliestDue(LEARNING, learnAheadUntil, request.perState ?? LEARNING_PER_READ),
			earliestDue(RELEARNING, learnAheadUntil, request.perState ?? LEARNING_PER_READ),
			earliestDue(REVIEW, now, request.perState ?? REVIEWS_PER_READ),
			Promise.all(packs.map(readPack))
		]);
		for (const part of parts) for (const due of part.beyond) later(due);
		// Not counting, a window that is whole still says when its next card falls due. One that is not is read
		// again at once with its counts (see WindowRequest.counts): that read says it, and this one makes fewer
		// requests (each costs the page's main thread, whatever it returns).
		if (!counting && counted) for (const due of (await Promise.all(packs.map(beyondOf))).flat()) later(due);
		keep(learning.records);
		keep(relearning.records);
		keep(reviewsDueNow.records);
		// New cards of several packs take turns, each pack in its own teaching order.
		const newCards = parts.flatMap((part) => part.newOfPack);
		newCards.sort((a, b) => a.newRank! - b.newRank! || a.pack.localeCompare(b.pack));
		newCards.splice(newWanted + NEW_SPARE);
		const shown = new Set(newCards.map((c) => c.id));
		const packHashes = new Map(studied.map((p) => [p.id, p.hash]));
		const { held } = request;
		/** A card handed in whose pack has not changed since it was read. */
		const heldCard = (id: string) => {
			const card = held?.cards.get(id);
			return card && held!.packHashes.get(card.pack) === packHashes.get(card.pack) ? card : undefined;
		};
		const wanted = [...states.keys()].filter((id) => !shown.has(id));
		const reused = wanted.map(heldCard);
		const gaps = wanted.filter((_, i) => !reused[i]);
		const read = await database.packCards.bulkGet(gaps);
		const readById = new Map(gaps.map((id, i) => [id, read[i]]));
		const others = wanted
			.map((id, i) => reused[i] ?? readById.get(id))
			.filter((c): c is PackCardRecord => c !== undefined && !c.retired);
		return {
			// One record read, not all of them counted.
			started: (await database.cards.limit(1).primaryKeys()).length > 0,
			counted,
			cards: [...others, ...newCards],
			states,
			day,
			packs,
			packHashes,
			reviewsDue: reviewsDueNow.n,
			reviewsRead: new Set(reviewsDueNow.records.map((r) => r.id)),
			learningDue: learning.n + relearning.n,
			// Every learning card due by the limit that the window holds, today's cards included.
			learningRead: new Set(
				[...states.values()]
					.filter((s) => (s.state === LEARNING || s.state === RELEARNING) && s.due <= learnAheadUntil)
					.filter((s) => inFilter(s.id))
					.map((s) => s.id)
			),
			nextDueBeyond
		};
	});
}
