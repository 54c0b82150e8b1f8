/**
 * Schema-upgrade harness: for every earlier schema version, a database written by that release must open
 * with the current app and lose nothing. A new schema version needs a fixture here (a test checks that).
 */
import { describe, expect, it } from 'vitest';
import { LEGACY_PACK_ID as V2_PACK_ID, legacyKey as inPack } from '../domain/legacy-ids';
import { localDay } from '../domain/time';
import { SourcedeckDB } from './database';
import { CURRENT_VERSION, SCHEMA } from './schema';

const DAY = 86_400_000;
const BASE = new Date(2024, 9, 1, 8, 30).getTime();

const fsrs = (due: number, state: number) => ({
	due,
	stability: 8.2,
	difficulty: 4.9,
	elapsed_days: 3,
	scheduled_days: 8,
	learning_steps: 0,
	reps: 4,
	lapses: 0,
	state,
	last_review: due - 8 * DAY
});

interface Fixture {
	/** Writes what that release stored. */
	write(database: SourcedeckDB): Promise<void>;
	/** Checks the current app sees all of it, migrated. */
	verify(database: SourcedeckDB): Promise<void>;
}

/** Version 2 at a heavy learner's volume: 20,000 card states and 170,000 reviews, with quizzes and assignments. */
const V2_VOLUME = {
	cards: 20_000,
	reviews: 170_000,
	misses: 3_000,
	attempts: 200,
	assignments: 40,
	results: 400
};
const v2CardId = (i: number) =>
	`entity-${i % 2_000}:${['actor-role', 'place-country', 'event-date', 'cloze:1', 'figure-number', 'quote-speaker', 'role-actor', 'event-place', 'place-map', 'claim-claimant'][Math.floor(i / 2_000)]}`;

function v2Data() {
	const cards = Array.from({ length: V2_VOLUME.cards }, (_, i) => ({
		id: v2CardId(i),
		introducedAt: BASE + (i % 365) * DAY,
		...fsrs(BASE + ((i * 7) % 400) * DAY, 1 + (i % 3))
	}));
	const reviews = Array.from({ length: V2_VOLUME.reviews }, (_, i) => {
		const at = BASE + Math.floor((i / V2_VOLUME.reviews) * 365 * DAY);
		return {
			cardId: v2CardId(i % V2_VOLUME.cards),
			at,
			day: localDay(at),
			rating: (i % 4) + 1,
			durationMs: 2000 + (i % 5000),
			before: i % 9 === 0 ? null : fsrs(at, 2),
			after: fsrs(at + DAY, 2),
			...(i % 11 === 0 ? { typed: `answer ${i}` } : {})
		};
	});
	const misses = Array.from({ length: V2_VOLUME.misses }, (_, i) => ({
		cardId: v2CardId((i * 13) % V2_VOLUME.cards),
		at: BASE + i * 3_600_000,
		from: i % 2 ? 'quiz' : 'study',
		...(i % 2 ? { given: `wrong ${i}`, attemptId: `attempt-${i % V2_VOLUME.attempts}` } : {}),
		...(i % 5 === 0 ? { clearedAt: BASE + i * 3_600_000 + DAY } : {})
	}));
	const quizAttempts = Array.from({ length: V2_VOLUME.attempts }, (_, i) => ({
		id: `attempt-${i}`,
		startedAt: BASE + i * DAY,
		...(i % 4 ? { finishedAt: BASE + i * DAY + 600_000, score: 7, maxScore: 10 } : {}),
		spec: {
			selection:
				i % 3 === 0
					? { cardIds: [v2CardId(i), v2CardId(i + 1)] }
					: i % 3 === 1
						? { sources: ['zh-2016'], kinds: ['event'] }
						: {},
			count: 10,
			modes: ['multiple-choice', 'timeline', 'matching'],
			seed: `seed-${i}`
		},
		answers: [
			{ kind: 'choice', index: 2 },
			{ kind: 'order', ids: ['fall-of-mosul', 'fall-of-raqqa'] },
			{ kind: 'pairs', pairs: { 'hadi-al-amiri': 'Badr Organization' } },
			null
		],
		...(i % 10 === 0 ? { assignmentId: `set-${i / 10}` } : {})
	}));
	const assignments = Array.from({ length: V2_VOLUME.assignments }, (_, i) => ({
		id: i % 2 ? `student:set-${i}` : `set-${i}`,
		role: i % 2 ? 'student' : 'teacher',
		createdAt: BASE + i * DAY,
		set: {
			id: `set-${i}`,
			title: `Week ${i}`,
			spec: {
				selection: { cardIds: [v2CardId(i)], sources: ['report-2017'] },
				count: 8,
				modes: ['typed'],
				seed: `s${i}`
			},
			packVersion: 'abc123'
		},
		link: `https://example.org/assign/take#a1.${i}`,
		status: i % 4 === 1 ? 'done' : 'open',
		...(i % 2 ? { studentName: `Student ${i}` } : {})
	}));
	const results = Array.from({ length: V2_VOLUME.results }, (_, i) => ({
		id: `result-${i}`,
		assignmentId: `set-${(i % 20) * 2}`,
		studentName: `Student ${i}`,
		receivedAt: BASE + i * 60_000,
		result: { v: 2, answers: [1, 0, 0.5], name: `Student ${i}` }
	}));
	const settings = [
		{ key: 'newPerDay', value: 25 },
		{ key: 'studySession', value: { filter: { by: 'source', source: 'magnier-2017' }, typedAnswers: true } }
	];
	return { cards, reviews, misses, quizAttempts, assignments, results, settings };
}

const VERSION_2: Fixture = {
	async write(database) {
		const data = v2Data();
		await database.transaction('rw', database.tables, async () => {
			for (const [table, rows] of Object.entries(data)) await database.table(table).bulkAdd(rows);
		});
	},
	async verify(database) {
		const data = v2Data();
		const cards = await database.cards.toArray();
		expect(cards).toHaveLength(V2_VOLUME.cards);
		const byId = new Map(cards.map((c) => [c.id, c]));
		for (const card of data.cards)
			expect(byId.get(inPack(card.id))).toEqual({
				...card,
				id: inPack(card.id),
				pack: V2_PACK_ID,
				activePack: V2_PACK_ID
			});

		const reviews = await database.reviews.toArray();
		expect(reviews).toHaveLength(V2_VOLUME.reviews);
		reviews.forEach((review, i) =>
			expect(review).toEqual({ ...data.reviews[i], id: i + 1, cardId: inPack(data.reviews[i]!.cardId) })
		);
		// The cardId index finds the moved rows.
		expect(
			await database.reviews
				.where('cardId')
				.equals(inPack(v2CardId(0)))
				.count()
		).toBe(data.reviews.filter((r) => r.cardId === v2CardId(0)).length);

		const misses = await database.misses.toArray();
		misses.forEach((miss, i) =>
			expect(miss).toEqual({ ...data.misses[i], id: i + 1, cardId: inPack(data.misses[i]!.cardId) })
		);
		expect(misses).toHaveLength(V2_VOLUME.misses);

		const attempts = await database.quizAttempts.toArray();
		expect(attempts).toHaveLength(V2_VOLUME.attempts);
		const attemptById = new Map(attempts.map((a) => [a.id, a]));
		for (const written of data.quizAttempts) {
			const stored = attemptById.get(written.id)!;
			const selection = written.spec.selection as { cardIds?: string[]; sources?: string[] };
			expect(stored).toEqual({
				...written,
				spec: {
					...written.spec,
					selection: {
						...selection,
						...(selection.cardIds ? { cardIds: selection.cardIds.map(inPack) } : {}),
						...(selection.sources ? { sources: selection.sources.map(inPack) } : {}),
						packs: [V2_PACK_ID]
					}
				},
				answers: [
					{ kind: 'choice', index: 2 },
					{ kind: 'order', ids: [inPack('fall-of-mosul'), inPack('fall-of-raqqa')] },
					{ kind: 'pairs', pairs: { [inPack('hadi-al-amiri')]: 'Badr Organization' } },
					null
				]
			});
		}

		const assignments = new Map((await database.assignments.toArray()).map((a) => [a.id, a]));
		expect(assignments.size).toBe(V2_VOLUME.assignments);
		for (const written of data.assignments)
			expect(assignments.get(written.id)).toEqual({
				...written,
				set: {
					...written.set,
					packs: [{ id: V2_PACK_ID }],
					spec: {
						...written.set.spec,
						selection: {
							cardIds: written.set.spec.selection.cardIds.map(inPack),
							sources: written.set.spec.selection.sources.map(inPack),
							packs: [V2_PACK_ID]
						}
					}
				}
			});

		expect(await database.results.orderBy('id').toArray()).toEqual(
			[...data.results].sort((a, b) => a.id.localeCompare(b.id))
		);
		expect(await database.settings.get('newPerDay')).toEqual({ key: 'newPerDay', value: 25 });
		expect(await database.settings.get('studySession')).toEqual({
			key: 'studySession',
			value: { filter: { by: 'source', source: inPack('magnier-2017') }, typedAnswers: true }
		});
		// The queue's index holds every card that was studied.
		expect(
			await database.cards
				.where('[activePack+state+due]')
				.between([V2_PACK_ID, 0, -Infinity], [V2_PACK_ID, 3, Infinity])
				.count()
		).toBe(V2_VOLUME.cards);
	}
};

/** Realistic data per schema version, as that version's app wrote it. */
const FIXTURES: Record<number, Fixture> = {
	1: {
		async write(database) {
			await database.table('settings').bulkAdd([
				{ key: 'newPerDay', value: 15 },
				{ key: 'desiredRetention', value: 0.85 }
			]);
			await database.table('cards').bulkAdd([
				{ id: 'mosul:place-country', introducedAt: BASE, ...fsrs(BASE + 9 * DAY, 2) },
				{ id: 'isis:actor-role', introducedAt: BASE + DAY, ...fsrs(BASE + DAY + 600_000, 1) }
			]);
			// v1 reviews had no `day`. Times include late evening and just after midnight, local time.
			const times = [
				BASE,
				BASE + DAY - 60_000,
				new Date(2024, 9, 2, 23, 59).getTime(),
				new Date(2024, 9, 3, 0, 1).getTime()
			];
			await database.table('reviews').bulkAdd(
				times.map((at, i) => ({
					cardId: i % 2 ? 'isis:actor-role' : 'mosul:place-country',
					at,
					rating: (i % 4) + 1,
					durationMs: 3000 + i,
					before: i === 0 ? null : fsrs(at, 2),
					after: fsrs(at + DAY, 2)
				}))
			);
		},
		async verify(database) {
			expect(await database.settings.toArray()).toEqual([
				{ key: 'desiredRetention', value: 0.85 },
				{ key: 'newPerDay', value: 15 }
			]);
			expect(await database.cards.count()).toBe(2);
			expect(await database.cards.get(inPack('mosul:place-country'))).toEqual({
				id: inPack('mosul:place-country'),
				introducedAt: BASE,
				...fsrs(BASE + 9 * DAY, 2),
				pack: V2_PACK_ID,
				activePack: V2_PACK_ID
			});
			const reviews = await database.reviews.toArray();
			expect(reviews).toHaveLength(4);
			for (const review of reviews) expect(review.day).toBe(localDay(review.at));
			expect(reviews.map((r) => r.day)).toEqual(['2024-10-01', '2024-10-02', '2024-10-02', '2024-10-03']);
			expect(reviews[0]).toMatchObject({
				id: 1,
				cardId: inPack('mosul:place-country'),
				rating: 1,
				before: null
			});
			// The `day` index added in v2 works on migrated rows.
			expect(await database.reviews.where('day').equals('2024-10-02').count()).toBe(2);
			// Tables added later exist and take rows.
			await database.misses.add({ cardId: 'isis:actor-role', at: BASE, from: 'quiz' });
			expect(await database.misses.count()).toBe(1);
		}
	},
	2: VERSION_2
};

describe('schema upgrades', () => {
	it('has a fixture for every earlier schema version', () => {
		const earlier = SCHEMA.slice(0, -1).map((v) => v.version);
		expect(Object.keys(FIXTURES).map(Number)).toEqual(earlier);
	});

	it('declares versions in increasing order, ending at the current one', () => {
		const versions = SCHEMA.map((v) => v.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(new Set(versions).size).toBe(versions.length);
		expect(versions.at(-1)).toBe(CURRENT_VERSION);
	});

	for (let k = 1; k < SCHEMA.length; k++) {
		const version = SCHEMA[k - 1]!.version;
		it(
			`opens a version ${version} database with the current schema and keeps its data`,
			{ timeout: 300_000 },
			async () => {
				const name = `upgrade-v${version}-${crypto.randomUUID()}`;
				const old = new SourcedeckDB(name, SCHEMA.slice(0, k));
				await old.open();
				expect(old.verno).toBe(version);
				await FIXTURES[version]!.write(old);
				old.close();

				const current = new SourcedeckDB(name);
				await current.open();
				expect(current.verno).toBe(CURRENT_VERSION);
				await FIXTURES[version]!.verify(current);
				current.close();
			}
		);
	}
});
