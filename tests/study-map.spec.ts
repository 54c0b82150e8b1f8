import { expect, test } from '@playwright/test';

test('a "Where is …?" card fetches its map while its front shows, and shows the place on it when revealed', async ({
	page
}) => {
	// Fetched with the answer, the map would arrive after it and push the ratings down under the learner's finger.
	const mapRequests: string[] = [];
	page.on('request', (request) => {
		if (/map-data[^/]*\.json/.test(request.url())) mapRequests.push(request.url());
	});
	await page.goto('/study');
	await page.getByRole('combobox', { name: 'Cards' }).selectOption('kind:place');
	const prompt = page.locator('#card-prompt');
	const reveal = page.getByRole('button', { name: 'Show answer' });
	for (let i = 0; i < 40; i++) {
		// The next card is on screen once it can be revealed: read before, the prompt may still be the card
		// just graded, or the one shown before the filter's cards were read (the map then belonged to another card).
		await expect(reveal).toBeEnabled();
		const text = (await prompt.textContent()) ?? '';
		if (text.startsWith('Where is')) {
			await expect.poll(() => mapRequests.length, 'the map fetched before Show answer').toBeGreaterThan(0);
			await reveal.click();
			const place = text.replace(/^Where is (the )?/, '').replace(/\?$/, '');
			const map = page.getByRole('img', { name: /^Map: / });
			await expect(map).toBeVisible();
			await expect(map.locator('text', { hasText: place }).first()).toBeVisible();
			return;
		}
		await reveal.click();
		await page.getByRole('button', { name: /^Good/ }).click();
	}
	throw new Error('no "Where is …?" card among the first 40 place cards');
});
