/** The learner's settings: their types, defaults and allowed ranges. Pure; the db layer stores them. */

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
	/** New cards introduced per day. */
	newPerDay: number;
	/** Most review cards shown per day. */
	reviewCap: number;
	/** Share of cards to recall when they come due: higher means more reviews. */
	desiredRetention: number;
	/** Longest interval between reviews, in days. */
	maximumInterval: number;
	/** Type the answer instead of revealing it. */
	typedAnswers: boolean;
	/** How far back the missed-cards list looks. */
	missedWindowDays: number;
	theme: ThemeChoice;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	newPerDay: 20,
	reviewCap: 200,
	desiredRetention: 0.9,
	maximumInterval: 365 * 5,
	typedAnswers: false,
	missedWindowDays: 14,
	theme: 'system'
});

export type NumericSetting =
	'newPerDay' | 'reviewCap' | 'desiredRetention' | 'maximumInterval' | 'missedWindowDays';

/** Ranges for the settings form (min, max, step) and for validation. */
export const SETTING_RANGES: Readonly<Record<NumericSetting, { min: number; max: number; step: number }>> = {
	newPerDay: { min: 0, max: 200, step: 1 },
	reviewCap: { min: 0, max: 5000, step: 1 },
	desiredRetention: { min: 0.8, max: 0.97, step: 0.01 },
	maximumInterval: { min: 7, max: 36500, step: 1 },
	missedWindowDays: { min: 1, max: 365, step: 1 }
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Why `value` is not allowed for `key`, or null when it is. */
export function settingError<K extends keyof Settings>(key: K, value: unknown): string | null {
	if (key === 'typedAnswers') return typeof value === 'boolean' ? null : 'must be on or off';
	if (key === 'theme') {
		return THEMES.includes(value as ThemeChoice) ? null : 'must be system, light or dark';
	}
	const range = SETTING_RANGES[key as NumericSetting];
	if (!range) return 'is not a setting';
	if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
	if (value < range.min || value > range.max) return `must be between ${range.min} and ${range.max}`;
	if (range.step === 1 && !Number.isInteger(value)) return 'must be a whole number';
	return null;
}

/** Settings from stored key/value rows: unknown keys are ignored, invalid values fall back to the default. */
export function settingsFromRows(rows: Iterable<{ key: string; value: unknown }>): Settings {
	const settings: Settings = { ...DEFAULT_SETTINGS };
	for (const { key, value } of rows) {
		if (!(SETTING_KEYS as string[]).includes(key)) continue;
		if (settingError(key as keyof Settings, value) === null) {
			(settings as unknown as Record<string, unknown>)[key] = value;
		}
	}
	return settings;
}
