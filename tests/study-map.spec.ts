import { expect, test } from '@playwright/test';

test('a "Where is …?" card shows the place on the offline map when revealed', async ({ page }) => {
	await page.goto('/study');
	await page.getByRole('combobox', { name: 'Cards' }).selectOption('kind:place');
	const prompt = page.locator('#card-prompt');
	for (let i = 0; i < 40; i++) {
		await expect(prompt).toBeVisible();
		const text = (await prompt.textContent()) ?? '';
		await page.getByRole('button', { name: 'Show answer' }).click();
		if (text.startsWith('Where is')) {
			const place = text.replace(/^Where is (the )?/, '').replace(/\?$/, '');
			const map = page.getByRole('img', { name: /^Map: / });
			await expect(map).toBeVisible();
			await expect(map.locator('text', { hasText: place }).first()).toBeVisible();
			return;
		}
		await page.getByRole('button', { name: /^Good/ }).click();
	}
	throw new Error('no "Where is …?" card among the first 40 place cards');
});
