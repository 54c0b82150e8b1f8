/**
 * Where a study session would start if the app were opened now, and until when that stays true. The app keeps
 * it on the device after every answer so that a reopened app can paint the learner's next card before the
 * stored data is read (the read then confirms it). Pure: the queue decides; time alone changes the queue's
 * head only when a scheduled card falls due or a new day starts (new-card allowance, yesterday's misses).
 */
import type { Card } from './pack';
import {
	buildQueue,
	nextDue,
	type CardProgress,
	type QueueFilter,
	type QueueKind,
	type QueueLimits,
	type StudyDay
} from './queue';
import { startOfNextLocalDay } from './time';

export interface ResumePoint {
	card: Card;
	kind: QueueKind;
	/** When it was worked out: a clock set back before this cannot be trusted with it. */
	from: number;
	/** The first moment the head may change: a scheduled card falls due or the day ends. */
	until: number;
}

/**
 * The first card a session opened at `now` shows, as a fresh page would build it: no card put back by an undo,
 * no pair to keep apart from the card before. Null when nothing is left to study.
 */
export function resumePoint(
	cards: readonly Card[],
	states: ReadonlyMap<string, CardProgress>,
	day: StudyDay,
	limits: QueueLimits,
	now: number,
	filter: QueueFilter
): ResumePoint | null {
	const head = buildQueue(cards, states, day, limits, now, { filter }).items[0];
	if (!head) return null;
	const dayEnds = startOfNextLocalDay(now);
	const scheduled = nextDue(states.values(), now);
	return {
		card: head.card,
		kind: head.kind,
		from: now,
		until: scheduled === null ? dayEnds : Math.min(scheduled, dayEnds)
	};
}

/** Whether a point worked out earlier still names the first card at `now`. */
export function resumeHolds(point: Pick<ResumePoint, 'from' | 'until'>, now: number): boolean {
	return now >= point.from && now < point.until;
}

/**
 * Until when the head of a queue built from a window holds: the next due moment of the window's states or
 * beyond them, or the end of the day, whichever comes first.
 */
export function resumeUntil(
	states: Iterable<Pick<CardProgress, 'due' | 'state'>>,
	nextDueBeyond: number | null,
	now: number
): number {
	const dayEnds = startOfNextLocalDay(now);
	const scheduled = nextDue(states, now);
	return Math.min(dayEnds, scheduled ?? dayEnds, nextDueBeyond ?? dayEnds);
}
