import { describe, expect, it } from 'vitest';
import { EMPTY_DAY, buildQueue, type CardProgress } from './queue';
import { createRandom } from './random';
import { resumeHolds, resumePoint } from './resume';
import { LEARNING, NEW, RELEARNING, REVIEW } from './scheduler';
import { testCard } from './test-card';
import { DAY, HOUR, MINUTE, startOfNextLocalDay } from './time';

/** Tuesday 11 March 2025, 09:00 local time. */
const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const LIMITS = { newPerDay: 5, reviewCap: 200 };
const ALL = { by: 'all' } as const;
const CARDS = Array.from({ length: 12 }, (_, i) =>
	testCard(`c${i}:country`, { topic: i < 6 ? 'mosul' : 'raqqa', importance: ((i % 3) + 1) as 1 | 2 | 3 })
);

function progress(id: string, state: number, due: number): CardProgress {
	return { id, state, due, introducedAt: NOW - 30 * DAY, last_review: NOW - 3 * DAY };
}

describe('resumePoint', () => {
	it('is null when nothing is left to study', () => {
		expect(resumePoint([], new Map(), EMPTY_DAY, LIMITS, NOW, ALL)).toBeNull();
	});

	it('names the first new card until the day ends when nothing is scheduled', () => {
		const point = resumePoint(CARDS, new Map(), EMPTY_DAY, LIMITS, NOW, ALL);
		expect(point).toMatchObject({ card: { id: 'c0:country' }, kind: 'new', from: NOW });
		expect(point?.until).toBe(new Date(2025, 2, 12).getTime());
	});

	it('holds until the next scheduled card falls due', () => {
		const states = new Map([
			['c3:country', progress('c3:country', REVIEW, NOW - HOUR)],
			['c4:country', progress('c4:country', LEARNING, NOW + 5 * MINUTE)],
			['c5:country', progress('c5:country', REVIEW, NOW + 2 * DAY)]
		]);
		const point = resumePoint(CARDS, states, EMPTY_DAY, LIMITS, NOW, ALL);
		expect(point).toMatchObject({ card: { id: 'c3:country' }, kind: 'review', until: NOW + 5 * MINUTE });
	});

	it('follows the filter', () => {
		const cards = [...CARDS, testCard('abadi:role', { kind: 'actor', type: 'actor-role' })];
		const point = resumePoint(cards, new Map(), EMPTY_DAY, LIMITS, NOW, { by: 'kind', kind: 'actor' });
		expect(point?.card.id).toBe('abadi:role');
	});

	it('names the head a fresh queue would show at every moment it holds for', () => {
		const random = createRandom('resume');
		const kinds = [NEW, LEARNING, RELEARNING, REVIEW];
		for (let run = 0; run < 200; run++) {
			const states = new Map<string, CardProgress>();
			for (const card of CARDS) {
				if (random.next() < 0.3) continue;
				const state = kinds[Math.floor(random.next() * kinds.length)]!;
				const due = NOW + Math.round((random.next() - 0.5) * 2 * DAY);
				states.set(card.id, progress(card.id, state, due));
			}
			const now = NOW + Math.round(random.next() * 10 * HOUR);
			const point = resumePoint(CARDS, states, EMPTY_DAY, LIMITS, now, ALL);
			if (!point) continue;
			const moments = [
				now,
				point.until - 1,
				...Array.from({ length: 5 }, () => now + random.next() * (point.until - now))
			];
			for (const at of moments.map(Math.floor)) {
				const head = buildQueue(CARDS, states, EMPTY_DAY, LIMITS, at, { filter: ALL }).items[0];
				expect(head?.card.id).toBe(point.card.id);
			}
		}
	});
});

describe('resumeHolds', () => {
	const point = { from: NOW, until: NOW + HOUR };

	it('holds from the moment it was worked out until just before its end', () => {
		expect(resumeHolds(point, NOW)).toBe(true);
		expect(resumeHolds(point, NOW + HOUR - 1)).toBe(true);
		expect(resumeHolds(point, NOW + HOUR)).toBe(false);
	});

	it('does not hold on a clock set back before it', () => {
		expect(resumeHolds(point, NOW - 1)).toBe(false);
	});
});

describe('startOfNextLocalDay', () => {
	it('is the next local midnight, late at night as in the morning', () => {
		const midnight = new Date(2025, 2, 12).getTime();
		expect(startOfNextLocalDay(NOW)).toBe(midnight);
		expect(startOfNextLocalDay(midnight - 1)).toBe(midnight);
		expect(startOfNextLocalDay(midnight)).toBe(new Date(2025, 2, 13).getTime());
	});
});
