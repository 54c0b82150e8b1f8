import type { Page } from '@playwright/test';

/**
 * Holds back the app's code (its entry scripts), as a slow phone's network does: the prerendered page is on
 * screen and can be used, with no handler yet. Returns the function that lets the code through.
 */
export async function holdAppCode(page: Page): Promise<() => void> {
	let letCodeThrough = () => {};
	const codeHeld = new Promise<void>((resolve) => (letCodeThrough = resolve));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await codeHeld;
		await route.continue();
	});
	return letCodeThrough;
}
