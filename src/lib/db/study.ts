/**
 * Study answers and the queue's inputs. Every answer writes the card state, its review row and (on Again)
 * its miss in one transaction; undo reverses all three in one transaction.
 */
import { addDays } from '../domain/calendar';
import type { QueueFilter, StudyDay } from '../domain/queue';
import {
	AGAIN,
	REVIEW,
	appScheduler,
	isRating,
	type FsrsState,
	type Rating,
	type Scheduler
} from '../domain/scheduler';
import { SESSION_PREFS_KEY } from '../domain/legacy-ids';
import { packOf } from '../domain/library';
import { settingsFromRows } from '../domain/settings';
import { localDay, startOfLocalDay } from '../domain/time';
import { db, type SourcedeckDB } from './database';
import { afterCardNewAgain, afterNewCardStudied } from './first-new-rank';
import type { CardRecord, MissRecord, ReviewRecord } from './records';

/** Longest answer time we record: someone who walked away did not think for an hour. */
export const MAX_DURATION_MS = 5 * 60_000;
const MAX_TYPED = 500;

export interface AnswerOptions {
	/** Defaults to one built from the stored settings, with fuzz on. */
	scheduler?: Scheduler;
}

export interface Answered {
	card: CardRecord;
	review: ReviewRecord & { id: number };
	/** The miss written for an Again. */
	miss?: MissRecord & { id: number };
}

/** The FSRS part of a card record. */
export function fsrsStateOf(card: CardRecord): FsrsState {
	const { id: _id, introducedAt: _introducedAt, ...state } = card;
	return state;
}

/** The app's scheduler as the stored settings configure it. Call inside a transaction that includes `settings`. */
export async function storedScheduler(database: SourcedeckDB = db()): Promise<Scheduler> {
	return appScheduler(settingsFromRows(await database.settings.toArray()));
}

/**
 * The tables an answer writes: card state, review, miss, the card's place among new cards, and where its pack's
 * new cards start.
 */
export const answerTables = (database: SourcedeckDB) => [
	database.cards,
	database.reviews,
	database.misses,
	database.packCards,
	database.packs
];

/** Grades a card and writes card, review and miss. Must run inside a rw transaction on `answerTables`. */
export async function writeAnswer(
	database: SourcedeckDB,
	cardId: string,
	rating: Rating,
	now: number,
	durationMs: number,
	typed: string | undefined,
	scheduler: Scheduler
): Promise<Answered> {
	if (!isRating(rating)) throw new RangeError(`rating must be 1–4, got ${String(rating)}`);
	if (!cardId) throw new RangeError('cardId is empty');
	const existing = await database.cards.get(cardId);
	const before = existing ? fsrsStateOf(existing) : null;
	const { after } = scheduler.grade(before, rating, now);
	const card: CardRecord = { id: cardId, introducedAt: existing?.introducedAt ?? now, ...after };
	const pack = packOf(cardId);
	if (pack) {
		card.pack = pack;
		if (existing ? existing.activePack : !(await leaveNewCards(database, cardId))) card.activePack = pack;
	}
	const review: ReviewRecord = {
		cardId,
		at: now,
		day: localDay(now),
		rating,
		durationMs: recordedDuration(durationMs),
		before,
		after
	};
	const given = typed?.trim().slice(0, MAX_TYPED);
	if (typed !== undefined) review.typed = given ?? '';

	await database.cards.put(card);
	const reviewId = (await database.reviews.add(review)) as number;
	const answered: Answered = { card, review: { ...review, id: reviewId } };
	if (rating === AGAIN) {
		const miss: MissRecord = { cardId, at: now, from: 'study' };
		if (given) miss.given = given;
		const missId = (await database.misses.add(miss)) as number;
		answered.miss = { ...miss, id: missId };
	}
	return answered;
}

/** The answer time as recorded: whole milliseconds, up to MAX_DURATION_MS. */
const recordedDuration = (durationMs: number) =>
	Math.min(MAX_DURATION_MS, Math.max(0, Number.isFinite(durationMs) ? Math.round(durationMs) : 0));

/**
 * A card studied for the first time leaves the new-card index. True when the library holds it retired (it is
 * then kept out of the queue from the start); a card whose pack is not installed yet counts as live.
 */
async function leaveNewCards(database: SourcedeckDB, cardId: string): Promise<boolean> {
	const card = await database.packCards.get(cardId);
	if (!card) return false;
	if (card.newRank !== undefined) {
		delete card.newRank;
		await database.packCards.put(card);
		await afterNewCardStudied(database, card.pack, card.rank);
	}
	return card.retired === true;
}

/**
 * An answer as the learner gave it: what `answerCard` stores. The card, the moment, the rating and the time taken
 * name it (one learner gives no two answers to a card in one millisecond).
 */
export interface GivenAnswer {
	cardId: string;
	rating: Rating;
	/** When it was given (epoch ms). */
	at: number;
	durationMs: number;
	typed?: string;
}

/** Whether the answer is stored already; call inside a transaction on `answerTables`. */
async function storedAnswer(
	database: SourcedeckDB,
	{ cardId, rating, at, durationMs }: GivenAnswer
): Promise<boolean> {
	const took = recordedDuration(durationMs);
	const stored = await database.reviews
		.where('at')
		.equals(at)
		.filter((row) => row.cardId === cardId && row.rating === rating && row.durationMs === took)
		.count();
	return stored > 0;
}

/** Records an answer in the study session: card state, review row and, on Again, a miss. One transaction. */
export async function answerCard(
	cardId: string,
	rating: Rating,
	now: number,
	durationMs: number,
	typed?: string,
	options: AnswerOptions = {}
): Promise<Answered> {
	const database = db();
	return database.transaction('rw', [...answerTables(database), database.settings], async () =>
		writeAnswer(
			database,
			cardId,
			rating,
			now,
			durationMs,
			typed,
			options.scheduler ?? (await storedScheduler(database))
		)
	);
}

/**
 * Stores answers given but perhaps never stored (the page was reloaded or closed while they were being written),
 * oldest first, each in its transaction; those already stored (their write ended after all, or another tab's
 * write of its own answer was still running) are left as they are.
 */
export async function storeGivenAnswers(answers: readonly GivenAnswer[]): Promise<void> {
	const database = db();
	for (const answer of [...answers].sort((a, b) => a.at - b.at))
		await database.transaction('rw', [...answerTables(database), database.settings], async () => {
			if (await storedAnswer(database, answer)) return;
			const { cardId, rating, at, durationMs, typed } = answer;
			await writeAnswer(database, cardId, rating, at, durationMs, typed, await storedScheduler(database));
		});
}

/**
 * Takes back the latest answer: the card gets its state from before (or is forgotten if it was new), the
 * review row and its miss are deleted. One transaction. With `reviewId`, only that answer is taken back
 * (null if a newer answer exists, e.g. from another tab).
 */
export async function undoLastAnswer(reviewId?: number): Promise<ReviewRecord | null> {
	const database = db();
	return database.transaction('rw', answerTables(database), async () => {
		const last = await database.reviews.toCollection().last();
		if (!last || last.id === undefined || (reviewId !== undefined && last.id !== reviewId)) return null;
		const current = await database.cards.get(last.cardId);
		if (last.before === null) {
			await database.cards.delete(last.cardId);
			// Never studied again: back among the new cards, in its place.
			const card = await database.packCards.get(last.cardId);
			if (card && !card.retired) {
				await database.packCards.put({ ...card, newRank: card.rank });
				await afterCardNewAgain(database, card.pack, card.rank);
			}
		} else {
			const restored: CardRecord = {
				...last.before,
				id: last.cardId,
				introducedAt: current?.introducedAt ?? last.at
			};
			if (current?.pack) restored.pack = current.pack;
			if (current?.activePack) restored.activePack = current.activePack;
			await database.cards.put(restored);
		}
		await database.reviews.delete(last.id);
		if (last.rating === AGAIN) {
			await database.misses
				.where('cardId')
				.equals(last.cardId)
				.filter((miss) => miss.from === 'study' && miss.at === last.at)
				.delete();
		}
		return last;
	});
}

/** What the queue needs from the database. */
export interface StudySnapshot {
	states: Map<string, CardRecord>;
	day: StudyDay;
}

/** Card states and today's counts, read in one transaction. */
export async function loadStudySnapshot(now: number): Promise<StudySnapshot> {
	const database = db();
	return database.transaction('r', [database.cards, database.reviews], async () => {
		const today = localDay(now);
		const [cards, todays, yesterdays] = await Promise.all([
			database.cards.toArray(),
			database.reviews.where('day').equals(today).toArray(),
			database.reviews.where('day').equals(addDays(today, -1)).toArray()
		]);
		const todayStart = startOfLocalDay(now);
		const states = new Map<string, CardRecord>();
		let introducedToday = 0;
		for (const card of cards) {
			states.set(card.id, card);
			if (card.introducedAt >= todayStart) introducedToday++;
		}
		return {
			states,
			day: {
				introducedToday,
				reviewedToday: todays.filter((review) => review.before?.state === REVIEW).length,
				againYesterday: new Set(yesterdays.filter((r) => r.rating === AGAIN).map((r) => r.cardId))
			}
		};
	});
}

/** Whether the card was already rated Again on the local day of `now`. */
export async function ratedAgainToday(
	cardId: string,
	now: number,
	database: SourcedeckDB = db()
): Promise<boolean> {
	const today = localDay(now);
	const count = await database.reviews
		.where('cardId')
		.equals(cardId)
		.filter((review) => review.day === today && review.rating === AGAIN)
		.count();
	return count > 0;
}

/** The study session's own choices, kept so a reload continues the same session. */
export interface SessionPrefs {
	filter: QueueFilter;
	typedAnswers: boolean | null;
}

const SESSION_KEY = SESSION_PREFS_KEY;

export async function loadSessionPrefs(): Promise<SessionPrefs> {
	const stored = (await db().settings.get(SESSION_KEY))?.value as Partial<SessionPrefs> | undefined;
	return {
		filter: isFilter(stored?.filter) ? stored.filter : { by: 'all' },
		typedAnswers: typeof stored?.typedAnswers === 'boolean' ? stored.typedAnswers : null
	};
}

export async function saveSessionPrefs(prefs: SessionPrefs): Promise<void> {
	await db().settings.put({
		key: SESSION_KEY,
		value: { filter: prefs.filter, typedAnswers: prefs.typedAnswers }
	});
}

function isFilter(value: unknown): value is QueueFilter {
	const filter = value as Record<string, unknown> | null | undefined;
	if (!filter || typeof filter !== 'object') return false;
	if (filter.by === 'all') return true;
	if (filter.by === 'kind') return typeof filter.kind === 'string';
	if (filter.by === 'source') return typeof filter.source === 'string';
	if (filter.by === 'pack') return typeof filter.pack === 'string';
	return false;
}
