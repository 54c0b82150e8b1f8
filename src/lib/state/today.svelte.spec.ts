import { beforeEach, describe, expect, it } from 'vitest';
import { recordQuizMiss } from '$lib/db/missed';
import { updateSettings } from '$lib/db/settings';
import { answerCard, saveSessionPrefs } from '$lib/db/study';
import { freshDatabase } from '$lib/db/test-db';
import { installPack } from '$lib/db/library';
import { qualify } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import { testCard } from '$lib/domain/test-card';
import { AGAIN, EASY, GOOD, createScheduler } from '$lib/domain/scheduler';
import { DAY, MINUTE } from '$lib/domain/time';
import { readToday } from './today-read';
import { nextStep } from './today-steps';
import { TodayState } from './today.svelte';

const START = new Date(2025, 2, 11, 9, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

const PACK: Pack = {
	id: 'test-pack',
	title: 'Test pack',
	description: '',
	version: 'v1',
	topics: [],
	sources: [],
	entities: [],
	cards: ['mosul', 'raqqa', 'falluja', 'tikrit'].map((id) => testCard(id, { sources: [] }))
};

let time: number;
const open = async () => {
	const today = new TodayState({ clock: () => time, read: readToday });
	await today.load();
	return today;
};
const answer = (id: string, rating: 1 | 2 | 3 | 4) =>
	answerCard(qualify(PACK.id, id), rating, time, 5000, undefined, { scheduler });

beforeEach(async () => {
	time = START;
	freshDatabase('today');
	await installPack(PACK, { origin: 'file', now: START - DAY });
});

describe('TodayState', () => {
	it('welcomes a first launch with every new card to study', async () => {
		const today = await open();
		expect(today.loading).toBe(false);
		expect(today.firstLaunch).toBe(true);
		expect(today.summary).toMatchObject({ dueNow: 0, newToday: 4, missed: 0, totalReviews: 0 });
		expect(today.summary?.streak).toEqual({ current: 0, longest: 0, studiedToday: false });
		expect(nextStep(today.summary!)).toBe('study');
	});

	it('moves a studied card from new to due and starts the streak', async () => {
		await answer('mosul', GOOD);
		const today = await open();
		expect(today.firstLaunch).toBe(false);
		// Learning again in 10 minutes: inside the learn-ahead window, so it is due now as /study shows it.
		expect(today.summary).toMatchObject({ dueNow: 1, newToday: 3, totalReviews: 1, started: true });
		expect(today.summary?.streak.current).toBe(1);
	});

	it('counts missed cards and offers them once nothing is left to study', async () => {
		await updateSettings({ newPerDay: 1 });
		await answer('mosul', AGAIN);
		time += MINUTE;
		await answer('mosul', EASY);
		await recordQuizMiss({ cardId: qualify(PACK.id, 'raqqa'), at: time, given: 'Syria' });
		const today = await open();
		expect(today.summary).toMatchObject({ dueNow: 0, newToday: 0, missed: 2 });
		expect(nextStep(today.summary!)).toBe('missed');
		expect(today.summary!.nextDueAt! - time).toBeGreaterThanOrEqual(DAY);
	});

	it('is done when nothing is due, new or missed, and says when the next card comes', async () => {
		await updateSettings({ newPerDay: 1 });
		await answer('mosul', EASY);
		const today = await open();
		expect(nextStep(today.summary!)).toBe('done');
		expect(today.summary?.nextDueAt).toBeGreaterThan(time);
	});

	it('reports the filter /study will use', async () => {
		await saveSessionPrefs({ filter: { by: 'kind', kind: 'claim' }, typedAnswers: null });
		expect((await open()).summary?.filter).toEqual({ by: 'kind', kind: 'claim' });
	});

	it('says what could not be read, and reads again when asked', async () => {
		let fail = true;
		const today = new TodayState({
			clock: () => time,
			read: (now) => (fail ? Promise.reject(new Error('The disk is unreadable.')) : readToday(now))
		});
		await today.load();
		expect(today.error).toBe('Could not read your study data: The disk is unreadable.');
		expect(today.summary).toBeNull();
		fail = false;
		await today.load();
		expect(today.error).toBeNull();
		expect(today.summary?.newToday).toBe(4);
	});
});
