import { beforeEach, describe, expect, it } from 'vitest';
import { installPack } from '$lib/db/library';
import { updateSettings } from '$lib/db/settings';
import { db } from '$lib/db/database';
import { saveSessionPrefs } from '$lib/db/study';
import { freshDatabase } from '$lib/db/test-db';
import { ALL_CARDS } from '$lib/domain/queue';
import { qualify } from '$lib/domain/library';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { appScheduler } from '$lib/domain/scheduler';
import { GOOD } from '$lib/domain/scheduler-values';
import { DEFAULT_SETTINGS } from '$lib/domain/settings';
import { libraryCache } from '../library-cache.svelte';
import { fakeStorage } from '../test-storage';
import { givenAnswersIn } from './given-answers';
import { loadAppScheduler, readFirstWindow, readSessionStart, readStudyWindow } from './session-reads';

const NOW = Date.UTC(2026, 11, 1, 9);
const PACK = makeFixturePack();

beforeEach(async () => {
	freshDatabase('session-reads');
	libraryCache.forget();
	await installPack(PACK, { origin: 'file', now: NOW });
});

describe('readStudyWindow', () => {
	it('reads the window with the names its cards show and the library’s packs', async () => {
		const window = await readStudyWindow(ALL_CARDS, DEFAULT_SETTINGS, NOW);
		expect(window.cards.length).toBeGreaterThan(0);
		for (const card of window.cards) expect(libraryCache.entity(card.entity)?.id).toBe(card.entity);
		expect(libraryCache.pack(PACK.id)?.title).toBe(PACK.title);
		expect(window.counted).toBe(true);
	});
});

describe('loadAppScheduler', () => {
	it('builds a scheduler from the settings', async () => {
		const schedulerFor = await loadAppScheduler();
		const outcomes = schedulerFor(DEFAULT_SETTINGS).preview(null, NOW);
		expect(Object.keys(outcomes)).toHaveLength(4);
	});
});

describe('readSessionStart', () => {
	it('reads the settings, the saved filter and mode, and the first window for them, after the library is ready', async () => {
		const steps: string[] = [];
		await updateSettings({ newPerDay: 3, typedAnswers: true });
		const source = qualify(PACK.id, PACK.sources[0]!.id);
		await saveSessionPrefs({ filter: { by: 'source', source }, typedAnswers: null });
		const start = await readSessionStart(
			async () => void steps.push('library ready'),
			appScheduler,
			() => (steps.push('clock read'), NOW),
			givenAnswersIn(() => fakeStorage())
		);
		expect(steps).toEqual(['library ready', 'clock read']);
		expect(start.settings.newPerDay).toBe(3);
		expect(start.filter).toEqual({ by: 'source', source });
		// No mode saved: the setting's.
		expect(start.typedMode).toBe(true);
		expect(start.schedulerFor).toBe(appScheduler);
		expect(start.now).toBe(NOW);
		// The window is the first one read for the saved filter and the stored settings.
		expect(start.window.cards.length).toBeGreaterThan(0);
		for (const card of start.window.cards) expect(card.sources).toContain(source);
		const first = await readFirstWindow(start.filter, start.settings, NOW);
		expect(start.window.cards.map((card) => card.id)).toEqual(first.cards.map((card) => card.id));
	});

	it('keeps the mode saved for the session over the setting, and loads the app’s scheduler when none is given', async () => {
		await saveSessionPrefs({ filter: ALL_CARDS, typedAnswers: false });
		await updateSettings({ typedAnswers: true });
		const start = await readSessionStart(
			async () => {},
			null,
			() => NOW,
			givenAnswersIn(() => fakeStorage())
		);
		expect(start.typedMode).toBe(false);
		expect(start.schedulerFor).toBe(await loadAppScheduler());
	});

	it('stores the answers a reload cut short before it reads the window, which then counts them', async () => {
		const storage = fakeStorage();
		const given = givenAnswersIn(() => storage);
		const fresh = await readSessionStart(
			async () => {},
			appScheduler,
			() => NOW,
			given
		);
		const first = fresh.window.cards[0]!;
		given.keep({ cardId: first.id, rating: GOOD, at: NOW, durationMs: 2000 });

		const start = await readSessionStart(
			async () => {},
			appScheduler,
			() => NOW + 1000,
			givenAnswersIn(() => storage)
		);
		expect(await db().reviews.toArray()).toEqual([
			expect.objectContaining({ cardId: first.id, at: NOW, rating: GOOD, durationMs: 2000 })
		]);
		expect(start.window.states.get(first.id)).toEqual(expect.objectContaining({ reps: 1 }));
		expect(given.read()).toEqual([]);
	});
});
