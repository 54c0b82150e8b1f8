import { beforeEach, describe, expect, it } from 'vitest';
import type { SourcedeckDB } from '$lib/db/database';
import type { CardRecord, ReviewRecord } from '$lib/db/records';
import { updateSettings } from '$lib/db/settings';
import { setPackEnabled } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import { testCard } from '$lib/domain/test-card';
import { ENTITY_KINDS, type Card, type Source } from '$lib/domain/pack';
import { AGAIN, EASY, GOOD, HARD, NEW, REVIEW, type FsrsState } from '$lib/domain/scheduler';
import { DAY, HOUR, localDay } from '$lib/domain/time';
import { qualifyPack } from '$lib/domain/library';
import { ProgressState } from './progress.svelte';
import { installTestPacks, readTestLibrary, testPack } from './test-library';

const NOW = new Date(2025, 2, 11, 20, 0).getTime();
const SOURCES: Source[] = ['zh-2016', 'blog-2017'].map((id) => ({
	id,
	title: `Title of ${id}`,
	kind: 'analysis',
	publisher: 'unknown',
	date: 'unknown',
	file: `${id}.txt`,
	reliability: ''
}));
const CARDS: Card[] = Array.from({ length: 500 }, (_, i) => ({
	id: `e${i}:cloze`,
	entity: `e${i}`,
	kind: ENTITY_KINDS[i % ENTITY_KINDS.length]!,
	type: 'cloze',
	prompt: `Prompt ${i}`,
	answer: `Answer ${i}`,
	accepted: [`Answer ${i}`],
	contested: false,
	evidence: [],
	sources: [SOURCES[i % 2]!.id],
	topic: 'mosul',
	importance: 1,
	pair: `e${i}`
}));
const PACK = testPack('p', CARDS, SOURCES);
/** The cards as the library keys them (qualified with the pack's id). */
const LIBRARY_CARDS = qualifyPack(PACK).cards;

const state = (due: number, stability: number, kind = REVIEW): FsrsState => ({
	due,
	stability,
	difficulty: 5,
	elapsed_days: 1,
	scheduled_days: 1,
	learning_steps: 0,
	reps: 3,
	lapses: 0,
	state: kind
});

let database: SourcedeckDB;
beforeEach(async () => {
	database = freshDatabase('progress-state');
	await installTestPacks(PACK);
});

const open = async () => {
	const progress = new ProgressState({ clock: () => NOW, content: readTestLibrary });
	await progress.load();
	return progress;
};

/** Every text the page shows, to check none reads "NaN", "undefined" or "Infinity". */
const texts = (p: ProgressState) =>
	[
		p.heatmapSummary,
		p.forecastSummary,
		p.retentionText ?? '',
		p.masteryOverall.text,
		...p.masteryByKind.map((r) => r.text),
		...p.masteryByPack.map((r) => r.text),
		...p.masteryBySource.flatMap((g) => g.rows.map((r) => r.text)),
		...p.heatmapMonths.map((m) => `${m.month} ${m.reviews} ${m.activeDays}`)
	].join('\n');

describe('ProgressState on first launch', () => {
	it('has zeros and friendly words, never NaN', async () => {
		const p = await open();
		expect(p.loading).toBe(false);
		expect(p.error).toBeNull();
		expect(p.hasReviews).toBe(false);
		expect(p.totalReviews).toBe(0);
		expect(p.streak).toEqual({ current: 0, longest: 0, studiedToday: false });
		expect(p.heatmapSummary).toBe('Reviews per day from 12 Mar 2024 to 11 Mar 2025: none yet.');
		expect(p.heatmapMonths).toHaveLength(13);
		expect(p.forecast).toHaveLength(30);
		expect(p.forecastSummary).toBe('Cards due in the next 30 days: none.');
		expect(p.retentionText).toBeNull();
		expect(p.masteryOverall.text).toBe('0 of 500 mastered (0%), 0 started');
		expect(p.masteryByKind.map((r) => r.label)).toEqual(['Actors', 'Places', 'Events', 'Figures', 'Claims']);
		expect(p.namesPacks).toBe(false);
		expect(p.masteryByPack.map((r) => [r.label, r.total])).toEqual([['Pack p', 500]]);
		expect(p.masteryBySource.map((g) => [g.pack, g.rows.map((r) => [r.label, r.total])])).toEqual([
			[
				null,
				[
					['Title of zh-2016', 250],
					['Title of blog-2017', 250]
				]
			]
		]);
		expect(texts(p)).not.toMatch(/NaN|undefined|Infinity/);
	});
});

describe('ProgressState with a year of study', () => {
	it('summarises a synthetic year correctly and quickly', async () => {
		const reviews: ReviewRecord[] = [];
		const ratings = [AGAIN, HARD, GOOD, GOOD, EASY];
		let studiedDays = 0;
		// Up to 60 answers a day for 364 days; every 10th day (counting back from yesterday) skipped.
		for (let back = 1; back <= 364; back++) {
			if (back % 10 === 0) continue;
			studiedDays++;
			const at = NOW - back * DAY;
			const perDay = 20 + (back % 41);
			for (let j = 0; j < perDay; j++) {
				const rating = ratings[(back + j) % ratings.length]!;
				const before = j % 3 === 0 ? null : state(at, 10, j % 3 === 1 ? REVIEW : 1);
				reviews.push({
					cardId: LIBRARY_CARDS[(back * 7 + j) % CARDS.length]!.id,
					at: at + j * 1000,
					day: localDay(at),
					rating,
					durationMs: 4000,
					before,
					after: state(at + DAY, 12)
				});
			}
		}
		// 400 cards started: due over the next 40 days (ten a day), every other one mastered.
		const records: CardRecord[] = LIBRARY_CARDS.slice(0, 400).map((c, i) => ({
			...state(NOW + Math.floor(i / 10) * DAY - HOUR, i % 2 === 0 ? 30 : 5),
			id: c.id,
			introducedAt: NOW - 300 * DAY
		}));
		records.push({ ...state(NOW, 0, NEW), id: LIBRARY_CARDS[450]!.id, introducedAt: NOW });
		await database.reviews.bulkAdd(reviews);
		await database.cards.bulkAdd(records);
		await updateSettings({ desiredRetention: 0.85 });

		const started = performance.now();
		const p = await open();
		const elapsed = performance.now() - started;

		expect(p.totalReviews).toBe(reviews.length);
		expect(p.hasReviews).toBe(true);
		// Yesterday studied, today not yet: the streak is alive at 9 days (back 1–9).
		expect(p.streak).toEqual({ current: 9, longest: 9, studiedToday: false });
		expect(p.heatmap!.total).toBe(reviews.length);
		expect(p.heatmap!.activeDays).toBe(studiedDays);
		expect(p.heatmapMonths.reduce((s, m) => s + m.reviews, 0)).toBe(reviews.length);
		expect(p.heatmapSummary).toMatch(
			new RegExp(
				`^Reviews per day from 12 Mar 2024 to 11 Mar 2025: ${reviews.length.toLocaleString('en')} reviews on ${studiedDays} days; the busiest day was .+ with 60 reviews\\.$`
			)
		);
		expect(p.forecast.map((d) => d.count)).toEqual(Array(30).fill(10));
		expect(p.forecastTotal).toBe(300);
		expect(p.forecastSummary).toMatch(/^Cards due in the next 30 days: 300 cards, 10 of them today/);
		const recent = reviews.filter((r) => r.at >= NOW - 30 * DAY && r.before?.state === REVIEW);
		expect(p.retention.total).toBe(recent.length);
		expect(p.retention.passed).toBe(recent.filter((r) => r.rating >= GOOD).length);
		expect(p.retentionText).toBe(`${Math.round((p.retention.passed / p.retention.total) * 100)}%`);
		expect(p.desiredRetention).toBe(0.85);
		expect(p.masteryOverall.text).toBe('200 of 500 mastered (40%), 400 started');
		expect(p.masteryByKind.every((r) => r.total === 100 && r.mastered === 40)).toBe(true);
		expect(texts(p)).not.toMatch(/NaN|undefined|Infinity/);
		// fake-indexeddb is far slower than a browser; this still catches anything quadratic.
		expect(elapsed).toBeLessThan(3000);
		// A year of answers written into fake-indexeddb, and the pack read back, take seconds on a shared machine.
	}, 20_000);
});

describe('ProgressState with two packs on', () => {
	it('has a row per pack and the totals, and groups the sources by pack under its name', async () => {
		const other = testPack(
			'q',
			[testCard('homs:country', { sources: ['atlas'] })],
			[{ ...SOURCES[0]!, id: 'atlas', title: 'Atlas' }]
		);
		await installTestPacks(other);
		const homs = qualifyPack(other).cards[0]!.id;
		await database.cards.add({ ...state(NOW + 2 * DAY, 30), id: homs, introducedAt: NOW - 40 * DAY });
		const p = await open();
		expect(p.namesPacks).toBe(true);
		expect(p.masteryByPack.map((r) => r.text)).toEqual([
			'0 of 500 mastered (0%), 0 started',
			'1 of 1 mastered (100%), 1 started'
		]);
		expect(p.masteryByPack.map((r) => r.label)).toEqual(['Pack p', 'Pack q']);
		expect(p.masteryOverall.text).toBe('1 of 501 mastered (0%), 1 started');
		expect(p.forecastTotal).toBe(1);
		expect(p.masteryBySource.map((g) => [g.pack, g.rows.map((r) => r.label)])).toEqual([
			['Pack p', ['Title of zh-2016', 'Title of blog-2017']],
			['Pack q', ['Atlas']]
		]);
		await setPackEnabled(other.id, false);
		const alone = await open();
		// A pack turned off is neither counted nor forecast; its history stays in the totals of answers.
		expect(alone.masteryByPack.map((r) => r.label)).toEqual(['Pack p']);
		expect(alone.forecastTotal).toBe(0);
	});
});
