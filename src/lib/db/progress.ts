/** Everything the progress page shows, read in one transaction and computed by the pure stats functions. */
import type { Card } from '../domain/pack';
import {
	countByDay,
	forecast,
	heatmap,
	mastery,
	retention,
	type DayCount,
	type Heatmap,
	type MasteryGroup,
	type Retention
} from '../domain/stats';
import { streak, type Streak } from '../domain/streak';
import { DAY, localDay } from '../domain/time';
import { db } from './database';
import type { CardRecord, ReviewRecord } from './records';

export const RETENTION_WINDOW_DAYS = 30;

export interface Progress {
	streak: Streak;
	heatmap: Heatmap;
	/** Due cards per day for the next 30 days (overdue counted today), of the cards counted. */
	forecast: DayCount[];
	/** Over the last 30 days. */
	retention: Retention;
	mastery: {
		overall: MasteryGroup;
		byKind: MasteryGroup[];
		bySource: MasteryGroup[];
		byPack: MasteryGroup[];
	};
	/** Answers ever. */
	totalReviews: number;
}

/**
 * The history (streak, heatmap, retention, answers) covers every answer ever given; the forecast and mastery
 * count only `cards`: the live cards of the packs the learner has on.
 */
export async function loadProgress(cards: readonly Card[], now: number, months = 12): Promise<Progress> {
	const database = db();
	const { days, states, recent } = await database.transaction(
		'r',
		[database.cards, database.reviews],
		async () => {
			const [days, states, recent] = await Promise.all([
				// Index keys only: a year of reviews without reading the rows.
				database.reviews.orderBy('day').keys() as Promise<string[]>,
				database.cards.toArray(),
				database.reviews
					.where('at')
					.aboveOrEqual(now - RETENTION_WINDOW_DAYS * DAY)
					.toArray()
			]);
			return { days, states, recent };
		}
	);
	return progressFrom({ days, states, recent }, cards, now, months);
}

/** What the progress figures are computed from: the review log's days, the card states, recent answers. */
export interface ProgressRecords {
	/** The local day of every answer ever given. */
	days: readonly string[];
	states: readonly CardRecord[];
	/** Answers in the retention window. */
	recent: readonly ReviewRecord[];
}

/** The figures of `loadProgress`, from records already read (none at all on a first visit). */
export function progressFrom(
	{ days, states, recent }: ProgressRecords,
	cards: readonly Card[],
	now: number,
	months = 12
): Progress {
	const today = localDay(now);
	const stateMap = new Map(states.map((s) => [s.id, s]));
	const counted = new Set(cards.map((c) => c.id));
	return {
		streak: streak(days, today),
		heatmap: heatmap(countByDay(days), today, months),
		forecast: forecast(
			states.filter((s) => counted.has(s.id)),
			now
		),
		retention: retention(recent),
		mastery: {
			overall: mastery(cards, stateMap, 'all')[0]!,
			byKind: mastery(cards, stateMap, 'kind'),
			bySource: mastery(cards, stateMap, 'source'),
			byPack: mastery(cards, stateMap, 'pack')
		},
		totalReviews: days.length
	};
}

/** What Today shows of the review log: the streak and the number of answers, without reading the rows. */
export interface ReviewLog {
	streak: Streak;
	totalReviews: number;
}

export async function loadReviewLog(now: number): Promise<ReviewLog> {
	const database = db();
	return database.transaction('r', database.reviews, async () => {
		const [days, totalReviews] = await Promise.all([
			database.reviews.orderBy('day').uniqueKeys() as Promise<string[]>,
			database.reviews.count()
		]);
		return { streak: streak(days, localDay(now)), totalReviews };
	});
}
