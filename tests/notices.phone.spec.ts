import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerStored } from './idb';
import { currentPrompt } from './study-helpers';

/** Whether a tap at the centre of `control` reaches it (nothing lies over it there); returns the centre. */
async function centreReaches(control: Locator): Promise<{ x: number; y: number; reaches: boolean }> {
	const box = (await control.boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	const reaches = await control.evaluate(
		(element, [px, py]) => {
			const hit = document.elementFromPoint(px!, py!);
			return hit !== null && element.contains(hit);
		},
		[x, y]
	);
	return { x, y, reaches };
}

const answered = (page: Page) => page.getByRole('progressbar', { name: 'Cards answered' });

test('while the first-visit "ready offline" news shows, a tap at each rating button’s centre rates the card', async ({
	page
}) => {
	await page.goto('/study');
	const notice = page.getByRole('status').getByText(/ready to work offline/i);
	await expect(notice).toBeVisible({ timeout: 30_000 });

	const ratings = ['Again', 'Hard', 'Good', 'Easy'];
	for (const [i, rating] of ratings.entries()) {
		await currentPrompt(page);
		await page.getByRole('button', { name: 'Show answer' }).click();
		const button = page.getByRole('button', { name: new RegExp(`^${rating}\\b`) });
		await expect(button).toBeVisible();
		await expect(notice, 'the news still shows while the buttons are tapped').toBeVisible();
		const { x, y, reaches } = await centreReaches(button);
		expect(reaches, `nothing lies over the centre of ${rating}`).toBe(true);
		// A real tap at that point, as a finger gives it: the card is rated.
		await page.touchscreen.tap(x, y);
		await expect(answered(page)).toHaveAttribute('aria-valuetext', new RegExp(`^${i + 1} of `));
		await answerStored(page);
	}
});
