import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackupText } from '../domain/backup';
import { AGAIN, GOOD, createScheduler } from '../domain/scheduler';
import { DAY, MINUTE } from '../domain/time';
import { makeFixturePack } from '../domain/quiz/fixture';
import { exportJson, importAll, resetAll } from './backup';
import type { SourcedeckDB } from './database';
import { updateSettings } from './settings';
import { installPack } from './library';
import type { SnapshotDB } from './snapshot-database';
import { listSnapshots, restoreSnapshot, takeSnapshot } from './snapshots';
import { answerCard } from './study';
import { countWrites, freshDatabase, type WriteCounter } from './test-db';
import { freshSnapshotDatabase } from './test-snapshots';

const NOW = new Date(2025, 5, 3, 20, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

let database: SourcedeckDB;
let copies: SnapshotDB;
let writes: WriteCounter;
beforeEach(() => {
	database = freshDatabase('snapshots');
	// Before first use: the counter's middleware joins when the database opens.
	writes = countWrites(database);
	copies = freshSnapshotDatabase('snapshots');
});

async function study(cards: number, at = NOW - DAY) {
	for (let i = 0; i < cards; i++) {
		await answerCard(`card-${i}`, i % 3 ? GOOD : AGAIN, at + i * MINUTE, 2000, undefined, { scheduler });
	}
}

describe('takeSnapshot', () => {
	it('keeps the backup export of all data, with why and what it holds', async () => {
		await study(4);
		await updateSettings({ newPerDay: 9 });
		const taken = await takeSnapshot('reset', { now: NOW });
		expect(taken).toMatchObject({ reason: 'reset', takenAt: NOW });
		expect(taken!.counts).toMatchObject({ cards: 4, reviews: 4, misses: 2, settings: 1 });
		const body = await copies.bodies.get(taken!.id!);
		// Exactly what Settings › Export a backup writes at that moment.
		expect(body!.json).toBe(await exportJson(NOW));
		expect(taken!.chars).toBe(body!.json.length);
		expect(parseBackupText(body!.json).ok).toBe(true);
		expect(await listSnapshots()).toEqual([taken]);
	});

	it('keeps nothing when there is nothing to lose', async () => {
		expect(await takeSnapshot('import', { now: NOW })).toBeNull();
		expect(await copies.snapshots.count()).toBe(0);
		// The built-in pack comes back with the app: alone, it is nothing to lose.
		await installPack(
			{ ...makeFixturePack(), id: 'built-in', title: 'Built in', version: 'b1' },
			{ origin: 'built-in', now: NOW }
		);
		expect(await takeSnapshot('import', { now: NOW })).toBeNull();
	});

	it('keeps a pack made or installed here though nothing was studied in it, and counts it', async () => {
		await installPack(
			{ ...makeFixturePack(), id: 'own-pack', title: 'My own pack', version: 'v1' },
			{ origin: 'made', now: NOW }
		);
		const taken = await takeSnapshot('reset', { now: NOW });
		expect(taken!.counts).toMatchObject({ reviews: 0, cards: 0, packs: 1 });
		await resetAll();
		expect(await database.packs.count()).toBe(0);
		await restoreSnapshot(taken!.id!);
		expect((await database.packs.toArray()).map((pack) => pack.id)).toEqual(['own-pack']);
	});

	it('keeps the last few within the size bound, newest first, and forgets the bodies of the others', async () => {
		await study(1);
		for (let i = 0; i < 7; i++) await takeSnapshot('import', { now: NOW + i, detail: `file-${i}.json` });
		const kept = await listSnapshots();
		expect(kept.map((s) => s.detail)).toEqual([
			'file-6.json',
			'file-5.json',
			'file-4.json',
			'file-3.json',
			'file-2.json'
		]);
		expect((await copies.bodies.toCollection().primaryKeys()).sort()).toEqual(kept.map((s) => s.id).sort());
		const size = kept[0]!.chars;
		await takeSnapshot('reset', { now: NOW + 10, limits: { count: 5, chars: size * 2 } });
		expect((await listSnapshots()).map((s) => s.reason)).toEqual(['reset', 'import']);
		expect(await copies.bodies.count()).toBe(2);
	});

	it('writes nothing to the user data', async () => {
		await study(2);
		writes.reset();
		await takeSnapshot('reset', { now: NOW });
		expect(writes.requests + writes.rows).toBe(0);
		// The counter does see user data writes.
		await study(1, NOW);
		expect(writes.requests).toBeGreaterThan(0);
	});
});

describe('restoreSnapshot', () => {
	it('brings the data back after a reset, and keeps a copy of what it replaced first', async () => {
		await study(5);
		await updateSettings({ newPerDay: 9 });
		const before = await exportJson(NOW);
		const copy = await takeSnapshot('reset', { now: NOW });
		await resetAll();
		await study(1, NOW);
		const replaced = await exportJson(NOW);

		const result = await restoreSnapshot(copy!.id!, NOW + MINUTE);
		expect(result).toMatchObject({ ok: true, counts: { reviews: 5, cards: 5, settings: 1 } });
		expect(JSON.parse(await exportJson(NOW))).toEqual(JSON.parse(before));
		const [newest] = await listSnapshots();
		expect(newest).toMatchObject({ reason: 'restore', takenAt: NOW + MINUTE });
		const kept = await copies.bodies.get(newest!.id!);
		expect(JSON.parse(kept!.json).data).toEqual(JSON.parse(replaced).data);
	});

	it('refuses a copy that is gone or damaged, and changes nothing', async () => {
		await study(2);
		const copy = await takeSnapshot('import', { now: NOW });
		const before = await exportJson(NOW);
		await copies.bodies.put({ id: copy!.id!, json: '{"format":"sourcedeck-backup","version":1' });
		writes.reset();
		const damaged = await restoreSnapshot(copy!.id!);
		expect(damaged).toMatchObject({
			ok: false,
			error: { kind: 'unreadable', message: expect.stringMatching(/^That copy is damaged/) }
		});
		expect(await restoreSnapshot(999)).toEqual({
			ok: false,
			error: { kind: 'damaged', message: 'That copy is no longer kept on this device.' }
		});
		expect(writes.requests + writes.rows).toBe(0);
		expect(await exportJson(NOW)).toBe(before);
		expect(await copies.snapshots.count()).toBe(1);
	});

	it('an import that replaces data can be taken back', async () => {
		await study(3);
		const mine = await exportJson(NOW);
		const copy = await takeSnapshot('import', { now: NOW, detail: 'other.json' });
		expect(
			(
				await importAll(
					JSON.stringify({ ...JSON.parse(mine), data: { ...JSON.parse(mine).data, reviews: [] } })
				)
			).ok
		).toBe(true);
		expect((await restoreSnapshot(copy!.id!)).ok).toBe(true);
		expect(JSON.parse(await exportJson(NOW))).toEqual(JSON.parse(mine));
	});
});
