import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingError, settingsFromRows } from './settings';

describe('settings', () => {
	it('has the documented defaults', () => {
		expect(DEFAULT_SETTINGS).toEqual({
			newPerDay: 20,
			reviewCap: 200,
			desiredRetention: 0.9,
			maximumInterval: 1825,
			typedAnswers: false,
			missedWindowDays: 14,
			theme: 'system'
		});
	});

	it('keeps desired retention within 0.80–0.97', () => {
		expect(settingError('desiredRetention', 0.8)).toBeNull();
		expect(settingError('desiredRetention', 0.97)).toBeNull();
		expect(settingError('desiredRetention', 0.79)).toBe('must be between 0.8 and 0.97');
		expect(settingError('desiredRetention', 0.99)).toBe('must be between 0.8 and 0.97');
	});

	it('refuses values of the wrong type or shape', () => {
		expect(settingError('newPerDay', 2.5)).toBe('must be a whole number');
		expect(settingError('newPerDay', '20')).toBe('must be a number');
		expect(settingError('reviewCap', Number.NaN)).toBe('must be a number');
		expect(settingError('typedAnswers', 'yes')).toBe('must be on or off');
		expect(settingError('theme', 'blue')).toBe('must be system, light or dark');
		expect(settingError('theme', 'dark')).toBeNull();
	});

	it('reads stored rows, ignoring unknown keys and falling back on invalid values', () => {
		const settings = settingsFromRows([
			{ key: 'newPerDay', value: 5 },
			{ key: 'desiredRetention', value: 3 },
			{ key: 'typedAnswers', value: true },
			{ key: 'studySession', value: { filter: 'x' } }
		]);
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5, typedAnswers: true });
		expect(settingsFromRows([])).toEqual(DEFAULT_SETTINGS);
	});
});
