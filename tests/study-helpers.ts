import { expect, type Page } from '@playwright/test';
import type { Pack } from '../src/lib/domain/pack';
import { answerStored } from './idb';

/**
 * The built-in pack file the app under test installs (a hashed JSON asset, fetched by a worker, so not in the
 * page's resource timing): named in the service worker's precache list. Ids as the file has them, not qualified
 * by the library.
 */
export async function servedPack(page: Page): Promise<Pack> {
	const serviceWorker = await page.request.get('/sw.js');
	expect(serviceWorker.ok()).toBe(true);
	const url = /_app\/immutable\/assets\/pack\.[\w-]+\.json/.exec(await serviceWorker.text())?.[0];
	expect(url, 'the precache names the pack file').toBeDefined();
	const response = await page.request.get(`/${url}`);
	expect(response.ok()).toBe(true);
	return (await response.json()) as Pack;
}

/** The card on screen: its prompt is the heading of the study card. */
export const cardPrompt = (page: Page) => page.getByRole('article').getByRole('heading', { level: 2 });

/** The prompt's text once a card is showing. */
export async function currentPrompt(page: Page): Promise<string> {
	await expect(cardPrompt(page)).toBeVisible();
	return (await cardPrompt(page).textContent())!.trim();
}

/** Reveals the card with the button and rates it with the named button; waits for the next card. */
export async function gradeByClicking(
	page: Page,
	rating: 'Again' | 'Hard' | 'Good' | 'Easy'
): Promise<string> {
	const prompt = await currentPrompt(page);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: new RegExp(`^${rating}`) }).click();
	await expect(page.getByRole('button', { name: /^Again/ })).toBeHidden();
	await answerStored(page);
	return prompt;
}

/** Reveals with Space and rates with a number key, the way a keyboard user does. */
export async function gradeByKeyboard(page: Page, key: '1' | '2' | '3' | '4'): Promise<string> {
	const prompt = await currentPrompt(page);
	// Keys work once the page's code runs and has read the stored data.
	await answerStored(page);
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
	await page.keyboard.press(key);
	await expect(page.getByRole('button', { name: /^Good/ })).toBeHidden();
	await answerStored(page);
	return prompt;
}
