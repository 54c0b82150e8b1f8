import { beforeEach, describe, expect, it } from 'vitest';
import type { SourcedeckDB } from './database';
import {
	DEFAULT_SETTINGS,
	SettingError,
	getSettings,
	readAppValue,
	resetSettings,
	updateSettings,
	writeAppValue
} from './settings';
import { freshDatabase } from './test-db';

let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('settings');
});

describe('settings repository', () => {
	it('gives the defaults when nothing is stored', async () => {
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
	});

	it('stores changes, one row per key, and reads them back typed', async () => {
		const settings = await updateSettings({ newPerDay: 10, desiredRetention: 0.85, theme: 'dark' });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 10, desiredRetention: 0.85, theme: 'dark' });
		expect(await getSettings()).toEqual(settings);
		expect(await database.settings.get('newPerDay')).toEqual({ key: 'newPerDay', value: 10 });
	});

	it('refuses an invalid value and saves nothing of that update', async () => {
		await expect(updateSettings({ newPerDay: 5, desiredRetention: 0.99 })).rejects.toThrow(
			new SettingError('desiredRetention', 'must be between 0.8 and 0.97')
		);
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		await expect(updateSettings({ colour: 'red' } as never)).rejects.toThrow('colour is not a setting');
	});

	it('falls back to the default for a stored value that is no longer valid', async () => {
		await database.settings.put({ key: 'reviewCap', value: -3 });
		expect((await getSettings()).reviewCap).toBe(DEFAULT_SETTINGS.reviewCap);
	});

	it('resets to the defaults, keeping app values', async () => {
		await updateSettings({ typedAnswers: true, missedWindowDays: 30 });
		await writeAppValue('studySession', { filter: { by: 'all' } });
		expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		expect(await readAppValue('studySession')).toEqual({ filter: { by: 'all' } });
	});

	it('keeps app values apart from user settings', async () => {
		await expect(writeAppValue('newPerDay', 3)).rejects.toThrow(SettingError);
		expect(await readAppValue('nothing')).toBeUndefined();
	});
});
