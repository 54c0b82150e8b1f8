import { describe, expect, it } from 'vitest';
import type { TodaySummary } from './today-read';
import { isFirstLaunch, nextStep } from './today-steps';

const SUMMARY: TodaySummary = {
	dueNow: 0,
	newToday: 0,
	missed: 0,
	streak: { current: 0, longest: 0, studiedToday: false },
	nextDueAt: null,
	heldByCap: 0,
	started: false,
	totalReviews: 0,
	filter: { by: 'all' }
};

describe('nextStep', () => {
	it('is to study while cards are due or new, then the missed ones, then nothing', () => {
		expect(nextStep({ ...SUMMARY, dueNow: 1, missed: 3 })).toBe('study');
		expect(nextStep({ ...SUMMARY, newToday: 1 })).toBe('study');
		expect(nextStep({ ...SUMMARY, missed: 3 })).toBe('missed');
		expect(nextStep(SUMMARY)).toBe('done');
	});
});

describe('isFirstLaunch', () => {
	it('holds until a card is met or an answer given', () => {
		expect(isFirstLaunch(SUMMARY)).toBe(true);
		expect(isFirstLaunch({ ...SUMMARY, started: true })).toBe(false);
		expect(isFirstLaunch({ ...SUMMARY, totalReviews: 2 })).toBe(false);
	});
});
