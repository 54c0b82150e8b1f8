/**
 * Backup files made for end-to-end tests, and a helper that imports one through Settings as a learner would.
 * Times are relative to the real clock, because the browser under test uses it.
 */
import { expect, type Page } from '@playwright/test';
import packJson from '../src/lib/content/generated/pack.json' with { type: 'json' };
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from '../src/lib/domain/backup';
import { qualifyPack } from '../src/lib/domain/library';
import type { Card, Pack } from '../src/lib/domain/pack';
import { DAY, HOUR, localDay } from '../src/lib/domain/time';

/** The built-in pack as the library holds it (ids qualified with the pack's id). */
export const pack = qualifyPack(packJson as unknown as Pack);
/** A card of the built-in pack by its id in the pack ('baghdad:place-country'). */
export const card = (id: string): Card => pack.cards.find((c) => c.id === `${pack.id}/${id}`)!;

type Review = BackupData['reviews'][number];
type State = Review['after'];

const EMPTY: BackupData = {
	settings: [],
	cards: [],
	reviews: [],
	misses: [],
	quizAttempts: [],
	assignments: [],
	results: [],
	library: []
};

/** The text of a backup file holding `data` (missing tables empty). */
export function backupText(data: Partial<BackupData>, exportedAt = Date.now()): string {
	return JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt,
		data: { ...EMPTY, ...data }
	});
}

const state = (due: number, stability: number, kind = 2): State => ({
	due,
	stability,
	difficulty: 5,
	elapsed_days: 3,
	scheduled_days: 3,
	learning_steps: 0,
	reps: 4,
	lapses: 0,
	state: kind,
	last_review: due - 3 * DAY
});

export interface YearOfStudy {
	data: Partial<BackupData>;
	reviews: number;
	activeDays: number;
	/** Cards due over the next 30 days, today included. */
	dueIn30Days: number;
	mastered: number;
}

/**
 * A year of study on the real pack: 15–55 answers a day on all but every sixth day (today not yet studied);
 * every card started, due over the next 60 days, a third of them mastered.
 */
export function yearOfStudy(now = Date.now()): YearOfStudy {
	const reviews: Review[] = [];
	const days = new Set<string>();
	const ratings = [1, 3, 3, 4, 3, 2, 3, 3];
	const startOfToday = new Date(now).setHours(0, 0, 0, 0);
	for (let back = 1; back <= 360; back++) {
		if (back % 6 === 0) continue;
		// Around noon, so no answer slips into the neighbouring day.
		const at = startOfToday - back * DAY + 12 * HOUR;
		const perDay = 15 + ((back * 7) % 41);
		for (let j = 0; j < perDay; j++) {
			const c = pack.cards[(back * 13 + j) % pack.cards.length]!;
			const before = j % 4 === 0 ? null : state(at, 8, j % 4 === 1 ? 1 : 2);
			const when = at - j * 60_000;
			reviews.push({
				id: reviews.length + 1,
				cardId: c.id,
				at: when,
				day: localDay(when),
				rating: ratings[(back + j) % ratings.length]!,
				durationMs: 6000,
				before,
				after: state(when + 3 * DAY, 10)
			});
			days.add(localDay(when));
		}
	}
	const cards = pack.cards.map((c, i) => ({
		...state(startOfToday + (i % 60) * DAY + 12 * HOUR, i % 3 === 0 ? 40 : 6),
		id: c.id,
		introducedAt: now - 300 * DAY
	}));
	return {
		data: { reviews, cards },
		reviews: reviews.length,
		activeDays: days.size,
		dueIn30Days: cards.filter((_, i) => i % 60 < 30).length,
		mastered: cards.filter((_, i) => i % 3 === 0).length
	};
}

/** Imports a backup through Settings: pick the file, confirm "Replace", wait for the counts. */
export async function importThroughSettings(page: Page, text: string, name = 'backup.json'): Promise<void> {
	await page.goto('/settings');
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
	await page.getByLabel('Import a backup').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	const dialog = page.getByRole('dialog', { name: 'Replace your data?' });
	await dialog.getByRole('button', { name: 'Replace' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Imported / })).toBeVisible({ timeout: 30_000 });
}
