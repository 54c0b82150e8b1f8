import { expect, type Page } from '@playwright/test';

/** Reads the app's IndexedDB directly, the way a test inspects what was really stored. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(async (name) => {
		const open = indexedDB.open('sourcedeck');
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		try {
			if (!db.objectStoreNames.contains(name)) return [];
			const request = db.transaction(name).objectStore(name).getAll();
			return await new Promise((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		} finally {
			db.close();
		}
	}, store) as Promise<T[]>;
}

/** Reveals the card on /study and grades it Good, waiting until it is saved; returns the prompt graded. */
export async function gradeGood(page: Page): Promise<string> {
	const prompt = (await page.locator('#card-prompt').textContent()) ?? '';
	await page.getByRole('button', { name: 'Show answer' }).click();
	const good = page.getByRole('button', { name: /^Good/ });
	await good.click();
	await expect(good).toBeHidden();
	await answerStored(page);
	return prompt;
}

/**
 * Waits until the answer just given is stored. The next card shows at once, before the save finishes; the study
 * area is marked aria-busy until it has.
 */
export async function answerStored(page: Page): Promise<void> {
	await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}
