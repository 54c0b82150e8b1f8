/** What the make-a-pack journeys (desktop and phone) share: the documents pasted, and finding things on the page. */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { waitForServiceWorker } from './routes';

export const REPORT = `Mosul, 3 November 2016. Iraqi forces entered the eastern districts of Mosul on Tuesday, the army said. "We will liberate the city within weeks," said Haider al-Abadi, the prime minister of Iraq. About 5,000 fighters of the Islamic State remain in the city, according to the Pentagon.`;
export const VISIT = `Baghdad, 10 November 2016. Prime Minister Hayder al-Abadi visited Iraqi security forces near Mosul on Thursday. Critics claim the offensive was rushed. The Kurdish Peshmerga took the town of Bashiqa on 7 November 2016.`;
export const UPDATE = `Erbil, 12 November 2016. The United Nations said that 50,000 people have fled Mosul since the offensive began. ISIS still holds the west of the city, where the Islamic State has its last stronghold in Iraq.`;

/** Pastes a source and waits for its fields. */
export async function paste(page: Page, title: string, text: string): Promise<void> {
	await page.getByLabel('Title of the pasted source').fill(title);
	await page.getByLabel('Text of the source').fill(text);
	await page.getByRole('button', { name: 'Add the pasted text' }).click();
	await expect(page.getByRole('group', { name: title })).toBeVisible();
}

/** Says what kind a source is and how far to trust it (the compiler asks for both). */
export async function describeSource(page: Page, title: string): Promise<void> {
	const source = page.getByRole('group', { name: title });
	await source.getByLabel('Kind').selectOption('news report');
	await source
		.getByLabel('How far to trust it (one line)')
		.fill('A wire report: what officials say, unchecked.');
}

/** A proposal's row in the review list. */
export const row = (page: Page, name: RegExp) => page.locator('#review').getByRole('button', { name });

/** A status line saying `text`. */
export const status = (page: Page, text: string | RegExp) =>
	page.getByRole('status').filter({ hasText: text });

/**
 * The first visit, online: the app and the maker's worker (with its place list) are cached; `open` reaches the
 * maker. Returns once the place list has come through the service worker, which keeps it for offline use.
 */
export async function firstVisit(
	page: Page,
	context: BrowserContext,
	open: () => Promise<void>
): Promise<void> {
	await page.goto('/');
	await waitForServiceWorker(page);
	const places = context.waitForEvent('response', {
		predicate: (response) => /\/cities-[^/]*\.pbf$/.test(response.url()) && response.ok()
	});
	await open();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Make a pack from your documents' })
	).toBeVisible();
	await places;
}
