/**
 * Missed cards: the learner's wrong answers (study Again or a wrong quiz answer), grouped per card,
 * and the rules of the "review missed" drill.
 */
import { DAY } from './time';

export const DEFAULT_MISSED_WINDOW_DAYS = 14;
/** A card missed this many times in all is a leech: it needs rewording or a mnemonic, not more drilling. */
export const LEECH_THRESHOLD = 8;

/** What the list needs of a stored miss (a db `MissRecord` fits). */
export interface Miss {
	cardId: string;
	at: number;
	from: 'study' | 'quiz';
	given?: string;
	/** Set when a later drill answer was right: the miss no longer shows in the list. */
	clearedAt?: number;
}

export interface MissedCard {
	cardId: string;
	/** Misses inside the window that are not cleared. */
	count: number;
	/** Misses ever, cleared or not (the leech count). */
	total: number;
	lastAt: number;
	/** The learner's answer at the latest miss that had one. */
	lastGiven?: string;
	/** Where the misses in the window came from. */
	from: ('study' | 'quiz')[];
	leech: boolean;
}

export interface MissedOptions {
	windowDays?: number;
	leechThreshold?: number;
}

/** Cards with uncleared misses in the last `windowDays`, latest miss first. */
export function missedCards(misses: readonly Miss[], now: number, options: MissedOptions = {}): MissedCard[] {
	const windowStart = now - (options.windowDays ?? DEFAULT_MISSED_WINDOW_DAYS) * DAY;
	const threshold = options.leechThreshold ?? LEECH_THRESHOLD;
	const totals = new Map<string, number>();
	const open = new Map<string, MissedCard & { givenAt: number }>();

	for (const miss of misses) {
		totals.set(miss.cardId, (totals.get(miss.cardId) ?? 0) + 1);
		if (miss.clearedAt !== undefined || miss.at < windowStart) continue;
		let entry = open.get(miss.cardId);
		if (!entry) {
			entry = {
				cardId: miss.cardId,
				count: 0,
				total: 0,
				lastAt: miss.at,
				from: [],
				leech: false,
				givenAt: -Infinity
			};
			open.set(miss.cardId, entry);
		}
		entry.count++;
		entry.lastAt = Math.max(entry.lastAt, miss.at);
		if (!entry.from.includes(miss.from)) entry.from.push(miss.from);
		if (miss.given !== undefined && miss.given !== '' && miss.at >= entry.givenAt) {
			entry.lastGiven = miss.given;
			entry.givenAt = miss.at;
		}
	}

	return [...open.values()]
		.map(({ givenAt: _givenAt, ...entry }) => {
			const total = totals.get(entry.cardId) ?? entry.count;
			return { ...entry, total, leech: total >= threshold };
		})
		.sort((a, b) => b.lastAt - a.lastAt || a.cardId.localeCompare(b.cardId));
}

/** What one drill answer does. */
export interface DrillEffect {
	/** The card leaves the missed list (its misses are marked cleared). */
	clear: boolean;
	/** Rate the card Again in its FSRS schedule (which also records a new miss). */
	regradeAgain: boolean;
}

/**
 * The drill rule. A right answer clears the card from the list and leaves its schedule alone: drilling outside
 * the schedule must not inflate intervals. A wrong answer keeps the card listed and rates it Again, but a card
 * gets at most one FSRS Again per local day, so a card already rated Again today is not punished twice.
 */
export function drillEffect(correct: boolean, ratedAgainToday: boolean): DrillEffect {
	if (correct) return { clear: true, regradeAgain: false };
	return { clear: false, regradeAgain: !ratedAgainToday };
}
