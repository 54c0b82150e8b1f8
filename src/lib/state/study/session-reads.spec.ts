import { beforeEach, describe, expect, it } from 'vitest';
import { installPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import { ALL_CARDS } from '$lib/domain/queue';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { DEFAULT_SETTINGS } from '$lib/domain/settings';
import { libraryCache } from '../library-cache.svelte';
import { loadAppScheduler, readStudyWindow } from './session-reads';

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
