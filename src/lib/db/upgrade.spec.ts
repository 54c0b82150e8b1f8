/**
 * Schema-upgrade harness: for every earlier schema version, a database written by that release must open
 * with the current app and lose nothing. A new schema version needs a fixture here (a test checks that).
 */
import { describe, expect, it } from 'vitest';
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
			expect(await database.cards.get('mosul:place-country')).toEqual({
				id: 'mosul:place-country',
				introducedAt: BASE,
				...fsrs(BASE + 9 * DAY, 2)
			});
			const reviews = await database.reviews.toArray();
			expect(reviews).toHaveLength(4);
			for (const review of reviews) expect(review.day).toBe(localDay(review.at));
			expect(reviews.map((r) => r.day)).toEqual(['2024-10-01', '2024-10-02', '2024-10-02', '2024-10-03']);
			expect(reviews[0]).toMatchObject({ id: 1, cardId: 'mosul:place-country', rating: 1, before: null });
			// The `day` index added in v2 works on migrated rows.
			expect(await database.reviews.where('day').equals('2024-10-02').count()).toBe(2);
			// Tables added later exist and take rows.
			await database.misses.add({ cardId: 'isis:actor-role', at: BASE, from: 'quiz' });
			expect(await database.misses.count()).toBe(1);
		}
	}
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
		it(`opens a version ${version} database with the current schema and keeps its data`, async () => {
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
		});
	}
});
