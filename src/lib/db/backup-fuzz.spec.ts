import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, parseBackup, parseBackupText, type BackupData } from '../domain/backup';
import { createRandom, type Random } from '../domain/random';
import { AGAIN, GOOD, createScheduler } from '../domain/scheduler';
import { DAY } from '../domain/time';
import { exportAll, exportJson, importAll } from './backup';
import { recordQuizMisses } from './missed';
import { answerCard } from './study';
import { countWrites, freshDatabase, type WriteCounter } from './test-db';
import { mutateValue } from './test-mutate';

const NOW = new Date(2025, 4, 2, 18, 0).getTime();
const CASES = 10_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

let baseline: string;
let writes: WriteCounter;

beforeAll(async () => {
	writes = countWrites(freshDatabase('backup-fuzz'));
	for (let i = 0; i < 8; i++) {
		await answerCard(`card-${i % 5}`, i % 3 ? GOOD : AGAIN, NOW - (8 - i) * DAY, 3000, undefined, {
			scheduler
		});
	}
	await recordQuizMisses([{ cardId: 'card-2', at: NOW - DAY, given: '<img src=x onerror=alert(1)>' }]);
	// Start from data as an import leaves it (imported reviews carry their ids), so a restore is exact.
	expect((await importAll(await exportJson(NOW))).ok).toBe(true);
	baseline = await exportJson(NOW);
});

const SAMPLES: unknown[] = [
	null,
	true,
	false,
	0,
	-1,
	7,
	1e308,
	-0.5,
	'',
	'x',
	'9'.repeat(50),
	[],
	{},
	[1],
	{ a: 1 }
];

/** Changes one value somewhere in a parsed backup: a field's type, a number's range, a missing or extra key. */
const mutateBackup = (value: unknown, random: Random) =>
	mutateValue(value, random, SAMPLES, (leaf) =>
		typeof leaf === 'number' && random.next() < 0.5
			? leaf + random.pick([1, -1, 10, 1e9, NaN, 0.5])
			: random.pick(SAMPLES)
	);

/** Damages the file's text: flips, cuts, deletions, insertions, or noise in place of a backup. */
function mutateText(text: string, random: Random): string {
	const at = random.int(0, text.length - 1);
	switch (random.int(0, 5)) {
		case 0:
			return text.slice(0, at) + String.fromCharCode(random.int(32, 126)) + text.slice(at + 1);
		case 1:
			return text.slice(0, at);
		case 2:
			return text.slice(0, at) + text.slice(at + random.int(1, 40));
		case 3:
			return (
				text.slice(0, at) + random.pick(['"', '{', ']', ',', '\\u0000', 'null', '1e999']) + text.slice(at)
			);
		case 4:
			return Array.from({ length: random.int(0, 200) }, () =>
				String.fromCharCode(random.int(0, 0x2fff))
			).join('');
		default:
			return text.replace(/"version":\s*\d+/, `"version":${random.pick([0, 2, 99, -1, '"1"'])}`);
	}
}

/** Primary key of each table's rows; reviews and misses get one from the database when the file has none. */
const AUTO_IDS: readonly string[] = ['reviews', 'misses'];
const keyOf = (table: string) => (table === 'settings' ? 'key' : 'id');

/**
 * What an accepted import stored is exactly the file's records: every table holds the same rows (rows without an
 * id got a new one, in file order), and the stored data passes the backup check itself.
 */
async function expectStoredAsImported(file: BackupData, label: string): Promise<void> {
	const exported = await exportAll(NOW);
	const stored = exported.data;
	expect(parseBackup(JSON.parse(JSON.stringify(exported))).ok, label).toBe(true);
	for (const table of BACKUP_TABLES) {
		const key = keyOf(table);
		const given = file[table] as readonly Record<string, unknown>[];
		const kept = stored[table] as readonly Record<string, unknown>[];
		expect(kept.length, `${label}: ${table}`).toBe(given.length);
		const byKey = new Map(kept.map((row) => [row[key], row]));
		const withKey = given.filter((row) => row[key] !== undefined);
		for (const row of withKey) expect(byKey.get(row[key]), `${label}: ${table}`).toEqual(row);
		if (!AUTO_IDS.includes(table)) continue;
		const givenIds = new Set(withKey.map((row) => row[key]));
		const numbered = kept.filter((row) => !givenIds.has(row[key]));
		const unnumbered = given.filter((row) => row[key] === undefined);
		expect(
			numbered.map(({ [key]: _id, ...row }) => row),
			`${label}: ${table} without ids`
		).toEqual(unnumbered);
	}
}

describe('backup import fuzz', () => {
	it(`imports or refuses ${CASES} random and mutated files, never throws, never writes on refusal`, async () => {
		const random = createRandom('backup-fuzz');
		const parsedBaseline = JSON.parse(baseline) as unknown;
		let refused = 0;
		let imported = 0;
		for (let n = 0; n < CASES; n++) {
			const input =
				random.next() < 0.5
					? mutateText(baseline, random)
					: JSON.stringify(mutateBackup(parsedBaseline, random));
			writes.reset();
			const result = await importAll(input);
			if (result.ok) {
				imported++;
				const parsed = parseBackupText(input);
				if (!parsed.ok) throw new Error(`case ${n}: imported a file the check refuses`);
				await expectStoredAsImported(parsed.backup.data, `case ${n}`);
				// An accepted file replaced the data: put the learner's data back before the next case.
				expect((await importAll(baseline)).ok).toBe(true);
				continue;
			}
			refused++;
			// A sentence for a person, one of a handful; what exactly is wrong goes to the details.
			expect(result.error.message, `case ${n}`).toMatch(/^This (file|backup) /);
			expect(result.error.message, `case ${n}`).not.toMatch(/JSON|expected|\[\d+\]/);
			expect(result.error.detail?.length ?? 0, `case ${n}`).toBeGreaterThan(5);
			// Refused before any write: not one row, not one request, on any table (every case, not a sample).
			expect(
				{ rows: writes.rows, requests: writes.requests, tables: [...writes.tables] },
				`case ${n}`
			).toEqual({
				rows: 0,
				requests: 0,
				tables: []
			});
		}
		expect(refused + imported).toBe(CASES);
		expect(refused).toBeGreaterThan(CASES * 0.8);
		// Some mutations are harmless (a changed number within range): those imports were checked above.
		expect(imported).toBeGreaterThan(0);
		expect(await exportJson(NOW)).toBe(baseline);
	}, 300_000);

	it('counts the writes of an accepted import, so a refusal with none means something', async () => {
		writes.reset();
		expect((await importAll(baseline)).ok).toBe(true);
		// Seven tables cleared, then refilled.
		expect(writes.requests).toBeGreaterThanOrEqual(BACKUP_TABLES.length);
		expect(writes.rows).toBeGreaterThan(0);
		expect(writes.tables.size).toBe(BACKUP_TABLES.length);
	});
});
