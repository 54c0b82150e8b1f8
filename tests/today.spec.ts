import { expect, test, type Page } from '@playwright/test';
import { expectAxeCleanInBothThemes } from './axe';
import { gradeByClicking, gradeByKeyboard, servedPack } from './study-helpers';

/** The number shown under one of Today's labels ("Due now", "New today", …). */
const stat = (page: Page, label: string) =>
	page
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${label}$`) })
		.locator('xpath=following-sibling::dd[1]');

test('first launch welcomes the learner, explains the pack and starts studying', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/');
	const pack = await servedPack(page);
	await expect(page).toHaveTitle('Today · Sourcedeck');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Sourcedeck' })).toBeVisible();
	await expect(page.getByText(pack.title)).toBeVisible();
	await expect(
		page.getByText(`holds ${pack.cards.length} cards built from ${pack.sources.length} source documents`)
	).toBeVisible();
	await expect(stat(page, 'Due now')).toHaveText('0');
	await expect(stat(page, 'New today')).toHaveText('20');
	await expect(stat(page, 'Missed')).toHaveText('0');
	await expect(stat(page, 'Streak')).toHaveText('0 days');
	// Nothing is stored yet, so nothing was read: no worker, no database created by looking.
	expect(workers).toEqual([]);
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

	// One obvious way in.
	const start = page.getByRole('link', { name: 'Start studying' });
	await expect(start).toHaveCount(1);
	await start.click();
	await expect(page).toHaveURL(/\/study$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
	// Study installs the pack it teaches, and Today reads the library from then on.
	const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	await expect.poll(databases).toContain('sourcedeck');
	await page.goto('/');
	await expect(stat(page, 'New today')).toHaveText('20');
	// The numbers above are the prerendered ones until read: the read through the worker is waited for.
	await expect.poll(() => workers.some((url) => url.includes('today'))).toBe(true);
});

test('a first visit’s numbers are in the page itself: they show before any of its code runs', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 2, name: 'Your first cards are ready' })).toBeVisible();
	await expect(stat(page, 'Due now')).toHaveText('0');
	await expect(stat(page, 'New today')).toHaveText('20');
	await expect(page.getByRole('link', { name: 'Start studying' })).toBeVisible();
	await expect(page.getByText('Loading today’s cards…')).toBeHidden();
	await context.close();
});

test('after studying, Today counts what is due, new, missed and the streak, and names the study filter', async ({
	page
}) => {
	await page.goto('/study');
	// Study one source's cards only: Today still counts every card, and says what /study is set to.
	const cards = page.getByRole('combobox', { name: 'Cards' });
	const firstSource = (await cards.locator('optgroup[label="By source"] option').first().textContent())!;
	await cards.selectOption({ label: firstSource });
	await gradeByClicking(page, 'Good');
	await gradeByClicking(page, 'Again');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	// No welcome once studying has begun.
	await expect(page.getByRole('heading', { name: 'Welcome to Sourcedeck' })).toBeHidden();
	// Both cards come back within minutes (learning steps), so they are due now, out of today's new cards.
	await expect(stat(page, 'New today')).toHaveText('18');
	await expect(stat(page, 'Due now')).toHaveText('2');
	await expect(stat(page, 'Missed')).toHaveText('1');
	await expect(stat(page, 'Streak')).toHaveText('1 day');
	await expect(page.getByText('longest 1 day')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: '20 cards to study' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start studying' })).toBeVisible();
	const sourceTitle = firstSource.replace(/ \(\d+\)$/, '');
	await expect(page.getByText(`Study is set to ${sourceTitle} only.`)).toBeVisible();
	await expectAxeCleanInBothThemes(page, 'today after studying');
});

test('when everything is studied, Today says so, when the next card is due, and offers a quiz', async ({
	page
}) => {
	await page.goto('/study');
	const showAnswer = page.getByRole('button', { name: 'Show answer' });
	const nothingLeft = page.getByRole('heading', { level: 2, name: /nothing left for now/ });
	// Easy sends each new card days away: today's twenty are soon done.
	for (let i = 0; i < 30; i++) {
		await expect(showAnswer.or(nothingLeft)).toBeVisible();
		if (await nothingLeft.isVisible()) break;
		await gradeByKeyboard(page, '4');
	}
	await expect(nothingLeft).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'All done for today' })).toBeVisible();
	await expect(page.getByText(/Next card due in \d+ days? \((tomorrow|on .+) at .+\)\./)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start studying' })).toBeHidden();
	await page.getByRole('link', { name: 'Take a quiz' }).click();
	await expect(page).toHaveURL(/\/quiz$/);
});
