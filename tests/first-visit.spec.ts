import { expect, test, type Page } from '@playwright/test';
import { gradeGood } from './idb';
import { cardPrompt, currentPrompt, dismissOfflineNotice } from './study-helpers';

// Requests must reach page.route() below, not a service worker's cache.
test.use({ serviceWorkers: 'block' });
test.beforeEach(async ({ page }) => dismissOfflineNotice(page));

/** Shows the page as its HTML alone paints it: the app's code never arrives. */
async function withoutAppCode(page: Page, path: string): Promise<void> {
	await page.route('**/_app/immutable/**', (route) => route.abort());
	await page.goto(path);
	await page.unroute('**/_app/immutable/**');
}

test('a first visit sees the first card and the welcome in the page itself, before any code runs', async ({
	page
}) => {
	await withoutAppCode(page, '/study');
	const prerendered = await currentPrompt(page);
	// Visible at once, and disabled (not dead) until the code that answers it has run.
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeDisabled();
	await expect(page.getByText('Loading your cards…')).toBeHidden();

	// Once the code runs and the (empty) database is read, the same card stays and works.
	await page.goto('/study');
	await expect(cardPrompt(page)).toHaveText(prerendered);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();

	await withoutAppCode(page, '/');
	await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Sourcedeck' })).toBeVisible();
});

test('a returning learner never sees the first-visit guess: a status shows until their own card is read', async ({
	page
}) => {
	await page.goto('/study');
	const first = await gradeGood(page);
	const next = await currentPrompt(page);

	await withoutAppCode(page, '/study');
	await expect(page.getByText('Loading your cards…')).toBeVisible();
	await expect(cardPrompt(page)).toBeHidden();
	await withoutAppCode(page, '/');
	await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Sourcedeck' })).toBeHidden();

	await page.goto('/study');
	await expect(cardPrompt(page)).toHaveText(next);
	await expect(cardPrompt(page)).not.toHaveText(first);
	await expect(page.getByText('Loading your cards…')).toBeHidden();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByRole('link', { name: /study/i }).first()).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Sourcedeck' })).toBeHidden();
});
