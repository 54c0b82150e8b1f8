/**
 * Spaced-repetition scheduling: a thin, pure wrapper around ts-fsrs.
 * Our stored state keeps dates as epoch milliseconds; ts-fsrs works with `Date`s. Every call takes `now`.
 */
import { createEmptyCard, fsrs, type Card as FsrsCard, type Grade, type ReviewLog } from 'ts-fsrs';
import { AGAIN, EASY, GOOD, HARD, NEW, isRating, type Rating } from './scheduler-values';
import { intervalShort } from './interval';
import { DAY } from './time';

// Callers that grade cards need one import; pages that only name ratings and states import scheduler-values.ts.
export * from './scheduler-values';

/** FSRS memory state of one card (ts-fsrs `Card`, dates as epoch ms); the database stores it as is. */
export interface FsrsState {
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: number;
	last_review?: number;
}

export interface SchedulerOptions {
	/** Share of cards the learner wants to recall when they come due (0.80–0.97 in the settings). */
	desiredRetention: number;
	/** Longest interval in days. */
	maximumInterval: number;
	/** Spread intervals a little so cards learned together do not stay in lockstep. On in the app, off in tests. */
	enableFuzz: boolean;
}

/** What one rating would do to the card. */
export interface Outcome {
	rating: Rating;
	after: FsrsState;
	/** Time until the card comes back. */
	intervalMs: number;
	/** `intervalMs` for a button: "10m", "4d". */
	interval: string;
}

/** One answer as ts-fsrs logs it, dates as epoch ms. */
export interface GradeLog {
	rating: Rating;
	/** State before the answer. */
	state: number;
	/** Due date before the answer. */
	due: number;
	stability: number;
	difficulty: number;
	scheduled_days: number;
	learning_steps: number;
	review: number;
}

export interface Scheduler {
	readonly options: Readonly<SchedulerOptions>;
	/** The four outcomes, Again to Easy. `state` null means the card has never been seen. */
	preview(state: FsrsState | null, now: number): Record<Rating, Outcome>;
	grade(state: FsrsState | null, rating: Rating, now: number): { after: FsrsState; log: GradeLog };
	/** Probability of recall at `now` (0 for a new card). */
	retrievability(state: FsrsState, now: number): number;
}

/** A card nobody has studied yet, due at `now`. */
export function newCardState(now: number): FsrsState {
	return fromFsrsCard(createEmptyCard(new Date(now)));
}

export function toFsrsCard(state: FsrsState): FsrsCard {
	const card: FsrsCard = {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: state.elapsed_days,
		scheduled_days: state.scheduled_days,
		learning_steps: state.learning_steps,
		reps: state.reps,
		lapses: state.lapses,
		state: state.state
	};
	if (state.last_review !== undefined) card.last_review = new Date(state.last_review);
	return card;
}

export function fromFsrsCard(card: FsrsCard): FsrsState {
	const state: FsrsState = {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state
	};
	// Absent rather than undefined: IndexedDB and the backup format keep no undefined fields.
	if (card.last_review) state.last_review = card.last_review.getTime();
	return state;
}

function fromReviewLog(log: ReviewLog): GradeLog {
	return {
		rating: log.rating as Rating,
		state: log.state,
		due: log.due.getTime(),
		stability: log.stability,
		difficulty: log.difficulty,
		scheduled_days: log.scheduled_days,
		learning_steps: log.learning_steps,
		review: log.review.getTime()
	};
}

/**
 * The app's scheduler for the learner's settings: fuzz on, so cards learned together do not all come due on the
 * same day. Every screen that grades cards (study, missed-card drills) uses this one.
 */
export function appScheduler(
	settings: Pick<SchedulerOptions, 'desiredRetention' | 'maximumInterval'>
): Scheduler {
	return createScheduler({
		desiredRetention: settings.desiredRetention,
		maximumInterval: settings.maximumInterval,
		enableFuzz: true
	});
}

export function createScheduler(options: SchedulerOptions): Scheduler {
	if (!(options.desiredRetention > 0 && options.desiredRetention < 1)) {
		throw new RangeError(`desiredRetention must be between 0 and 1, got ${options.desiredRetention}`);
	}
	if (!(options.maximumInterval >= 1)) {
		throw new RangeError(`maximumInterval must be at least 1 day, got ${options.maximumInterval}`);
	}
	const engine = fsrs({
		request_retention: options.desiredRetention,
		maximum_interval: Math.round(options.maximumInterval),
		enable_fuzz: options.enableFuzz
	});
	const cardOf = (state: FsrsState | null, now: number) => toFsrsCard(state ?? newCardState(now));
	const maximumDays = Math.round(options.maximumInterval);
	// ts-fsrs keeps Hard < Good < Easy by adding a day each, which can overshoot the maximum: hold it.
	const capped = (state: FsrsState): FsrsState => {
		const excess = state.scheduled_days - maximumDays;
		if (excess <= 0) return state;
		return { ...state, scheduled_days: maximumDays, due: state.due - excess * DAY };
	};

	return {
		options: { ...options },
		preview(state, now) {
			const record = engine.repeat(cardOf(state, now), new Date(now));
			const outcome = (rating: Rating): Outcome => {
				const after = capped(fromFsrsCard(record[rating as Grade].card));
				const intervalMs = after.due - now;
				return { rating, after, intervalMs, interval: formatInterval(intervalMs) };
			};
			return { 1: outcome(AGAIN), 2: outcome(HARD), 3: outcome(GOOD), 4: outcome(EASY) };
		},
		grade(state, rating, now) {
			if (!isRating(rating)) throw new RangeError(`rating must be 1–4, got ${String(rating)}`);
			const item = engine.next(cardOf(state, now), new Date(now), rating as Grade);
			return { after: capped(fromFsrsCard(item.card)), log: fromReviewLog(item.log) };
		},
		retrievability(state, now) {
			if (state.state === NEW) return 0;
			return engine.get_retrievability(toFsrsCard(state), new Date(now), false);
		}
	};
}

/** A short interval for a rating button: "10m", "3h", "1d", "4d", "3mo", "1.2y". */
export function formatInterval(ms: number): string {
	return intervalShort(ms);
}
