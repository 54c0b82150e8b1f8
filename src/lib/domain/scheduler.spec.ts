import { describe, expect, it } from 'vitest';
import {
	AGAIN,
	EASY,
	GOOD,
	HARD,
	LEARNING,
	NEW,
	RELEARNING,
	REVIEW,
	appScheduler,
	createScheduler,
	formatInterval,
	fromFsrsCard,
	newCardState,
	toFsrsCard,
	type FsrsState
} from './scheduler';
import { DAY, HOUR, MINUTE } from './time';

const MONDAY_9AM = Date.UTC(2025, 0, 6, 9, 0);
const plain = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

/** Learns a new card with Good, Good: it leaves the learning steps and enters Review. */
function graduated(at = MONDAY_9AM): FsrsState {
	const first = plain.grade(null, GOOD, at).after;
	return plain.grade(first, GOOD, first.due).after;
}

describe('newCardState', () => {
	it('is a New card due at now with no history', () => {
		const state = newCardState(MONDAY_9AM);
		expect(state).toEqual({
			due: MONDAY_9AM,
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 0,
			lapses: 0,
			state: NEW
		});
		expect('last_review' in state).toBe(false);
	});
});

describe('conversion to and from ts-fsrs cards', () => {
	it('round-trips epoch milliseconds through Dates', () => {
		const state = graduated();
		const card = toFsrsCard(state);
		expect(card.due).toBeInstanceOf(Date);
		expect(card.last_review?.getTime()).toBe(state.last_review);
		expect(fromFsrsCard(card)).toEqual(state);
	});
});

describe('preview', () => {
	it('gives the learning steps and Easy graduation for a new card', () => {
		const outcomes = plain.preview(null, MONDAY_9AM);
		expect(outcomes[AGAIN].intervalMs).toBe(1 * MINUTE);
		expect(outcomes[HARD].intervalMs).toBe(6 * MINUTE);
		expect(outcomes[GOOD].intervalMs).toBe(10 * MINUTE);
		expect(outcomes[AGAIN].interval).toBe('1m');
		expect(outcomes[GOOD].interval).toBe('10m');
		expect(outcomes[GOOD].after.state).toBe(LEARNING);
		expect(outcomes[EASY].after.state).toBe(REVIEW);
		expect(outcomes[EASY].intervalMs).toBeGreaterThanOrEqual(DAY);
	});

	it('orders intervals Again < Hard < Good < Easy for a card in review', () => {
		const state = graduated();
		const outcomes = plain.preview(state, state.due);
		expect(outcomes[AGAIN].intervalMs).toBeLessThan(outcomes[HARD].intervalMs);
		expect(outcomes[HARD].intervalMs).toBeLessThan(outcomes[GOOD].intervalMs);
		expect(outcomes[GOOD].intervalMs).toBeLessThan(outcomes[EASY].intervalMs);
		expect(outcomes[AGAIN].after.state).toBe(RELEARNING);
	});

	it('agrees with grade for every rating', () => {
		const state = graduated();
		const at = state.due + 2 * HOUR;
		const outcomes = plain.preview(state, at);
		for (const rating of [AGAIN, HARD, GOOD, EASY]) {
			expect(plain.grade(state, rating, at).after).toEqual(outcomes[rating].after);
		}
	});
});

describe('grade', () => {
	it('moves a new card into learning, stamps the review and logs the state before', () => {
		const { after, log } = plain.grade(null, GOOD, MONDAY_9AM);
		expect(after.state).toBe(LEARNING);
		expect(after.reps).toBe(1);
		expect(after.last_review).toBe(MONDAY_9AM);
		expect(after.due).toBe(MONDAY_9AM + 10 * MINUTE);
		expect(log).toMatchObject({ rating: GOOD, state: NEW, review: MONDAY_9AM, due: MONDAY_9AM });
	});

	it('counts a lapse when a review card is forgotten', () => {
		const state = graduated();
		const { after } = plain.grade(state, AGAIN, state.due);
		expect(after.lapses).toBe(state.lapses + 1);
		expect(after.state).toBe(RELEARNING);
		expect(after.stability).toBeLessThan(state.stability);
	});

	it('does not change the state passed in', () => {
		const state = graduated();
		const copy = structuredClone(state);
		plain.grade(state, EASY, state.due);
		expect(state).toEqual(copy);
	});

	it('rejects ratings outside 1–4', () => {
		expect(() => plain.grade(null, 0 as never, MONDAY_9AM)).toThrow(/1–4/);
		expect(() => plain.grade(null, 5 as never, MONDAY_9AM)).toThrow(/1–4/);
	});

	it('gives longer intervals for a lower desired retention', () => {
		const relaxed = createScheduler({ desiredRetention: 0.8, maximumInterval: 1825, enableFuzz: false });
		const strict = createScheduler({ desiredRetention: 0.97, maximumInterval: 1825, enableFuzz: false });
		const state = graduated();
		expect(relaxed.grade(state, GOOD, state.due).after.scheduled_days).toBeGreaterThan(
			strict.grade(state, GOOD, state.due).after.scheduled_days
		);
	});

	it('never schedules beyond the maximum interval', () => {
		const capped = createScheduler({ desiredRetention: 0.9, maximumInterval: 10, enableFuzz: false });
		let state = graduated();
		for (let i = 0; i < 6; i++) state = capped.grade(state, EASY, state.due).after;
		expect(state.scheduled_days).toBe(10);
		expect(state.due - (state.last_review ?? 0)).toBe(10 * DAY);
	});

	it('fuzz is deterministic for the same inputs and stays near the plain interval', () => {
		const fuzzy = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: true });
		let state = graduated();
		state = plain.grade(state, GOOD, state.due).after;
		const at = state.due + 3 * DAY;
		const a = fuzzy.grade(state, GOOD, at).after.scheduled_days;
		const b = fuzzy.grade(state, GOOD, at).after.scheduled_days;
		const exact = plain.grade(state, GOOD, at).after.scheduled_days;
		expect(a).toBe(b);
		expect(Math.abs(a - exact)).toBeLessThanOrEqual(Math.ceil(exact * 0.25));
	});
});

describe('retrievability', () => {
	it('is 0 for a new card and falls as time passes', () => {
		expect(plain.retrievability(newCardState(MONDAY_9AM), MONDAY_9AM)).toBe(0);
		const state = graduated();
		const soon = plain.retrievability(state, state.due);
		const later = plain.retrievability(state, state.due + 30 * DAY);
		expect(soon).toBeGreaterThan(later);
		expect(soon).toBeLessThanOrEqual(1);
	});
});

describe('createScheduler', () => {
	it('refuses a desired retention outside (0, 1)', () => {
		expect(() => createScheduler({ desiredRetention: 1.2, maximumInterval: 100, enableFuzz: false })).toThrow(
			RangeError
		);
	});
});

describe('appScheduler', () => {
	it('schedules by the learner’s settings, with fuzz on', () => {
		const settings = { desiredRetention: 0.85, maximumInterval: 400 };
		const fuzzy = createScheduler({ ...settings, enableFuzz: true });
		const app = appScheduler(settings);
		// Fuzz is deterministic for a card and a time: the app's scheduler grades as the fuzzy one, day for day.
		let state = graduated();
		for (let i = 0; i < 6; i++) {
			const next = app.grade(state, EASY, state.due).after;
			expect(next).toEqual(fuzzy.grade(state, EASY, state.due).after);
			state = next;
		}
		expect(state.scheduled_days).toBeLessThanOrEqual(400);
		expect(() => appScheduler({ desiredRetention: 1, maximumInterval: 400 })).toThrow(RangeError);
	});
});

describe('formatInterval', () => {
	it.each([
		[30_000, '1m'],
		[10 * MINUTE, '10m'],
		[59 * MINUTE, '59m'],
		[3 * HOUR, '3h'],
		[23 * HOUR + 40 * MINUTE, '1d'],
		[DAY, '1d'],
		[4 * DAY, '4d'],
		[29 * DAY, '29d'],
		[45 * DAY, '1.5mo'],
		[91 * DAY, '3mo'],
		[310 * DAY, '10mo'],
		[365 * DAY, '1y'],
		[438 * DAY, '1.2y'],
		[5 * 365 * DAY, '5y']
	])('%d ms → %s', (ms, text) => {
		expect(formatInterval(ms)).toBe(text);
	});

	it('says "now" for no time at all', () => {
		expect(formatInterval(0)).toBe('now');
		expect(formatInterval(-5)).toBe('now');
		expect(formatInterval(Number.NaN)).toBe('now');
	});
});
