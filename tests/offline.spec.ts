import { expect, test } from '@playwright/test';
import { ROUTES, waitForServiceWorker } from './routes';

test('once installed, every page works offline', async ({ page, context }) => {
	const failed: string[] = [];
	const errors: string[] = [];
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? '';
		// ERR_ABORTED is a request cancelled by our own next navigation, not one the network refused.
		if (!reason.includes('ERR_ABORTED')) failed.push(`${request.url()} (${reason})`);
	});
	page.on('pageerror', (error) => errors.push(error.message));

	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('status').getByText('Ready to work offline')).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	for (const route of ROUTES) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		await expect(page).toHaveTitle(`${route.heading} · Sourcedeck`);
	}
	// And by clicking through the app's own navigation.
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
	// Today's data (the pack facts in its welcome) comes from a prerendered __data.json, cached too.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	await expect(page.getByRole('region', { name: 'Welcome to Sourcedeck' })).toContainText(
		/holds \d+ cards built from\s+5 source documents/
	);

	expect(failed, 'requests that failed offline').toEqual([]);
	expect(errors, 'uncaught page errors').toEqual([]);
});

test('the "ready offline" news is shown once, in the header, and goes by itself', async ({ page }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	const notice = page.getByRole('banner').getByRole('status').getByText('Ready to work offline');
	await expect(notice).toBeVisible();
	// Nothing to answer: no button comes with it.
	await expect(page.getByRole('banner').getByRole('status').getByRole('button')).toHaveCount(0);
	await expect(notice).toBeHidden({ timeout: 20_000 });
	// Once: remembered, so a reload does not bring it back.
	expect(await page.evaluate(() => localStorage.getItem('sourcedeck.offlineReadyShown'))).toBe('1');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(notice).toBeHidden();
});
