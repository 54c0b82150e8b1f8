/** What the library journeys share: the second pack they install, finding a pack's entry, opening Library. */
import { expect, type Page } from '@playwright/test';
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { toPackFile } from '../src/lib/domain/pack-file';
import { makeFixturePack } from '../src/lib/domain/quiz/fixture';

/** A small pack for installing beside the built-in one. */
export const SECOND = { ...makeFixturePack(), id: 'second-pack', title: 'Second pack', version: 'v1' };

/** A pack's entry in the library's list. */
export const packEntry = (page: Page, title: string) =>
	page.getByRole('list', { name: 'Packs' }).getByRole('article', { name: title });

/** Opens Library from Today by the main navigation, once its list is read (the file fields then work). */
export async function openLibrary(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(packEntry(page, meta.title)).toBeVisible();
}

/** Picks the second pack's file in Library's "Install from a file" (the page open, its list read). */
export async function pickSecondPackFile(page: Page): Promise<void> {
	await page.getByLabel('Install from a file').setInputFiles({
		name: 'second.sourcedeck-pack.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(toPackFile(SECOND)))
	});
}
