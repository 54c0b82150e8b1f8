/**
 * What the study queue needs, read by indexed queries whose cost does not grow with the library: the learning
 * cards, the first due reviews, the first new cards of each pack in teaching order, today's cards (so siblings
 * stay apart), and the totals the counts need. One read transaction, so the window is consistent.
 */
import { addDays } from '../domain/calendar';
import type { QueueFilter, StudyDay } from '../domain/queue';
import type { QueueWindow } from '../domain/queue-window';
import { AGAIN, LEARNING, RELEARNING, REVIEW } from '../domain/scheduler-values';
import { localDay } from '../domain/time';
import { db, type SourcedeckDB } from './database';
import type { CardRecord, PackCardRecord } from './records';

/** Due reviews read per pack: far more than a session shows before the window is read again. */
export const REVIEWS_PER_READ = 60;
/** New cards read per pack, beyond the day's allowance, so siblings can be passed over. */
const NEW_SPARE = 30;

export interface WindowRequest {
	now: number;
	filter: QueueFilter;
	newPerDay: number;
	learnAheadMs: number;
}

export interface StudyWindow extends QueueWindow {
	cards: PackCardRecord[];
	states: Map<string, CardRecord>;
	day: StudyDay;
	/** The packs the window was read from. */
	packs: string[];
	/** Cards the learner has ever studied, in any pack: none means a newcomer. */
	started: number;
}

/** The packs a filter studies: one pack, or every pack that is on. */
async function packsFor(database: SourcedeckDB, filter: QueueFilter): Promise<string[]> {
	const packs = await database.packs.toArray();
	if (filter.by === 'pack') return packs.some((p) => p.id === filter.pack) ? [filter.pack] : [];
	return packs.filter((p) => p.enabled).map((p) => p.id);
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
		const packs = await packsFor(database, filter);
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
		let reviewsDue = 0;
		const reviewsRead = new Set<string>();
		let nextDueBeyond: number | null = null;
		const later = (due: number | undefined) => {
			if (due !== undefined && (nextDueBeyond === null || due < nextDueBeyond)) nextDueBeyond = due;
		};
		const newCards: PackCardRecord[] = [];
		const newWanted = Math.max(0, request.newPerDay - day.introducedToday);
		for (const pack of packs) {
			for (const state of [LEARNING, RELEARNING]) {
				keep((await range(pack, state, -Infinity, learnAheadUntil).toArray()).filter((s) => inFilter(s.id)));
				later(
					(
						await range(pack, state, learnAheadUntil + 1, Infinity)
							.filter((s) => inFilter(s.id))
							.first()
					)?.due
				);
			}
			const due = range(pack, REVIEW, -Infinity, now);
			reviewsDue +=
				allowed === null
					? await due.count()
					: await due
							.clone()
							.filter((s) => inFilter(s.id))
							.count();
			const read = await due
				.filter((s) => inFilter(s.id))
				.limit(REVIEWS_PER_READ)
				.toArray();
			for (const record of read) reviewsRead.add(record.id);
			keep(read);
			later(
				(
					await range(pack, REVIEW, now + 1, Infinity)
						.filter((s) => inFilter(s.id))
						.first()
				)?.due
			);
			if (newWanted > 0)
				newCards.push(
					...(await database.packCards
						.where('[pack+newRank]')
						.between([pack, -Infinity], [pack, Infinity])
						.filter((c) => inFilter(c.id))
						.limit(newWanted + NEW_SPARE)
						.toArray())
				);
		}
		// New cards of several packs take turns, each pack in its own teaching order.
		newCards.sort((a, b) => a.newRank! - b.newRank! || a.pack.localeCompare(b.pack));
		const shown = new Set(newCards.map((c) => c.id));
		const others = (
			await database.packCards.bulkGet([...states.keys()].filter((id) => !shown.has(id)))
		).filter((c): c is PackCardRecord => c !== undefined && !c.retired);
		return {
			started: await database.cards.count(),
			cards: [...others, ...newCards],
			states,
			day,
			packs,
			reviewsDue,
			reviewsRead,
			nextDueBeyond
		};
	});
}
