import { expect, test } from '@playwright/test';
import { expectAxeCleanInBothThemes } from './axe';
import { ROUTES } from './routes';
import { expectNoSidewaysScroll } from './layout';
import { answerStored } from './idb';
import { cardPrompt, currentPrompt } from './study-helpers';

for (const route of ROUTES) {
	test(`${route.path} is accessible in the light and the dark theme and at 200 % text: one h1, lang, theme colour, no axe violations, no sideways scroll`, async ({
		page
	}) => {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute(
			'content',
			/^#[0-9a-f]{6}$/i
		);
		// The dark theme on the same page (one load less per route): its colours must pass too.
		await expectAxeCleanInBothThemes(page, route.path);
		// Text zoomed to 200 % in a 640 px window lays out like a 320 px one: no sideways scrolling (a phone at
		// 200 %, 206 px, is checked in phone.spec.ts).
		await page.setViewportSize({ width: 320, height: 640 });
		await expectNoSidewaysScroll(page, `${route.path} on a 320 px screen`);
	});
}

test('the web app manifest is valid, and its icons and the page’s exist', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Sourcedeck'),
		short_name: 'Sourcedeck',
		display: 'standalone',
		start_url: '/',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
		background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	const sizes = (purpose: string) =>
		manifest.icons
			.filter((icon: { purpose: string }) => icon.purpose === purpose)
			.map((i: { sizes: string }) => i.sizes);
	expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(sizes('maskable')).toEqual(['512x512']);
	for (const icon of manifest.icons as { src: string; type: string; sizes: string }[]) {
		const response = await request.get(icon.src);
		expect(response.ok(), icon.src).toBe(true);
		expect(response.headers()['content-type']).toContain(icon.type.split('+')[0]);
		if (icon.type !== 'image/png') continue;
		// A real PNG of the size it claims (its header: the signature, then the width and height).
		const png = await response.body();
		expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
	}
	// The tab's icon is a PNG: an SVG one is drawn as a whole SVG document on the page's main thread at load.
	const tabIcon = page.locator('link[rel="icon"]');
	await expect(tabIcon).toHaveAttribute('type', 'image/png');
	for (const link of [tabIcon, page.locator('link[rel="apple-touch-icon"]')]) {
		const response = await request.get((await link.getAttribute('href'))!);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('image/png');
	}
});

test('keyboard only: skip link, then every navigation link is reachable', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	await page.goto('/');
	const reached = new Set<string>();
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() =>
			document.activeElement?.closest('nav')?.contains(document.activeElement)
				? document.activeElement.textContent?.trim()
				: null
		);
		if (label) reached.add(label.replace(/\s+/g, ' '));
	}
	for (const name of [
		'Today',
		'Study',
		'Quiz',
		'Missed',
		'Progress',
		'Assign',
		'Sources',
		'Library',
		'Settings'
	]) {
		expect(
			[...reached].some((label) => label.endsWith(name)),
			`${name} reachable by Tab`
		).toBe(true);
	}
});

test('theme follows the system and can be switched in Settings', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/settings');
	// The page is prerendered: its controls answer once its code has run and read the settings.
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const darkBackground = await background();
	await page.getByRole('radio', { name: 'Light' }).check();
	const lightBackground = await background();
	expect(lightBackground).not.toBe(darkBackground);
	await page.reload();
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
	await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
	expect(await background()).toBe(lightBackground);
	await page.getByRole('radio', { name: 'Follow the system' }).check();
	expect(await background()).toBe(darkBackground);
});

test('keyboard only: focus follows the card, from Show answer to the ratings and on to the next card', async ({
	page
}) => {
	await page.goto('/study');
	const reveal = page.getByRole('button', { name: 'Show answer' });
	const ratings = page.getByRole('group', { name: 'How well did you remember it?' });
	await answerStored(page);
	await reveal.focus();
	await page.keyboard.press('Enter');
	await expect(ratings).toBeFocused();
	// A rating key: the rated card goes, and focus is on the next card's Show answer, not lost to the page.
	const first = await currentPrompt(page);
	await page.keyboard.press('3');
	await expect(cardPrompt(page)).not.toHaveText(first);
	await expect(reveal).toBeFocused();
	// The same when the rating is pressed (it had focus, and it goes with its card).
	await page.keyboard.press('Space');
	// The ratings wait (disabled) while the answer before is stored: a key pressed on one then does nothing.
	const good = ratings.getByRole('button', { name: /^Good/ });
	await expect(good).toBeEnabled();
	await good.focus();
	const second = await currentPrompt(page);
	await page.keyboard.press('Enter');
	await expect(cardPrompt(page)).not.toHaveText(second);
	await expect(reveal).toBeFocused();
	await answerStored(page);
});
