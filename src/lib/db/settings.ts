/** The learner's settings in the `settings` table: one row per key, typed and checked on the way in and out. */
import {
	DEFAULT_SETTINGS,
	SETTING_KEYS,
	settingError,
	settingsFromRows,
	type Settings
} from '../domain/settings';
import { db } from './database';

export { DEFAULT_SETTINGS, type Settings };

/** Thrown when a setting is given a value it cannot take; the message is readable as is. */
export class SettingError extends Error {
	constructor(
		readonly key: string,
		reason: string
	) {
		super(`${key} ${reason}`);
		this.name = 'SettingError';
	}
}

/** All settings, with defaults for anything not stored (or stored with an invalid value). */
export async function getSettings(): Promise<Settings> {
	return settingsFromRows(await db().settings.where('key').anyOf(SETTING_KEYS).toArray());
}

/** Saves the given settings (all checked first: nothing is saved if one is invalid) and returns them all. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
	const rows = Object.entries(patch).map(([key, value]) => {
		if (!(SETTING_KEYS as string[]).includes(key)) throw new SettingError(key, 'is not a setting');
		const reason = settingError(key as keyof Settings, value);
		if (reason) throw new SettingError(key, reason);
		return { key, value };
	});
	await db().settings.bulkPut(rows);
	return getSettings();
}

/** Puts every setting back to its default. */
export async function resetSettings(): Promise<Settings> {
	await db().settings.bulkDelete(SETTING_KEYS);
	return { ...DEFAULT_SETTINGS };
}

/** A value the app keeps for itself (not a user setting), e.g. the study session's filter. */
export async function readAppValue(key: string): Promise<unknown> {
	return (await db().settings.get(key))?.value;
}

export async function writeAppValue(key: string, value: unknown): Promise<void> {
	if ((SETTING_KEYS as string[]).includes(key)) throw new SettingError(key, 'is a user setting');
	await db().settings.put({ key, value });
}
