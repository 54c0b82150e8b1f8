/**
 * The settings page's study settings: read once, each saved as soon as it changes, checked first. The learner's
 * data as a whole (export, import, reset) is learner-data.svelte.ts.
 */
import { settingError, DEFAULT_SETTINGS, type Settings } from '$lib/domain/settings';
import { percent } from './format';
import { errorMessage } from './problem';
import { forgetResumeHint } from './resume-hint';

/** What the page calls each setting, for messages. */
export const SETTING_LABELS: Readonly<Record<keyof Settings, string>> = {
	newPerDay: 'New cards per day',
	reviewCap: 'Daily review limit',
	desiredRetention: 'Desired retention',
	maximumInterval: 'Longest interval',
	typedAnswers: 'Typed answers',
	missedWindowDays: 'Missed cards period',
	theme: 'Theme'
};

/** The database side loads only when first used. */
const storage = () => import('./settings-storage');

export class SettingsState {
	/** True until the settings have been read. */
	loading = $state(true);
	/** The saved settings. */
	values = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
	/** Why a value the learner entered was not saved, per setting. */
	errors = $state<Partial<Record<keyof Settings, string>>>({});
	/** The latest thing that happened, for the status line ("Saved: New cards per day."). */
	status = $state('');
	// Desired retention as a percentage ("90%").
	readonly retentionPercent = $derived(percent(this.values.desiredRetention));
	// What that retention means in cards.
	readonly retentionMeaning = $derived(
		`You aim to remember about ${Math.round(this.values.desiredRetention * 100)} of every 100 cards when they come due. Higher means more reviews; lower means forgetting more.`
	);
	/**
	 * The data was replaced (imported or reset): these settings are stored now, and what was said about the ones
	 * before no longer holds.
	 */
	replaced(values: Settings): void {
		this.values = values;
		this.errors = {};
		this.status = '';
	}

	/** On a device with nothing stored: the settings are the defaults, with nothing to read. */
	nothingStored(): void {
		this.loading = false;
	}

	async load(): Promise<void> {
		this.loading = true;
		try {
			this.values = await (await storage()).getSettings();
		} catch (error) {
			this.status = `Could not read your settings: ${(error as Error).message}`;
		} finally {
			this.loading = false;
		}
	}

	/** Checks and saves one setting; an invalid value is not saved and its message says why. */
	async save<K extends keyof Settings>(key: K, value: Settings[K]): Promise<boolean> {
		const reason = settingError(key, value);
		if (reason) {
			this.errors = { ...this.errors, [key]: `${SETTING_LABELS[key]} ${reason}.` };
			this.status = '';
			return false;
		}
		const { [key]: _cleared, ...others } = this.errors;
		this.errors = others;
		try {
			const { updateSettings, loadSessionPrefs, saveSessionPrefs } = await storage();
			this.values = await updateSettings({ [key]: value });
			// Limits and the typed-answer mode change which card a reopened study page starts with.
			forgetResumeHint();
			// The study page keeps its own typed-answer switch: the setting here moves it too.
			if (key === 'typedAnswers') {
				const prefs = await loadSessionPrefs();
				await saveSessionPrefs({ ...prefs, typedAnswers: value as boolean });
			}
			this.status = `Saved: ${SETTING_LABELS[key]}.`;
			return true;
		} catch (error) {
			this.errors = { ...this.errors, [key]: `Not saved: ${errorMessage(error)}` };
			return false;
		}
	}
}
