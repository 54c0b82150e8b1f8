/**
 * Study performance on a heavy learner: 20,000 cards, a year of reviews (fake-indexeddb, so database figures
 * are slower than a real browser's). Run: `npx vitest bench --run src/lib/db/study.bench.ts`.
 * Targets: today's queue ≤ 20 ms; grading one card (domain + transaction) median ≤ 5 ms.
 */
import { afterAll, bench, describe } from 'vitest';
import { ENTITY_KINDS, type Card } from '../domain/pack';
import { buildQueue } from '../domain/queue';
import { createRandom } from '../domain/random';
import { AGAIN, EASY, GOOD, HARD, createScheduler, type Rating } from '../domain/scheduler';
import { DAY, localDay } from '../domain/time';
import { parseBackupText } from '../domain/backup';
import { exportJson, importAll } from './backup';
import type { CardRecord, MissRecord, ReviewRecord } from './records';
import { loadProgress } from './progress';
import { answerCard, loadStudySnapshot } from './study';
import { freshDatabase } from './test-db';

const CARD_COUNT = 20_000;
const STUDIED = 15_000;
const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const SOURCES = ['zh-2016', 'blog-2017', 'magnier-2017', 'digest-2017', 'report-2017'];
const TOPICS = [
	'falluja',
	'mosul',
	'raqqa',
	'deir-ez-zor',
	'border',
	'kirkuk-hawija',
	'militias',
	'international'
];
const LIMITS = { newPerDay: 20, reviewCap: 200 };

const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: true });
const random = createRandom('study-bench');

const cards: Card[] = Array.from({ length: CARD_COUNT }, (_, i) => ({
	id: `entity-${Math.floor(i / 2)}:${i % 2 ? 'reverse' : 'forward'}`,
	entity: `entity-${Math.floor(i / 2)}`,
	kind: ENTITY_KINDS[i % ENTITY_KINDS.length]!,
	type: 'cloze',
	prompt: `Prompt ${i}`,
	answer: `Answer ${i}`,
	accepted: [`Answer ${i}`],
	contested: false,
	evidence: [],
	sources: [SOURCES[i % SOURCES.length]!],
	topic: TOPICS[i % TOPICS.length]!,
	importance: ((i % 3) + 1) as 1 | 2 | 3,
	pair: `entity-${Math.floor(i / 2)}`
}));

/**
 * A year of study: cards introduced evenly over the year, each answered whenever it fell due up to yesterday
 * (one card in ten was left alone for up to a week), so today has due and overdue cards.
 */
function simulateYear() {
	const records: CardRecord[] = [];
	const reviews: ReviewRecord[] = [];
	const misses: MissRecord[] = [];
	const ratings: Rating[] = [AGAIN, HARD, GOOD, GOOD, GOOD, GOOD, GOOD, EASY];
	for (let i = 0; i < STUDIED; i++) {
		const introducedAt = NOW - 365 * DAY + Math.floor((i / STUDIED) * 364 * DAY);
		const stop = NOW - DAY - (random.next() < 0.1 ? random.int(1, 7) * DAY : 0);
		let at = introducedAt;
		let before = null as ReviewRecord['before'];
		while (at < stop) {
			const rating = random.pick(ratings);
			const { after } = scheduler.grade(before, rating, at);
			reviews.push({
				cardId: cards[i]!.id,
				at,
				day: localDay(at),
				rating,
				durationMs: random.int(1500, 20_000),
				before,
				after
			});
			if (rating === AGAIN) misses.push({ cardId: cards[i]!.id, at, from: 'study' });
			before = after;
			at = Math.max(after.due, at + 60_000);
		}
		if (before) records.push({ id: cards[i]!.id, introducedAt, ...before });
	}
	return { records, reviews, misses };
}

const started = performance.now();
const year = simulateYear();
const simulated = performance.now();
const database = freshDatabase('bench');
await database.transaction('rw', [database.cards, database.reviews, database.misses], async () => {
	await database.cards.bulkAdd(year.records);
	await database.reviews.bulkAdd(year.reviews);
	await database.misses.bulkAdd(year.misses);
});
const loaded = performance.now();
const snapshot = await loadStudySnapshot(NOW);
const backupText = await exportJson(NOW);

console.log(
	`[study bench] ${CARD_COUNT} cards, ${year.records.length} studied, ${year.reviews.length} reviews, ` +
		`${year.misses.length} misses; simulated in ${(simulated - started).toFixed(0)} ms, ` +
		`stored in ${(loaded - simulated).toFixed(0)} ms; backup ${(backupText.length / 1e6).toFixed(1)} MB`
);

const timings: Record<string, number[]> = {};
async function timed<T>(name: string, run: () => T | Promise<T>): Promise<T> {
	const start = performance.now();
	const result = await run();
	(timings[name] ??= []).push(performance.now() - start);
	return result;
}

const due = [...snapshot.states.values()].filter((s) => s.due <= NOW).map((s) => s.id);
const firstQueue = buildQueue(cards, snapshot.states, snapshot.day, LIMITS, NOW);
console.log(
	`[study bench] due now: ${due.length}; today's queue: ${firstQueue.items.length} ` +
		`(${JSON.stringify(firstQueue.counts)}, ${firstQueue.heldByCap} held by the review cap)`
);
if (due.length === 0) throw new Error('the synthetic year left nothing due');
let next = 0;
let clock = NOW;

describe('study at 20,000 cards and a year of reviews', () => {
	bench('build today’s queue (domain)', async () => {
		await timed('queue', () => buildQueue(cards, snapshot.states, snapshot.day, LIMITS, NOW));
	});

	bench('build today’s queue, filtered by source (domain)', async () => {
		await timed('queue by source', () =>
			buildQueue(cards, snapshot.states, snapshot.day, LIMITS, NOW, {
				filter: { by: 'source', source: 'zh-2016' }
			})
		);
	});

	bench(
		'read the queue inputs (fake-indexeddb)',
		async () => {
			await timed('snapshot', () => loadStudySnapshot(NOW));
		},
		{ iterations: 10, time: 0, warmupIterations: 1, warmupTime: 0 }
	);

	bench(
		'read the progress page’s figures: heatmap, streak, forecast, retention, mastery (fake-indexeddb)',
		async () => {
			await timed('progress', () => loadProgress(cards, NOW));
		},
		// Most of it is fake-indexeddb walking the reviews' day index (seconds here, far less in a browser).
		{ iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 }
	);

	bench('grade one card (domain + transaction)', async () => {
		const id = due[next++ % due.length]!;
		clock += 1000;
		await timed('grade', () => answerCard(id, GOOD, clock, 4000, undefined, { scheduler }));
	});

	bench(
		'export all (read + JSON)',
		async () => {
			await timed('export', () => exportJson(NOW));
		},
		{ iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 }
	);

	bench(
		'validate the backup (JSON.parse + valibot, no database)',
		async () => {
			await timed('validate', () => {
				if (!parseBackupText(backupText).ok) throw new Error('backup refused');
			});
		},
		{ iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 }
	);

	bench(
		'import all (parse + validate + replace)',
		async () => {
			await timed('import', async () => {
				const result = await importAll(backupText);
				if (!result.ok) throw new Error(result.error.detail ?? result.error.message);
			});
		},
		{ iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 }
	);
});

const TARGETS: Record<string, number> = { queue: 20, 'queue by source': 20, grade: 5 };

afterAll(() => {
	const rows = Object.entries(timings).map(([name, samples]) => {
		const sorted = [...samples].sort((a, b) => a - b);
		const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
		const target = TARGETS[name];
		return {
			name,
			samples: samples.length,
			'median ms': at(0.5).toFixed(2),
			'p95 ms': at(0.95).toFixed(2),
			'max ms': sorted.at(-1)!.toFixed(2),
			target: target === undefined ? '' : `≤ ${target} ms (median): ${at(0.5) <= target ? 'met' : 'MISSED'}`
		};
	});
	console.table(rows);
});
