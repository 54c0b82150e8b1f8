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

test('with text zoomed to 200 % (a 412 px phone lays out 206 px wide) every control of the bottom bar is on screen and works', async ({
	page
}) => {
	await page.setViewportSize({ width: 206, height: 458 });
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const controls = nav.locator('a:visible, button:visible');
	await expect(controls).toHaveCount(5);
	for (const control of await controls.all()) {
		const box = (await control.boundingBox())!;
		expect(box.x, `${await control.getAttribute('href')} starts on screen`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(206);
		expect(box.width).toBeGreaterThanOrEqual(24);
	}
	await nav.getByRole('link', { name: 'Missed' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Missed cards' })).toBeVisible();
	await nav.getByRole('button', { name: 'More' }).click();
	await page.getByRole('list', { name: 'More pages' }).getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
