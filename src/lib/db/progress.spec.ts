import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../domain/pack';
import { AGAIN, GOOD, createScheduler } from '../domain/scheduler';
import { testCard } from '../domain/test-card';
import { DAY, HOUR } from '../domain/time';
import { loadProgress } from './progress';
import { answerCard } from './study';
import { freshDatabase } from './test-db';

const NOW = new Date(2025, 2, 11, 15, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

const card = (id: string, kind: Card['kind'], sources: string[]): Card =>
	testCard(id, { kind, type: 'cloze', prompt: id, answer: id, accepted: [id], sources });
const CARDS = [
	card('a', 'actor', ['zh-2016']),
	card('p', 'place', ['blog-2017']),
	card('e', 'event', ['zh-2016'])
];

beforeEach(() => {
	freshDatabase('progress');
});

describe('loadProgress', () => {
	it('works with no data', async () => {
		const progress = await loadProgress(CARDS, NOW);
		expect(progress.streak).toEqual({ current: 0, longest: 0, studiedToday: false });
		expect(progress.heatmap.total).toBe(0);
		expect(progress.forecast.every((d) => d.count === 0)).toBe(true);
		expect(progress.retention.rate).toBeNull();
		expect(progress.mastery.overall).toEqual({ key: 'all', total: 3, studied: 0, mastered: 0, share: 0 });
		expect(progress.totalReviews).toBe(0);
	});

	it('reads streak, heatmap, forecast, retention and mastery from the answers', async () => {
		// Card "a": learned 60 days ago, then recalled every five days; the last four answers fall in the last 30 days.
		await answerCard('a', GOOD, NOW - 60 * DAY, 1000, undefined, { scheduler });
		for (let i = 0; i < 10; i++) {
			await answerCard('a', GOOD, NOW - 59 * DAY + i * 5 * DAY, 1000, undefined, { scheduler });
		}
		await answerCard('p', AGAIN, NOW - DAY, 1000, undefined, { scheduler });
		await answerCard('p', GOOD, NOW - HOUR, 1000, undefined, { scheduler });
		const progress = await loadProgress(CARDS, NOW);
		expect(progress.totalReviews).toBe(13);
		expect(progress.heatmap.total).toBe(13);
		expect(progress.streak).toMatchObject({ current: 2, studiedToday: true });
		expect(progress.retention).toEqual({ total: 4, passed: 4, rate: 1 });
		expect(progress.forecast.reduce((n, d) => n + d.count, 0)).toBeGreaterThanOrEqual(1);
		const byKind = new Map(progress.mastery.byKind.map((g) => [g.key, g]));
		expect(byKind.get('actor')).toMatchObject({ total: 1, studied: 1, mastered: 1 });
		expect(byKind.get('place')).toMatchObject({ total: 1, studied: 1, mastered: 0 });
		const bySource = new Map(progress.mastery.bySource.map((g) => [g.key, g]));
		expect(bySource.get('zh-2016')).toMatchObject({ total: 2, mastered: 1, share: 0.5 });
	});
});
