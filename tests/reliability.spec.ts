import { expect, test } from '@playwright/test';
import { answerStored, gradeGood, readStore } from './idb';

interface Review {
	cardId: string;
	at: number;
	after: { reps: number; due: number };
}
interface CardState {
	id: string;
	reps: number;
	due: number;
}

/** Both or neither: every studied card's state is the one its latest review left, and no review is orphaned. */
function inconsistencies(cards: CardState[], reviews: Review[]): string[] {
	const latest = new Map<string, Review>();
	for (const review of reviews) {
		const seen = latest.get(review.cardId);
		if (!seen || review.at >= seen.at) latest.set(review.cardId, review);
	}
	const problems: string[] = [];
	for (const card of cards) {
		const review = latest.get(card.id);
		if (!review) problems.push(`${card.id}: state without a review`);
		else if (review.after.reps !== card.reps || review.after.due !== card.due)
			problems.push(`${card.id}: state differs from its latest review`);
	}
	for (const id of latest.keys())
		if (!cards.some((card) => card.id === id)) problems.push(`${id}: review without state`);
	return problems;
}

test('two tabs studying at once lose no review', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/study');
	await second.goto('/study');
	for (let i = 0; i < 4; i++) {
		await gradeGood(first);
		await gradeGood(second);
	}
	const reviews = await readStore<Review>(first, 'reviews');
	expect(reviews).toHaveLength(8);
	expect(inconsistencies(await readStore<CardState>(first, 'cards'), reviews)).toEqual([]);
	await first.goto('/progress');
	await expect(first.getByText(/\b8 reviews\b/).first()).toBeVisible();
});

test('a page closed in the middle of grading leaves card state and review log consistent', async ({
	context
}) => {
	for (let i = 0; i < 6; i++) {
		const page = await context.newPage();
		await page.goto('/study');
		await page.getByRole('button', { name: 'Show answer' }).click();
		const good = page.getByRole('button', { name: /^Good/ });
		await good.waitFor();
		// Click and close at once, with a growing head start: the tab dies before, during or after the write.
		void good.click({ noWaitAfter: true }).catch(() => undefined);
		if (i > 0) await page.waitForTimeout(i * 2);
		await page.close({ runBeforeUnload: false });
	}
	const check = await context.newPage();
	await check.goto('/');
	const cards = await readStore<CardState>(check, 'cards');
	const reviews = await readStore<Review>(check, 'reviews');
	expect(inconsistencies(cards, reviews)).toEqual([]);
	expect(reviews.length).toBe(cards.reduce((sum, card) => sum + card.reps, 0));
});

test('a tab open during a schema upgrade is told to reload, not broken', async ({ context }) => {
	const page = await context.newPage();
	await page.goto('/study');
	await expect(page.locator('#card-prompt')).toBeVisible();
	// The page has opened the database (the prerendered card shows before it does).
	await answerStored(page);
	const newer = await context.newPage();
	await newer.goto('/settings');
	// What a newer release does when it opens the database with a higher schema version.
	const upgraded = await newer.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('sourcedeck', 9_000);
				request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
				request.onsuccess = () => {
					const version = request.result.version;
					request.result.close();
					resolve(version);
				};
				request.onerror = () => reject(request.error);
				request.onblocked = () => reject(new Error('blocked by the open tab'));
			})
	);
	expect(upgraded).toBe(9_000);
	const notice = page.getByRole('alert').filter({ hasText: 'Sourcedeck was updated in another tab' });
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('button', { name: 'Reload page' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
});

test('storage full: the learner is told what happened and how to free space; nothing is half-written', async ({
	page
}) => {
	await page.addInitScript(() => {
		// Simulates a full disk: once armed, every IndexedDB write fails the way Chromium reports it.
		const fail = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		for (const method of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
				if ((window as { diskFull?: boolean }).diskFull) fail();
				return original.apply(this, args);
			};
		}
	});
	await page.goto('/study');
	await gradeGood(page);
	const promptBefore = await page.locator('#card-prompt').textContent();
	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good/ }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'out of storage space' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('Free some space');
	// The card comes back on screen to be answered again, and the store holds only the first answer, whole.
	await expect(page.locator('#card-prompt')).toHaveText(promptBefore ?? '');
	const reviews = await readStore<Review>(page, 'reviews');
	expect(reviews).toHaveLength(1);
	expect(inconsistencies(await readStore<CardState>(page, 'cards'), reviews)).toEqual([]);
	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = false));
	await page.getByRole('button', { name: /^Good/ }).click();
	await expect(page.locator('#card-prompt')).not.toHaveText(promptBefore ?? '');
	await answerStored(page);
	expect(await readStore<Review>(page, 'reviews')).toHaveLength(2);
});
