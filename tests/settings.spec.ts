import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { BACKUP_VERSION } from '../src/lib/domain/backup';
import { DAY } from '../src/lib/domain/time';
import { expectAxeCleanInBothThemes, expectNoAxeViolations } from './axe';
import { backupText, card, importThroughSettings } from './backup-fixture';
import { readStore } from './idb';
import { expectNoSidewaysScroll } from './layout';
import { holdAppCode } from './hold-app-code';

const BAGHDAD = card('baghdad:place-country');

/** One missed card and one setting: enough to see whether data survived. */
function smallBackup() {
	const now = Date.now();
	return backupText({
		settings: [{ key: 'newPerDay', value: 33 }],
		misses: [{ id: 1, cardId: BAGHDAD.id, at: now - DAY, from: 'quiz', given: 'Syria' }]
	});
}

async function openSettings(page: Page) {
	await page.goto('/settings');
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
}

/** The data is still there: the setting and the missed card. */
async function expectSmallBackupData(page: Page) {
	await openSettings(page);
	await expect(page.getByLabel('New cards per day')).toHaveValue('33');
	await page.goto('/missed');
	await expect(page.getByRole('heading', { level: 3, name: BAGHDAD.prompt })).toBeVisible();
}

const pick = (page: Page, name: string, text: string) =>
	page.getByLabel('Import a backup').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});

test('settings save on change, refuse bad values with a message, and persist after reload', async ({
	page
}) => {
	await openSettings(page);
	// A first visit: nothing is stored, so the defaults show without the database opened, or created by looking.
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
	await expect(page.getByRole('region', { name: 'Automatic copies' })).toHaveAttribute('aria-busy', 'false');
	// Existing settings stay: theme radios and the version.
	await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();
	await expect(page.getByTestId('app-version')).not.toBeEmpty();
	// Storage reads in a unit that suits it (not "0.0 MB of 10240.0 MB").
	await expect(page.getByText(/^Using [\d,.]+ (KB|MB) of [\d,.]+ GB available\.$/)).toBeVisible();

	const newPerDay = page.getByLabel('New cards per day');
	await expect(newPerDay).toHaveValue('20');
	await newPerDay.fill('35');
	await newPerDay.press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved: New cards per day.');

	const cap = page.getByLabel('Daily review limit');
	await cap.fill('9000');
	await cap.press('Tab');
	await expect(page.getByRole('alert').filter({ hasText: 'Daily review limit' })).toHaveText(
		'Daily review limit must be between 0 and 5000.'
	);
	await expect(cap).toHaveAttribute('aria-invalid', 'true');
	await cap.fill('150');
	await cap.press('Tab');
	await expect(cap).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('alert').filter({ hasText: 'Daily review limit' })).toHaveCount(0);

	const retention = page.getByRole('slider', { name: /Desired retention/ });
	await expect(retention).toHaveAttribute('aria-valuetext', '90%');
	await retention.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(retention).toHaveAttribute('aria-valuetext', '92%');
	await expect(page.getByText('You aim to remember about 92 of every 100 cards')).toBeVisible();

	await page.getByRole('checkbox', { name: 'Type answers' }).check();
	const period = page.getByLabel('Missed cards period');
	await period.fill('30');
	await period.press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
		'Saved: Missed cards period.'
	);
	await page.getByRole('radio', { name: 'Dark' }).check();

	await page.reload();
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
	await expect(newPerDay).toHaveValue('35');
	await expect(cap).toHaveValue('150');
	await expect(retention).toHaveAttribute('aria-valuetext', '92%');
	await expect(page.getByRole('checkbox', { name: 'Type answers' })).toBeChecked();
	await expect(period).toHaveValue('30');
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await page.goto('/missed');
	await expect(page.getByRole('heading', { name: 'Nothing missed in the last 30 days' })).toBeVisible();
});

test('settings changed before the app’s code has run (a slow phone) are saved once it runs, not put back', async ({
	page
}) => {
	// The app's code is held back: the prerendered page is on screen and can be used, with no handler yet.
	const letCodeThrough = await holdAppCode(page);
	await page.goto('/settings', { waitUntil: 'domcontentloaded' });
	await page.getByRole('checkbox', { name: 'Type answers' }).check();
	await page.getByRole('radio', { name: 'Dark' }).check();
	const newPerDay = page.getByLabel('New cards per day');
	await newPerDay.fill('33');
	await newPerDay.press('Tab');
	letCodeThrough();

	// Each is saved (three saves at once: the status says whichever ended last, and the database exists once
	// one has), and none is put back.
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await expect
		.poll(async () =>
			Object.fromEntries(
				(await readStore<{ key: string; value: unknown }>(page, 'settings')).map((row) => [
					row.key,
					row.value
				])
			)
		)
		.toMatchObject({ newPerDay: 33, typedAnswers: true, theme: 'dark' });
	await expect(newPerDay).toHaveValue('33');
	await expect(page.getByRole('checkbox', { name: 'Type answers' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.unrouteAll();
	await page.reload();
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
	await expect(newPerDay).toHaveValue('33');
	await expect(page.getByRole('checkbox', { name: 'Type answers' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('export downloads a dated, versioned backup that restores everything in a fresh browser', async ({
	page,
	browser
}) => {
	await importThroughSettings(page, smallBackup());
	await page.getByRole('radio', { name: 'Dark' }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export a backup' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^sourcedeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByRole('status').filter({ hasText: 'downloads' })).toContainText(
		download.suggestedFilename()
	);
	const text = await readFile((await download.path())!, 'utf8');
	const json = JSON.parse(text);
	expect(json).toMatchObject({ format: 'sourcedeck-backup', version: BACKUP_VERSION });
	expect(json.data.misses).toHaveLength(1);
	expect(json.data.settings).toEqual(
		expect.arrayContaining([
			{ key: 'newPerDay', value: 33 },
			{ key: 'theme', value: 'dark' }
		])
	);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/missed');
	await expect(other.getByRole('heading', { name: 'Nothing missed in the last 14 days' })).toBeVisible();
	await importThroughSettings(other, text, download.suggestedFilename());
	await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
		'Imported 1 missed answer and 2 settings.'
	);
	// The theme came with the backup.
	await expect(other.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expectSmallBackupData(other);
	await fresh.close();
});

test('the import dialog confirms before replacing; Cancel keeps everything', async ({ page }) => {
	await importThroughSettings(page, smallBackup());
	await pick(page, 'empty.json', backupText({}));
	const dialog = page.getByRole('dialog', { name: 'Replace your data?' });
	await expect(dialog).toContainText('“empty.json”');
	await expect(dialog).toContainText('holds no data');
	await expectNoAxeViolations(page, 'the replace dialog');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expectSmallBackupData(page);
});

for (const [problem, tamper, message, detail] of [
	[
		'a rating of 9',
		(t: string) =>
			t.replace(
				'"reviews":[]',
				'"reviews":[{"cardId":"x","at":1,"day":"2025-01-01","rating":9,"durationMs":1,"before":null,"after":{"due":1,"stability":1,"difficulty":1,"elapsed_days":0,"scheduled_days":0,"learning_steps":0,"reps":1,"lapses":0,"state":1}}]'
			),
		'This backup is damaged: part of it is not as Sourcedeck writes it',
		'reviews[0].rating: expected 1–4, got 9'
	],
	[
		'broken JSON',
		(t: string) => t.slice(0, -10),
		'This file is damaged or is not a Sourcedeck backup.',
		'not valid JSON:'
	],
	[
		'another format',
		(t: string) => t.replace('"sourcedeck-backup"', '"anki-deck"'),
		'This file is not a Sourcedeck backup.',
		'format is "anki-deck"'
	],
	[
		'a setting whose key is an object',
		(t: string) => t.replace(/"key":"[^"]+"/, '"key":{}'),
		'This backup is damaged',
		'settings[0].key: expected text of 1–100 characters, got an object'
	]
] as const) {
	test(`a file with ${problem} is refused in plain words, the detail behind "Details", and nothing changes`, async ({
		page
	}) => {
		await importThroughSettings(page, smallBackup());
		await pick(page, 'tampered.json', tamper(smallBackup().replace('"value":33', '"value":99')));
		const alert = page.getByRole('alert').filter({ hasText: 'tampered.json' });
		await expect(alert).toContainText('“tampered.json” was not imported, and nothing was changed.');
		await expect(alert).toContainText(message);
		// The developer's words wait behind a disclosure.
		await expect(alert.getByText(detail)).toBeHidden();
		await alert.getByText('Details', { exact: true }).click();
		await expect(alert.getByText(detail)).toBeVisible();
		await expect(page.getByRole('dialog')).toBeHidden();
		await expectSmallBackupData(page);
	});
}

test('reset deletes everything after typing RESET', async ({ page }) => {
	await importThroughSettings(page, smallBackup());
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('button', { name: 'Delete everything…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
	const confirm = dialog.getByRole('button', { name: 'Delete everything' });
	await expect(confirm).toBeDisabled();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByLabel('New cards per day')).toHaveValue('33');

	await page.getByRole('button', { name: 'Delete everything…' }).click();
	await dialog.getByLabel('Type RESET to confirm').fill('reset');
	await expect(confirm).toBeDisabled();
	await dialog.getByLabel('Type RESET to confirm').fill('RESET');
	await confirm.click();
	await expect(page.getByRole('status').filter({ hasText: 'Everything was deleted' })).toBeVisible();
	await expect(page.getByLabel('New cards per day')).toHaveValue('20');
	// The theme was a setting too: it follows the system again, at once.
	await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	await page.reload();
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
	await expect(page.getByLabel('New cards per day')).toHaveValue('20');
	await page.goto('/missed');
	await expect(page.getByRole('heading', { name: 'Nothing missed in the last 14 days' })).toBeVisible();
});

test('settings page with data and open dialogs is accessible in light and dark', async ({ page }) => {
	await importThroughSettings(page, smallBackup());
	await expectAxeCleanInBothThemes(page, 'settings with data');
	await page.getByRole('button', { name: 'Delete everything…' }).click();
	await expectAxeCleanInBothThemes(page, 'the delete dialog');
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	// A phone at 320px (or 200% zoom) never scrolls sideways, even with data.
	await page.setViewportSize({ width: 320, height: 640 });
	await expectNoSidewaysScroll(page, 'Settings at 320 px');
});
