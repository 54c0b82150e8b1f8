import { expect, test, type Page } from '@playwright/test';

/** The top of whatever is fixed or sticky at the bottom of the screen: the bottom bar, the quiz's Next bar. */
async function bottomChromeTop(page: Page): Promise<number> {
	return page.evaluate(() => {
		const tops = [
			document.querySelector('nav[aria-label="Main"]'),
			document.querySelector('.quiz-actions.nav')
		]
			.filter((element): element is Element => element !== null)
			.map((element) => element.getBoundingClientRect().top);
		return Math.min(window.innerHeight, ...tops);
	});
}

test('the feedback heading that takes the focus is scrolled into view above the bottom bar', async ({
	page
}) => {
	await page.goto('/quiz?seed=phone-feedback');
	const form = page.getByRole('form', { name: 'Choose your quiz' });
	for (const name of [
		'True or false',
		'Type the answer',
		'Put events in order',
		'Places on the map',
		'Match pairs'
	])
		await form.getByRole('checkbox', { name, exact: true }).uncheck();
	await form.getByRole('button', { name: 'Start quiz' }).click();
	for (let i = 1; i <= 10; i++) {
		await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		const heading = page.locator('[data-feedback]');
		await expect(heading).toBeFocused();
		const box = (await heading.boundingBox())!;
		expect(box.y, `feedback ${i} is below the top of the screen`).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height, `feedback ${i} is above the bottom bar`).toBeLessThanOrEqual(
			await bottomChromeTop(page)
		);
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
});
