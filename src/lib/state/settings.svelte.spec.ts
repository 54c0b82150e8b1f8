import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSettings } from '$lib/db/settings';
import { loadSessionPrefs, saveSessionPrefs } from '$lib/db/study';
import { freshDatabase } from '$lib/db/test-db';
import { DEFAULT_SETTINGS } from '$lib/domain/settings';
import { DAY } from '$lib/domain/time';
import { deviceResume } from './resume-hint';
import { SettingsState } from './settings.svelte';
import { sampleResumeHint, stubSavedHint } from './test-resume-hint';

const NOW = new Date(2025, 4, 20, 18, 0).getTime();

beforeEach(() => {
	freshDatabase('settings-state');
});

const open = async () => {
	const state = new SettingsState();
	await state.load();
	return state;
};

describe('SettingsState settings', () => {
	it('shows the defaults with nothing to read on a device with nothing stored, and saves the first change', async () => {
		const state = new SettingsState();
		expect(state.loading).toBe(true);
		state.nothingStored();
		expect(state.loading).toBe(false);
		expect(state.values.newPerDay).toBe(20);
		expect(await state.save('newPerDay', 12)).toBe(true);
		expect((await getSettings()).newPerDay).toBe(12);
	});

	it('saves a valid value at once and says so', async () => {
		const state = await open();
		expect(state.values.newPerDay).toBe(20);
		expect(await state.save('newPerDay', 35)).toBe(true);
		expect(state.values.newPerDay).toBe(35);
		expect(state.status).toBe('Saved: New cards per day.');
		expect((await getSettings()).newPerDay).toBe(35);
		expect((await open()).values.newPerDay).toBe(35);
	});

	it('refuses an invalid value with a readable message, saves nothing, and clears it once fixed', async () => {
		const state = await open();
		expect(await state.save('desiredRetention', 0.99)).toBe(false);
		expect(state.errors.desiredRetention).toBe('Desired retention must be between 0.8 and 0.97.');
		expect(await state.save('reviewCap', Number.NaN)).toBe(false);
		expect(state.errors.reviewCap).toBe('Daily review limit must be a number.');
		expect(await state.save('newPerDay', 2.5)).toBe(false);
		expect(state.errors.newPerDay).toBe('New cards per day must be a whole number.');
		expect(await getSettings()).toMatchObject({ desiredRetention: 0.9, reviewCap: 200, newPerDay: 20 });
		await state.save('desiredRetention', 0.85);
		expect(state.errors.desiredRetention).toBeUndefined();
		expect(state.errors.reviewCap).toBeDefined();
		expect(state.retentionPercent).toBe('85%');
		expect(state.retentionMeaning).toMatch(/about 85 of every 100 cards/);
	});

	it('typed answers move the study page’s own switch too', async () => {
		await saveSessionPrefs({ filter: { by: 'kind', kind: 'actor' }, typedAnswers: false });
		const state = await open();
		await state.save('typedAnswers', true);
		expect((await getSettings()).typedAnswers).toBe(true);
		expect(await loadSessionPrefs()).toEqual({ filter: { by: 'kind', kind: 'actor' }, typedAnswers: true });
	});

	it('shows the settings of data that replaced the device’s, with nothing said about the ones before', async () => {
		const state = await open();
		await state.save('reviewCap', -1);
		await state.save('newPerDay', 35);
		expect([state.errors.reviewCap, state.status]).toEqual([
			'Daily review limit must be between 0 and 5000.',
			'Saved: New cards per day.'
		]);
		state.replaced({ ...DEFAULT_SETTINGS, newPerDay: 7, theme: 'dark' });
		expect(state.values).toMatchObject({ newPerDay: 7, theme: 'dark' });
		expect(state.errors).toEqual({});
		expect(state.status).toBe('');
	});

	it('keeps the theme choice', async () => {
		const state = await open();
		await state.save('theme', 'dark');
		expect((await getSettings()).theme).toBe('dark');
	});
});

describe('SettingsState and the study page’s saved next card', () => {
	const hint = sampleResumeHint({ from: NOW, until: NOW + DAY });
	beforeEach(() => stubSavedHint(hint));
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('forgets it when a setting changes which card comes next', async () => {
		const state = await open();
		expect(await state.save('newPerDay', 5)).toBe(true);
		expect(deviceResume.read()).toBeNull();
	});

	it('keeps it when a setting is refused', async () => {
		const state = await open();
		expect(await state.save('newPerDay', -1)).toBe(false);
		expect(deviceResume.read()).toEqual(hint);
	});
});
