import { expect, test, type Page } from '@playwright/test';

/**
 * Studies place cards (answered Good) until a "Where is …?" card is on screen, and returns its place; `onFound`
 * runs before its answer is shown.
 */
async function findMapCard(page: Page, onFound: () => Promise<void> = async () => {}): Promise<string> {
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
			await onFound();
			await reveal.click();
			return text.replace(/^Where is (the )?/, '').replace(/\?$/, '');
		}
		await reveal.click();
		await page.getByRole('button', { name: /^Good/ }).click();
	}
	throw new Error('no "Where is …?" card among the first 40 place cards');
}

test('a "Where is …?" card fetches its map while its front shows, and shows the place on it when revealed', async ({
	page
}) => {
	// Fetched with the answer, the map would arrive after it and push the ratings down under the learner's finger.
	const mapRequests: string[] = [];
	page.on('request', (request) => {
		if (/map-data[^/]*\.json/.test(request.url())) mapRequests.push(request.url());
	});
	const place = await findMapCard(page, async () => {
		await expect.poll(() => mapRequests.length, 'the map fetched before Show answer').toBeGreaterThan(0);
	});
	const map = page.getByRole('img', { name: /^Map: / });
	await expect(map).toBeVisible();
	await expect(map.locator('text', { hasText: place }).first()).toBeVisible();
	// Named once, beside its mark: the map's own name for the place is left out.
	await expect(map.getByText(place, { exact: true })).toHaveCount(1);
});

test('with text at 200 % (a 412 px phone lays out 206 px wide), the map’s names neither cover each other nor the place, and stay on the map', async ({
	page
}) => {
	await page.setViewportSize({ width: 206, height: 458 });
	const place = await findMapCard(page);
	const map = page.getByRole('img', { name: /^Map: / });
	await expect(map.locator('text.mark-name', { hasText: place })).toBeVisible();
	// The names as drawn (their glyphs' boxes on screen), once the map has its width and has placed them for it.
	const layout = () =>
		map.evaluate((svg) => {
			const frame = svg.getBoundingClientRect();
			const names = [...svg.querySelectorAll('text')].map((text) => {
				const { left, right, top, bottom } = text.getBoundingClientRect();
				return { name: text.textContent ?? '', left, right, top, bottom };
			});
			const rings = [...svg.querySelectorAll('circle.ring')].map((ring) => ring.getBoundingClientRect());
			return { frame: { left: frame.left, right: frame.right }, names, rings };
		});
	await expect.poll(async () => (await layout()).names.length).toBeGreaterThan(1);
	const { frame, names, rings } = await layout();
	const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
		a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
	for (const [i, a] of names.entries()) {
		expect(a.left, `${a.name} starts on the map`).toBeGreaterThanOrEqual(frame.left - 0.5);
		expect(a.right, `${a.name} ends on the map`).toBeLessThanOrEqual(frame.right + 0.5);
		for (const b of names.slice(i + 1)) expect(overlap(a, b), `${a.name} and ${b.name} apart`).toBe(false);
		for (const ring of rings) expect(overlap(a, ring), `${a.name} off the place’s ring`).toBe(false);
	}
});
