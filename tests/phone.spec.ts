import { expect, test } from '@playwright/test';

test('on a phone the bottom bar reaches every page, the rest behind "More"', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const box = await nav.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box!.y + box!.height).toBeGreaterThan(viewport.height - 2);

	for (const name of ['Study', 'Quiz', 'Missed', 'Today']) {
		await nav.getByRole('link', { name }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
	}
	for (const [name, heading] of [
		['Progress', 'Progress'],
		['Assign', 'Assign a quiz'],
		['Sources', 'Sources'],
		['Library', 'Library'],
		['Settings', 'Settings']
	]) {
		await nav.getByRole('button', { name: 'More' }).click();
		await page.getByRole('list', { name: 'More pages' }).getByRole('link', { name }).click();
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('list', { name: 'More pages' })).toBeHidden();
	}
});
