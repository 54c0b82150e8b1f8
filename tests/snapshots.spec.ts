import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { backupText, importThroughSettings, pack } from './backup-fixture';
import { gradeGood, readStore } from './idb';

interface Review {
	cardId: string;
	rating: number;
}

async function settingsReady(page: Page): Promise<void> {
	await page.goto('/settings');
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
	await expect(page.locator('section[aria-labelledby="snapshots"]')).toHaveAttribute('aria-busy', 'false');
}

const copies = (page: Page) => page.getByRole('region', { name: 'Automatic copies' }).getByRole('listitem');

async function restoreCopy(page: Page, label: string): Promise<void> {
	const copy = copies(page).filter({ hasText: label });
	await copy.getByRole('button', { name: /^Restore the copy of / }).click();
	const dialog = page.getByRole('dialog', { name: 'Restore this copy?' });
	await expect(dialog).toContainText('A copy of what is here now is kept first');
	await dialog.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored the copy of / })).toBeVisible();
}

test('a reset can be taken back: Settings keeps a copy, and Restore brings the data back', async ({
	page
}) => {
	await page.goto('/study');
	const studied = [await gradeGood(page), await gradeGood(page)];
	const reviews = await readStore<Review>(page, 'reviews');
	expect(reviews).toHaveLength(2);

	await settingsReady(page);
	await expect(page.getByRole('region', { name: 'Automatic copies' })).toContainText('No copies yet.');
	await page.getByLabel('New cards per day').fill('31');
	await page.getByLabel('New cards per day').blur();
	await expect(page.getByRole('status').filter({ hasText: 'Saved: New cards per day.' })).toBeVisible();

	await page.getByRole('button', { name: 'Delete everything…' }).click();
	const reset = page.getByRole('dialog', { name: 'Delete everything?' });
	await reset.getByLabel('Type RESET to confirm').fill('RESET');
	await reset.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Everything was deleted' })).toBeVisible();
	expect(await readStore(page, 'reviews')).toEqual([]);
	await expect(page.getByLabel('New cards per day')).toHaveValue('20');
	await expect(copies(page)).toHaveCount(1);
	await expect(copies(page).first()).toContainText('Before deleting everything');
	await expect(copies(page).first()).toContainText('2 reviews, 2 card states and 1 setting');

	// Cancel changes nothing. The list and the dialog are accessible.
	await expectNoAxeViolations(page, 'the copies in Settings');
	await copies(page)
		.first()
		.getByRole('button', { name: /^Restore the copy of / })
		.click();
	await expectNoAxeViolations(page, 'the restore dialog');
	await page
		.getByRole('dialog', { name: 'Restore this copy?' })
		.getByRole('button', { name: 'Cancel' })
		.click();
	await expect(page.getByRole('dialog')).toBeHidden();
	expect(await readStore(page, 'reviews')).toEqual([]);

	await restoreCopy(page, 'Before deleting everything');
	expect(await readStore<Review>(page, 'reviews')).toEqual(reviews);
	await expect(page.getByLabel('New cards per day')).toHaveValue('31');
	// Nothing was there to lose before the restore, so no new copy.
	await expect(copies(page)).toHaveCount(1);

	// The learner's progress is back where they use it.
	await page.goto('/progress');
	await expect(page.getByText(/\b2 reviews\b/).first()).toBeVisible();
	await page.goto('/study');
	await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
	await expect(page.locator('#card-prompt')).not.toHaveText(studied[0]!);
	await expect(page.locator('#card-prompt')).not.toHaveText(studied[1]!);
});

test('an import that replaced the data can be taken back, and the restore itself is kept as a copy', async ({
	page
}) => {
	await page.goto('/study');
	await gradeGood(page);
	const mine = await readStore<Review>(page, 'reviews');
	const card = pack.cards[5]!;
	const at = Date.now() - 86_400_000;
	const state = {
		due: at + 3 * 86_400_000,
		stability: 3,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 3,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 2,
		last_review: at
	};
	const theirs = backupText({
		cards: [{ id: card.id, introducedAt: at, ...state }],
		reviews: [
			{
				id: 1,
				cardId: card.id,
				at,
				day: new Date(at).toISOString().slice(0, 10),
				rating: 1,
				durationMs: 1,
				before: null,
				after: state
			},
			{
				id: 2,
				cardId: card.id,
				at: at + 1,
				day: new Date(at).toISOString().slice(0, 10),
				rating: 3,
				durationMs: 1,
				before: null,
				after: state
			}
		]
	});
	await importThroughSettings(page, theirs, 'class-backup.json');
	expect(await readStore(page, 'reviews')).toHaveLength(2);
	await expect(page.locator('section[aria-labelledby="snapshots"]')).toHaveAttribute('aria-busy', 'false');
	await expect(copies(page)).toHaveCount(1);
	await expect(copies(page).first()).toContainText('Before importing a backup (“class-backup.json”)');

	await restoreCopy(page, 'Before importing a backup');
	expect(await readStore<Review>(page, 'reviews')).toEqual(mine);
	await expect(copies(page)).toHaveCount(2);
	await expect(copies(page).first()).toContainText('Before restoring a copy');
	await expect(copies(page).first()).toContainText('2 reviews and 1 card state');

	// And back again: the copy of the imported data restores it.
	await restoreCopy(page, 'Before restoring a copy');
	expect(await readStore(page, 'reviews')).toHaveLength(2);
	await expect(copies(page)).toHaveCount(3);
});
