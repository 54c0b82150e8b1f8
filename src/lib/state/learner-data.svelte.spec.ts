import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJson } from '$lib/db/backup';
import { installPack, listPacks } from '$lib/db/library';
import type { SourcedeckDB } from '$lib/db/database';
import { recordQuizMiss } from '$lib/db/missed';
import { getSettings, updateSettings } from '$lib/db/settings';
import { answerCard } from '$lib/db/study';
import { listSnapshots } from '$lib/db/snapshots';
import { freshDatabase } from '$lib/db/test-db';
import { freshSnapshotDatabase } from '$lib/db/test-snapshots';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { AGAIN, GOOD, createScheduler } from '$lib/domain/scheduler';
import { DAY } from '$lib/domain/time';
import { LearnerDataState, countsText, type LearnerDataOptions } from './learner-data.svelte';
import { deviceResume } from './resume-hint';
import { SettingsState } from './settings.svelte';
import { deviceGivenAnswers } from './study/given-answers';
import { sampleResumeHint, stubSavedHint } from './test-resume-hint';

const NOW = new Date(2025, 4, 20, 18, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('learner-data');
	freshSnapshotDatabase('learner-data');
});

/** The settings page's two states, wired as the page wires them: a replaced data set shows its settings. */
const open = async (options: LearnerDataOptions = {}) => {
	const settings = new SettingsState();
	await settings.load();
	const data = new LearnerDataState({
		clock: () => NOW,
		onReplaced: (values) => settings.replaced(values),
		...options
	});
	return Object.assign(data, { settings });
};
const file = (name: string, text: string) => ({ name, text: async () => text });

async function seed() {
	await answerCard('mosul:country', GOOD, NOW - 2 * DAY, 1000, undefined, { scheduler });
	await answerCard('raqqa:country', AGAIN, NOW - DAY, 1000, 'Iraq', { scheduler });
	await recordQuizMiss({ cardId: 'tanf:country', at: NOW - DAY, given: 'Jordan' });
	await updateSettings({ newPerDay: 7 });
}

describe('LearnerDataState backup', () => {
	it('exports a dated, versioned file and imports it back after confirmation, packs included', async () => {
		await seed();
		const own = { ...makeFixturePack(), id: 'own-pack', title: 'My own pack', version: 'v1' };
		await installPack(own, { origin: 'made', now: NOW - DAY });
		const state = await open();
		const { fileName, text, size } = (await state.exportBackup())!;
		expect(size).toMatch(/^\d+ KB$/);
		expect(fileName).toBe('sourcedeck-backup-2025-05-20.json');
		expect(JSON.parse(text)).toMatchObject({ format: 'sourcedeck-backup', version: 2, exportedAt: NOW });

		freshDatabase('learner-data-restore');
		const fresh = await open();
		await fresh.chooseImport(file(fileName, text));
		expect(fresh.importError).toBeNull();
		expect(fresh.pending?.fileName).toBe(fileName);
		expect(fresh.pendingSummary).toBe('2 reviews, 2 card states, 2 missed answers, 1 setting and 1 pack');
		// Nothing is written before the learner confirms.
		expect(await getSettings()).toMatchObject({ newPerDay: 20 });
		expect(await fresh.confirmImport()).toBe(true);
		expect(fresh.pending).toBeNull();
		expect(fresh.imported).toMatchObject({ reviews: 2, cards: 2, misses: 2, packs: 1 });
		expect(fresh.importedSummary).toBe('2 reviews, 2 card states, 2 missed answers, 1 setting and 1 pack');
		expect((await listPacks()).map((pack) => [pack.id, pack.origin])).toEqual([['own-pack', 'made']]);
		expect(fresh.settings.values.newPerDay).toBe(7);
	});

	it('cancel leaves everything as it was', async () => {
		await seed();
		const state = await open();
		const { text } = (await state.exportBackup())!;
		await database.reviews.clear();
		await state.chooseImport(file('b.json', text));
		state.cancelImport();
		expect(state.pending).toBeNull();
		expect(await state.confirmImport()).toBe(false);
		expect(await database.reviews.count()).toBe(0);
	});

	it.each([
		[
			'broken JSON',
			(t: string) => t.slice(0, -5),
			'This file is damaged or is not a Sourcedeck backup.',
			/^not valid JSON: /
		],
		[
			'a rating of 9',
			(t: string) => t.replace('"rating":3', '"rating":9'),
			'This backup is damaged: part of it is not as Sourcedeck writes it, so it cannot be restored safely. Try another copy of it.',
			/^reviews\[0\]\.rating: expected 1–4, got 9$/
		],
		[
			'another format',
			(t: string) => t.replace('"sourcedeck-backup"', '"anki"'),
			'This file is not a Sourcedeck backup. Choose a file made with “Export a backup”.',
			/^format is "anki"$/
		]
	])(
		'refuses a file with %s, says why as a person would, and changes nothing',
		async (_name, tamper, message, detail) => {
			await seed();
			const state = await open();
			const { text } = (await state.exportBackup())!;
			const before = await exportJson(NOW);
			await state.chooseImport(file('bad.json', tamper(text)));
			expect(state.pending).toBeNull();
			expect(state.importError?.message).toBe(
				`“bad.json” was not imported, and nothing was changed. ${message}`
			);
			expect(state.importError?.detail).toMatch(detail);
			expect(await exportJson(NOW)).toBe(before);
		}
	);

	it('explains a full disk during import and how to free space', async () => {
		await seed();
		const state = await open({
			importBackup: async () => {
				throw Object.assign(new Error('Transaction aborted'), {
					name: 'AbortError',
					inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError')
				});
			}
		});
		const { text } = (await state.exportBackup())!;
		await state.chooseImport(file('big.json', text));
		expect(await state.confirmImport()).toBe(false);
		expect(state.importError?.message).toMatch(/ran out of storage space/);
		expect(state.importError?.message).toMatch(/Free some space/);
		expect(state.importError?.detail).toBe('AbortError: Transaction aborted');
		expect(state.imported).toBeNull();
		expect(state.working).toBe(false);
	});

	it('keeps a restorable copy of the data an import replaces, named after the file', async () => {
		await seed();
		const state = await open();
		const { text } = (await state.exportBackup())!;
		const mine = JSON.parse(await exportJson(NOW));
		await database.reviews.clear();
		await state.chooseImport(file('other.json', text));
		expect(await listSnapshots()).toEqual([]);
		expect(await state.confirmImport()).toBe(true);
		const [copy] = await listSnapshots();
		expect(copy).toMatchObject({ reason: 'import', detail: 'other.json', takenAt: NOW });
		expect(copy!.counts).toMatchObject({ reviews: 0, cards: mine.data.cards.length });
	});

	it('does not import when the copy cannot be kept, and says why', async () => {
		await seed();
		const before = await exportJson(NOW);
		let imported = false;
		const state = await open({
			snapshot: async () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
			importBackup: async () => {
				imported = true;
				return { ok: false, error: { kind: 'damaged', message: 'not reached' } };
			}
		});
		await state.chooseImport(file('b.json', before));
		expect(await state.confirmImport()).toBe(false);
		expect(imported).toBe(false);
		expect(state.importError?.message).toBe(
			'“b.json” was not imported, and nothing was changed: a copy of your current data could not be kept first (the device is out of storage space), so it could not be taken back. Free some space or export a backup, then try again.'
		);
		expect(state.working).toBe(false);
		expect(await exportJson(NOW)).toBe(before);
	});

	it('keeps a copy before deleting everything, and deletes nothing when it cannot', async () => {
		await seed();
		const before = await exportJson(NOW);
		const failing = await open({
			snapshot: async () => {
				throw new Error('disk error');
			}
		});
		expect(await failing.resetEverything()).toBe(false);
		expect(failing.resetError?.message).toMatch(
			/^Nothing was deleted: a copy of your current data could not be kept first \(disk error\)/
		);
		expect(await exportJson(NOW)).toBe(before);

		const state = await open();
		expect(await state.resetEverything()).toBe(true);
		const [copy] = await listSnapshots();
		expect(copy).toMatchObject({ reason: 'reset', counts: { reviews: 2, cards: 2, misses: 2, settings: 1 } });
	});

	it('resets everything', async () => {
		await seed();
		const state = await open();
		expect(await state.resetEverything()).toBe(true);
		expect(state.settings.values.newPerDay).toBe(20);
		expect(await database.reviews.count()).toBe(0);
		expect(await database.misses.count()).toBe(0);
		expect(await database.cards.count()).toBe(0);
		expect((await getSettings()).newPerDay).toBe(20);
	});
});

describe('LearnerDataState and the study page’s saved next card', () => {
	const hint = sampleResumeHint({ from: NOW, until: NOW + DAY });
	beforeEach(() => stubSavedHint(hint));
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('forgets it, and the answers a reload left unstored, after an import and after a reset', async () => {
		const unstored = { cardId: 'mosul:country', rating: GOOD, at: NOW, durationMs: 1000 };
		await seed();
		const state = await open();
		const { fileName, text } = (await state.exportBackup())!;
		await state.chooseImport(file(fileName, text));
		deviceGivenAnswers.keep(unstored);
		expect(await state.confirmImport()).toBe(true);
		expect(deviceResume.read()).toBeNull();
		expect(deviceGivenAnswers.read()).toEqual([]);
		deviceResume.write(hint);
		deviceGivenAnswers.keep(unstored);
		expect(await state.resetEverything()).toBe(true);
		expect(deviceResume.read()).toBeNull();
		expect(deviceGivenAnswers.read()).toEqual([]);
	});
});

describe('helpers', () => {
	it('counts read as a sentence', () => {
		const zero = {
			settings: 0,
			cards: 0,
			reviews: 0,
			misses: 0,
			quizAttempts: 0,
			assignments: 0,
			results: 0
		};
		expect(countsText(zero)).toBe('no data');
		expect(countsText({ ...zero, reviews: 1234 })).toBe('1,234 reviews');
		expect(countsText({ ...zero, reviews: 1, quizAttempts: 2 })).toBe('1 review and 2 quiz attempts');
		expect(countsText({ ...zero, packs: 2 })).toBe('2 packs');
		expect(countsText({ ...zero, reviews: 1, packs: 1 })).toBe('1 review and 1 pack');
		// Copies kept before packs were counted.
		expect(countsText({ ...zero, cards: 3, packs: undefined })).toBe('3 card states');
	});
});
