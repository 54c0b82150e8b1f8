/** Misses: wrong quiz answers are recorded here (study misses come with the answer), listed, and drilled. */
import { drillEffect, missedCards, type DrillEffect, type MissedCard } from '../domain/missed';
import type { Scheduler } from '../domain/scheduler';
import { AGAIN } from '../domain/scheduler';
import { db } from './database';
import type { MissRecord } from './records';
import { getSettings } from './settings';
import { answerTables, ratedAgainToday, storedScheduler, writeAnswer, type Answered } from './study';

const MAX_GIVEN = 500;

export interface QuizMiss {
	cardId: string;
	at: number;
	given?: string;
	attemptId?: string;
}

/** Records wrong quiz answers (one transaction for all of them). Returns their ids. */
export async function recordQuizMisses(misses: readonly QuizMiss[]): Promise<number[]> {
	const rows: MissRecord[] = misses.map(({ cardId, at, given, attemptId }) => {
		if (!cardId) throw new RangeError('cardId is empty');
		const row: MissRecord = { cardId, at, from: 'quiz' };
		const answer = given?.trim().slice(0, MAX_GIVEN);
		if (answer) row.given = answer;
		if (attemptId) row.attemptId = attemptId;
		return row;
	});
	return (await db().misses.bulkAdd(rows, { allKeys: true })) as number[];
}

export async function recordQuizMiss(miss: QuizMiss): Promise<number> {
	const [id] = await recordQuizMisses([miss]);
	return id!;
}

/** Every miss at or after `since`, oldest first. */
export async function listMisses(since = 0): Promise<MissRecord[]> {
	return db().misses.where('at').aboveOrEqual(since).toArray();
}

/** The missed-cards list: cards with uncleared misses in the window (default: the learner's setting). */
export async function loadMissedCards(now: number, windowDays?: number): Promise<MissedCard[]> {
	const days = windowDays ?? (await getSettings()).missedWindowDays;
	// Leech counts need every miss ever, not only the window's.
	return missedCards(await db().misses.toArray(), now, { windowDays: days });
}

export interface DrillAnswer {
	effect: DrillEffect;
	/** Present when the wrong answer was rated Again in the card's schedule. */
	answered?: Answered;
}

/**
 * One answer in the "review missed" drill, in one transaction: a right answer clears the card's misses; a
 * wrong one rates the card Again (with a new miss) unless it was already rated Again today.
 */
export async function answerDrill(
	cardId: string,
	correct: boolean,
	now: number,
	durationMs: number,
	given?: string,
	options: { scheduler?: Scheduler } = {}
): Promise<DrillAnswer> {
	const database = db();
	const tables = [...answerTables(database), database.settings];
	return database.transaction('rw', tables, async () => {
		const effect = drillEffect(correct, await ratedAgainToday(cardId, now, database));
		if (effect.clear) {
			await database.misses
				.where('cardId')
				.equals(cardId)
				.filter((miss) => miss.clearedAt === undefined)
				.modify({ clearedAt: now });
		}
		if (!effect.regradeAgain) return { effect };
		const scheduler = options.scheduler ?? (await storedScheduler(database));
		return {
			effect,
			answered: await writeAnswer(database, cardId, AGAIN, now, durationMs, given, scheduler)
		};
	});
}
