import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_TABLES,
	createBackup,
	parseBackup,
	parseBackupText,
	type BackupData,
	type BackupProblem
} from './backup';
import { LEGACY_PACK_ID, legacyKey } from './legacy-ids';
import { toPackFile } from './pack-file';
import { makeFixturePack } from './quiz/fixture';

const AT = new Date(2025, 2, 11, 9, 0).getTime();

const state = (due: number, state = 2) => ({
	due,
	stability: 12.5,
	difficulty: 5.1,
	elapsed_days: 4,
	scheduled_days: 12,
	learning_steps: 0,
	reps: 6,
	lapses: 1,
	state,
	last_review: due - 12 * 86_400_000
});

function sampleData(): BackupData {
	return {
		settings: [
			{ key: 'newPerDay', value: 15 },
			{ key: 'studySession', value: { filter: { by: 'kind', kind: 'place' }, typed: true } }
		],
		cards: [
			{ id: 'mosul:place-country', introducedAt: AT - 40 * 86_400_000, ...state(AT + 86_400_000) },
			{ id: 'isis:actor-role', introducedAt: AT, ...state(AT + 600_000, 1) }
		],
		reviews: [
			{
				id: 1,
				cardId: 'isis:actor-role',
				at: AT,
				day: '2025-03-11',
				rating: 3,
				durationMs: 4200,
				before: null,
				after: state(AT + 600_000, 1),
				typed: 'Islamic State'
			},
			{
				id: 2,
				cardId: 'mosul:place-country',
				at: AT - 1000,
				day: '2025-03-11',
				rating: 1,
				durationMs: 8000,
				before: state(AT - 1000),
				after: state(AT + 86_400_000, 3)
			}
		],
		misses: [
			{ id: 1, cardId: 'mosul:place-country', at: AT - 1000, from: 'study' },
			{
				id: 2,
				cardId: 'isis:actor-role',
				at: AT,
				from: 'quiz',
				given: 'PMF',
				attemptId: 'q1',
				clearedAt: AT + 5
			}
		],
		quizAttempts: [
			{
				id: 'q1',
				startedAt: AT - 60_000,
				finishedAt: AT,
				spec: { count: 10, seed: 42, modes: ['choice', 'typed'] },
				answers: [{ question: 0, given: 'PMF', correct: false }],
				score: 7,
				maxScore: 10
			}
		],
		assignments: [
			{
				id: 'a1',
				role: 'teacher',
				createdAt: AT,
				set: { title: 'Mosul', cards: ['mosul:place-country'] },
				link: 'https://example.test/#a=abc',
				status: 'open'
			}
		],
		results: [{ id: 'r1', assignmentId: 'a1', studentName: 'Sam', receivedAt: AT, result: { score: 9 } }],
		library: []
	};
}

const sample = () =>
	createBackup(sampleData(), AT) as unknown as Record<string, unknown> & { data: BackupData };

function problemOf(input: unknown): BackupProblem {
	const result = parseBackup(input);
	if (result.ok) throw new Error('expected the backup to be refused');
	return result.error;
}

/** The technical detail: what is wrong and where, for the "Details" disclosure. */
const errorOf = (input: unknown): string => problemOf(input).detail ?? '';

describe('parseBackup', () => {
	it('accepts a valid backup and keeps every record as it was', () => {
		const backup = sample();
		const result = parseBackup(structuredClone(backup));
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.backup).toEqual(backup);
	});

	it('accepts a backup with no data at all', () => {
		const empty = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupData;
		expect(parseBackup(createBackup(empty, AT)).ok).toBe(true);
	});

	it('survives the JSON text round trip', () => {
		const result = parseBackupText(JSON.stringify(sample()));
		expect(result.ok && result.backup).toEqual(sample());
	});

	it('says where a rating is out of range and what it got', () => {
		const backup = sample();
		(backup.data.reviews[1] as { rating: number }).rating = 7;
		expect(errorOf(backup)).toBe('reviews[1].rating: expected 1–4, got 7');
	});

	it('refuses a state outside 0–3 inside a nested FSRS state', () => {
		const backup = sample();
		backup.data.reviews[1]!.before!.state = 9;
		expect(errorOf(backup)).toBe('reviews[1].before.state: expected 0–3, got 9');
	});

	it('refuses numbers that are not finite or not numbers', () => {
		const backup = sample();
		backup.data.cards[0]!.stability = Number.POSITIVE_INFINITY;
		expect(errorOf(backup)).toMatch(/^cards\[0\]\.stability: expected a finite number/);
		const other = sample();
		(other.data.cards[1] as { due: unknown }).due = '2025-03-11';
		expect(errorOf(other)).toMatch(/^cards\[1\]\.due: expected a number .*, got "2025-03-11"$/);
	});

	it('refuses unknown and missing fields', () => {
		const extra = sample();
		(extra.data.misses[0] as Record<string, unknown>).secret = 1;
		expect(errorOf(extra)).toBe('misses[0].secret: unexpected field');
		const missing = sample();
		delete (missing.data.reviews[0] as Partial<BackupData['reviews'][number]>).day;
		expect(errorOf(missing)).toBe('reviews[0].day: missing');
		const noTable = sample();
		delete (noTable.data as Partial<BackupData>).results;
		expect(errorOf(noTable)).toBe('results: missing');
	});

	it('bounds string lengths', () => {
		const backup = sample();
		backup.data.reviews[0]!.typed = 'x'.repeat(501);
		expect(errorOf(backup)).toMatch(/^reviews\[0\]\.typed: expected text of 0–500 characters/);
		const emptyId = sample();
		emptyId.data.cards[0]!.id = '';
		expect(errorOf(emptyId)).toBe('cards[0].id: expected text of 1–200 characters, got ""');
	});

	it('bounds array sizes', () => {
		const backup = sample();
		backup.data.quizAttempts[0]!.answers = Array.from({ length: 1001 }, () => 1);
		expect(errorOf(backup)).toBe('quizAttempts[0].answers: expected at most 1000 entries, got 1001 entries');
	});

	it('bounds free-form JSON payloads', () => {
		let deep: unknown = 1;
		for (let i = 0; i < 40; i++) deep = [deep];
		const backup = sample();
		backup.data.assignments[0]!.set = deep;
		expect(errorOf(backup)).toMatch(/^assignments\[0\]\.set: expected JSON data/);
	});

	it('refuses impossible calendar days and unknown enum values', () => {
		const day = sample();
		day.data.reviews[0]!.day = '2025-02-30';
		expect(errorOf(day)).toBe('reviews[0].day: expected a day "YYYY-MM-DD", got "2025-02-30"');
		const from = sample();
		(from.data.misses[0] as { from: string }).from = 'exam';
		expect(errorOf(from)).toBe('misses[0].from: expected "study" or "quiz", got "exam"');
	});

	it('refuses duplicate primary keys', () => {
		const backup = sample();
		backup.data.cards[1]!.id = backup.data.cards[0]!.id;
		expect(errorOf(backup)).toBe('cards[1].id: duplicate of cards[0], got "mosul:place-country"');
	});

	it('explains a file that is not a backup, or from a newer app, as a person would', () => {
		expect(problemOf([])).toMatchObject({
			kind: 'not-backup',
			message: 'This file is not a Sourcedeck backup. Choose a file made with “Export a backup”.',
			detail: 'expected a JSON object, got a list of 0'
		});
		expect(problemOf({ format: 'anki' })).toMatchObject({ kind: 'not-backup', detail: 'format is "anki"' });
		expect(problemOf({})).toMatchObject({ kind: 'not-backup', detail: 'format is nothing' });
		expect(problemOf({ ...sample(), version: 3 })).toMatchObject({
			kind: 'newer-version',
			message: expect.stringMatching(
				/^This backup was made by a newer version of Sourcedeck\. Update the app/
			),
			detail: 'backup version 3; this app reads up to version 2'
		});
		expect(problemOf({ ...sample(), version: 0 })).toMatchObject({
			kind: 'damaged',
			message: expect.stringMatching(/^This backup is damaged/),
			detail: 'version: expected 1 or 2, got 0'
		});
	});

	it('never puts technical words in the message itself', () => {
		const refused = [
			parseBackupText('{"format": '),
			parseBackupText('[1,2]'),
			parseBackup({ format: 'anki' }),
			parseBackup({ ...sample(), version: 3 }),
			parseBackup({ ...sample(), settings: [{ key: {}, value: 1 }] })
		];
		for (const result of refused) {
			if (result.ok) throw new Error('expected a refusal');
			expect(result.error.message).not.toMatch(/JSON|position|format is|expected|\[\d+\]|nothing|undefined/);
		}
	});

	it('moves a version 1 backup under the one pack it knew, as the schema upgrade does', () => {
		const v1 = { ...sample(), version: 1 };
		const result = parseBackup(v1);
		if (!result.ok) throw new Error(result.error.detail);
		const { data } = result.backup;
		expect(result.backup.version).toBe(2);
		// Whether a state is in a queue is for the library to say once its pack is installed.
		expect(data.cards.map((c) => [c.id, c.pack, c.activePack])).toEqual(
			v1.data.cards.map((c) => [legacyKey(c.id), LEGACY_PACK_ID, undefined])
		);
		expect(data.reviews.map((r) => r.cardId)).toEqual(v1.data.reviews.map((r) => legacyKey(r.cardId)));
		expect(data.misses.map((r) => r.cardId)).toEqual(v1.data.misses.map((r) => legacyKey(r.cardId)));
		expect(data.library).toEqual([]);
	});

	it("takes a card state's pack from its id, whatever the file says", () => {
		const backup = sample();
		const [first, second] = backup.data.cards.map((c) => ({ ...c, id: `some-pack/${c.id}` }));
		backup.data.cards = [
			{ ...first!, pack: undefined, activePack: undefined },
			{ ...second!, pack: 'another-pack', activePack: 'another-pack' }
		];
		const result = parseBackup(JSON.parse(JSON.stringify(backup)));
		if (!result.ok) throw new Error(result.error.detail);
		expect(result.backup.data.cards.map((c) => [c.pack, c.activePack])).toEqual([
			['some-pack', undefined],
			['some-pack', undefined]
		]);
	});

	it('checks the packs a backup carries as pack files, and names the broken one', () => {
		const pack = structuredClone(toPackFile(makeFixturePack()));
		const record = {
			id: pack.id,
			title: pack.title,
			description: '',
			version: pack.version,
			hash: 'abc',
			origin: 'file' as const,
			installedAt: AT,
			updatedAt: AT,
			enabled: true,
			topics: [],
			counts: { cards: 1, retired: 0, sources: 1, entities: 1 },
			sizes: { kinds: { place: 1 }, sources: {} }
		};
		const good = parseBackup({ ...sample(), data: { ...sample().data, library: [{ record, pack }] } });
		expect(good.ok && good.packs[0]?.pack?.cards).toEqual(makeFixturePack().cards);
		pack.cards[2] = { ...pack.cards[2]!, prompt: '' };
		const bad = { ...sample(), data: { ...sample().data, library: [{ record, pack }] } };
		expect(errorOf(bad)).toMatch(/^library\[0\]\.pack: cards\[2\].*prompt/);
		expect(
			errorOf({ ...bad, data: { ...bad.data, library: [{ record: { ...record, origin: 'cloud' } }] } })
		).toMatch(/library\[0\]\.record\.origin/);
	});

	it('explains text that is not JSON, keeping the parser’s words for the details', () => {
		const result = parseBackupText('{"format": ');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.message).toBe('This file is damaged or is not a Sourcedeck backup.');
		expect(result.error.detail).toMatch(/^not valid JSON: /);
	});
});

describe('backup validation without eval', () => {
	it('runs with eval and the Function constructor disabled', () => {
		// Swapped out by name: the app's lint forbids touching eval directly.
		const names = ['eval', 'Function'] as const;
		const originals = names.map((name) => Reflect.get(globalThis, name) as unknown);
		const refuse = () => {
			throw new Error('code generation is not allowed');
		};
		for (const name of names) Reflect.set(globalThis, name, refuse);
		try {
			expect(parseBackup(sample()).ok).toBe(true);
			expect(parseBackup({ ...sample(), exportedAt: -1 }).ok).toBe(false);
		} finally {
			names.forEach((name, i) => Reflect.set(globalThis, name, originals[i]));
		}
	});

	it('uses a valibot build that contains no code generation', () => {
		const require = createRequire(import.meta.url);
		const source = readFileSync(require.resolve('valibot').replace(/index\.c?js$/, 'index.mjs'), 'utf8');
		expect(source).not.toMatch(/new Function|\beval\(/);
	});
});
