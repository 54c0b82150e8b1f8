import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../domain/backup';
import { AGAIN, EASY, GOOD, HARD, createScheduler, type Rating } from '../domain/scheduler';
import { DAY, HOUR } from '../domain/time';
import { qualify } from '../domain/library';
import { makeFixturePack } from '../domain/quiz/fixture';
import { exportAll, exportJson, importAll, resetAll } from './backup';
import { installPack, listPacks, readPack, setPackEnabled } from './library';
import type { SourcedeckDB } from './database';
import { recordQuizMisses } from './missed';
import { updateSettings } from './settings';
import { answerCard, saveSessionPrefs } from './study';
import { freshDatabase } from './test-db';

const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('backup');
});

/** A learner with a few weeks of history in every table. */
async function populate() {
	await updateSettings({ newPerDay: 12, desiredRetention: 0.88, typedAnswers: true });
	await saveSessionPrefs({ filter: { by: 'kind', kind: 'place' }, typedAnswers: true });
	const ratings: Rating[] = [GOOD, AGAIN, HARD, GOOD, EASY];
	for (let day = 0; day < 20; day++) {
		for (let c = 0; c < 6; c++) {
			const at = NOW - (20 - day) * DAY + c * 60_000;
			await answerCard(
				`card-${(day + c) % 9}`,
				ratings[(day * c) % 5]!,
				at,
				2000 + c,
				c === 2 ? 'typed' : undefined,
				{
					scheduler
				}
			);
		}
	}
	await recordQuizMisses([{ cardId: 'card-1', at: NOW - HOUR, given: 'Raqqa', attemptId: 'attempt-1' }]);
	await database.quizAttempts.add({
		id: 'attempt-1',
		startedAt: NOW - 2 * HOUR,
		finishedAt: NOW - HOUR,
		spec: { count: 10, seed: 7, selection: { by: 'source', source: 'zh-2016' } },
		answers: [
			{ given: 'Raqqa', correct: false },
			{ given: 'Mosul', correct: true }
		],
		score: 1,
		maxScore: 2,
		assignmentId: 'set-1'
	});
	await database.assignments.add({
		id: 'set-1',
		role: 'teacher',
		createdAt: NOW - DAY,
		set: { title: 'Week 3', cards: ['card-1', 'card-2'] },
		link: 'https://example.test/assign#s=abc',
		status: 'open'
	});
	await database.results.add({
		id: 'result-1',
		assignmentId: 'set-1',
		studentName: 'Noor',
		receivedAt: NOW,
		result: { score: 9, of: 10 }
	});
}

describe('exportAll', () => {
	it('exports an empty database as a valid, empty backup', async () => {
		const backup = await exportAll(NOW);
		expect(backup).toMatchObject({ format: 'sourcedeck-backup', version: 2, exportedAt: NOW });
		expect(Object.keys(backup.data).sort()).toEqual([...BACKUP_TABLES, 'library'].sort());
		expect(Object.values(backup.data).every((rows) => rows.length === 0)).toBe(true);
	});
});

describe('backup round trip', () => {
	it('restores into an empty database exactly what was exported', async () => {
		await populate();
		const text = await exportJson(NOW);
		const original = await exportAll(NOW);
		expect(original.data.reviews).toHaveLength(120);

		const target = freshDatabase('backup-target');
		const result = await importAll(text);
		expect(result).toEqual({
			ok: true,
			counts: { ...Object.fromEntries(BACKUP_TABLES.map((t) => [t, original.data[t].length])), packs: 0 }
		});
		expect(await exportAll(NOW)).toEqual(original);
		expect(await target.reviews.toArray()).toEqual(await database.reviews.toArray());
		expect(await target.cards.toArray()).toEqual(await database.cards.toArray());
	});

	it('keeps numbering reviews after the restored ones', async () => {
		await populate();
		const backup = await exportAll(NOW);
		freshDatabase('backup-target');
		await importAll(backup);
		const { review } = await answerCard('new-card', GOOD, NOW + HOUR, 1000, undefined, { scheduler });
		expect(review.id).toBe(Math.max(...backup.data.reviews.map((r) => r.id!)) + 1);
	});

	it('replaces what was there before', async () => {
		await populate();
		const backup = await exportAll(NOW);
		freshDatabase('backup-other');
		await answerCard('someone-else', GOOD, NOW, 1000, undefined, { scheduler });
		await importAll(backup);
		expect(await exportAll(NOW)).toEqual(backup);
	});
});

describe('importAll refusals', () => {
	it('refuses an invalid file with a readable message and changes nothing', async () => {
		await populate();
		const before = await exportAll(NOW);
		const broken = structuredClone(before) as unknown as { data: { reviews: { rating: number }[] } };
		broken.data.reviews[12]!.rating = 7;
		expect(await importAll(JSON.stringify(broken))).toMatchObject({
			ok: false,
			error: { kind: 'damaged', detail: 'reviews[12].rating: expected 1–4, got 7' }
		});
		expect(await importAll('not json')).toMatchObject({
			ok: false,
			error: {
				message: 'This file is damaged or is not a Sourcedeck backup.',
				detail: expect.stringMatching(/not valid JSON/)
			}
		});
		expect(await exportAll(NOW)).toEqual(before);
	});

	it('rolls back the whole replacement when writing fails half-way', async () => {
		await populate();
		const before = await exportAll(NOW);
		const replacement = structuredClone(before);
		replacement.data.settings = [{ key: 'newPerDay', value: 3 }];
		const fail = () => {
			throw new Error('quota exceeded');
		};
		database.results.hook('creating', fail);
		await expect(importAll(replacement)).rejects.toThrow('quota exceeded');
		database.results.hook('creating').unsubscribe(fail);
		expect(await exportAll(NOW)).toEqual(before);
	});
});

describe('resetAll', () => {
	it('deletes every record in every table', async () => {
		await populate();
		await resetAll();
		const backup = await exportAll(NOW);
		expect(Object.values(backup.data).every((rows) => rows.length === 0)).toBe(true);
	});
});

describe('backups and the library', () => {
	const own = () => ({ ...structuredClone(makeFixturePack()), id: 'own-pack', title: 'Own pack' });
	const builtIn = () => ({ ...structuredClone(makeFixturePack()), id: 'built-in-pack', title: 'Built in' });

	it('carries the packs a person installed, by content, and the built-in one by reference', async () => {
		await installPack(builtIn(), { origin: 'built-in', now: NOW });
		await installPack(own(), { origin: 'file', now: NOW });
		await setPackEnabled('built-in-pack', false);
		const first = qualify('own-pack', own().cards[0]!.id);
		await answerCard(first, GOOD, NOW, 3000, undefined, { scheduler });
		const backup = await exportAll(NOW);
		expect(backup.data.library.map((e) => [e.record.id, e.pack !== undefined])).toEqual([
			['built-in-pack', false],
			['own-pack', true]
		]);

		// A device that has only the app's own pack, with other progress, takes the backup whole.
		const target = freshDatabase('backup-library');
		await installPack(builtIn(), { origin: 'built-in', now: NOW });
		await answerCard(qualify('built-in-pack', builtIn().cards[0]!.id), GOOD, NOW, 3000, undefined, {
			scheduler
		});
		const result = await importAll(JSON.stringify(backup), NOW + 1);
		// The built-in pack travels as its record only: the packs counted are the one installed here.
		expect(result.ok && result.counts.packs).toBe(1);
		expect((await listPacks()).map((p) => [p.id, p.enabled])).toEqual([
			['built-in-pack', false],
			['own-pack', true]
		]);
		expect(await readPack('own-pack')).toEqual(own());
		// New cards follow the restored progress: the studied card is not new, the built-in one is new again.
		expect((await target.packCards.get(first))?.newRank).toBeUndefined();
		expect((await target.packCards.get(qualify('built-in-pack', builtIn().cards[0]!.id)))?.newRank).toBe(0);
		expect(await target.cards.toCollection().primaryKeys()).toEqual([first]);
	});

	it('brings back a pack made here and one from a link, with their origin and address', async () => {
		const made = { ...own(), id: 'made-pack', title: 'Made here' };
		const linked = { ...own(), id: 'linked-pack', title: 'From a link' };
		const url = 'https://packs.example.org/linked.json';
		await installPack(made, { origin: 'made', now: NOW });
		await installPack(linked, { origin: 'link', now: NOW + 1, url });
		const backup = JSON.stringify(await exportAll(NOW));

		freshDatabase('backup-made-and-linked');
		const result = await importAll(backup, NOW + 1);
		expect(result.ok && result.counts.packs).toBe(2);
		expect((await listPacks()).map((p) => [p.id, p.origin, p.url])).toEqual([
			['made-pack', 'made', undefined],
			['linked-pack', 'link', url]
		]);
		expect(await readPack('made-pack')).toEqual(made);
		expect(await readPack('linked-pack')).toEqual(linked);
	});

	it('progress restored before its pack is installed joins the queue when the pack arrives', async () => {
		await installPack(builtIn(), { origin: 'built-in', now: NOW });
		const card = qualify('built-in-pack', builtIn().cards[0]!.id);
		await answerCard(card, GOOD, NOW, 3000, undefined, { scheduler });
		const backup = await exportAll(NOW);

		// A fresh browser: the backup is taken before the app has installed its own pack.
		const target = freshDatabase('backup-before-pack');
		expect((await importAll(JSON.stringify(backup), NOW + 1)).ok).toBe(true);
		expect(await target.cards.get(card)).toMatchObject({ pack: 'built-in-pack' });
		await installPack(builtIn(), { origin: 'built-in', now: NOW + 2 });
		expect(await target.cards.get(card)).toMatchObject({ activePack: 'built-in-pack' });
		expect((await target.packCards.get(card))?.newRank).toBeUndefined();
	});

	it('reset keeps only the built-in pack, every card of it new again', async () => {
		await installPack(builtIn(), { origin: 'built-in', now: NOW });
		await installPack(own(), { origin: 'made', now: NOW });
		const card = qualify('built-in-pack', builtIn().cards[0]!.id);
		await answerCard(card, GOOD, NOW, 3000, undefined, { scheduler });
		await resetAll();
		expect((await listPacks()).map((p) => p.id)).toEqual(['built-in-pack']);
		expect(await database.packCards.where('pack').equals('own-pack').count()).toBe(0);
		expect((await database.packCards.get(card))?.newRank).toBe(0);
		expect(await database.cards.count()).toBe(0);
	});
});
