import { expect, test } from '@playwright/test';
import { answerStored } from './idb';
import { currentPrompt, servedPack } from './study-helpers';
import { holdAppCode } from './hold-app-code';

/** Words of an answer as a learner reads them. */
const words = (text: string) => text.trim().split(/\s+/).length;

test('a new learner’s first five cards are quick questions about five core entities, answered in a few words', async ({
	page
}) => {
	await page.goto('/study');
	const pack = await servedPack(page);
	const met = [];
	for (let i = 0; i < 5; i++) {
		const prompt = await currentPrompt(page);
		const card = pack.cards.find((c) => c.prompt === prompt);
		expect(card, `no card asks "${prompt}"`).toBeDefined();
		await page.getByRole('button', { name: 'Show answer' }).click();
		// The answer to recall is a few words; the longer story comes with it as context.
		await expect(page.getByText(card!.answer, { exact: true })).toBeVisible();
		expect(words(card!.answer), `${card!.id}: "${card!.answer}"`).toBeLessThanOrEqual(8);
		if (card!.context) await expect(page.getByText(card!.context)).toBeVisible();
		const good = page.getByRole('button', { name: /^Good/ });
		await good.click();
		await expect(good).toBeHidden();
		await answerStored(page);
		met.push(card!);
	}
	// The pack's teaching order, one card per entity: the most important entities, met by who / where / when.
	expect(met.map((c) => c.id)).toEqual(pack.cards.slice(0, 5).map((c) => c.id));
	expect(new Set(met.map((c) => c.entity)).size).toBe(5);
	expect(met.every((c) => c.importance === 1)).toBe(true);
	expect(
		met
			.map((c) => c.type)
			.every((t) => ['actor-role', 'place-country', 'place-map', 'event-date'].includes(t))
	).toBe(true);
});

test('Show answer tapped before the app’s code has run (a slow phone) shows the answer once it runs', async ({
	page
}) => {
	// The app's code is held back: the prerendered card is on screen, its button with no handler yet.
	const letCodeThrough = await holdAppCode(page);
	await page.goto('/study', { waitUntil: 'domcontentloaded' });
	const pack = await servedPack(page);
	const prompt = await currentPrompt(page);
	const card = pack.cards.find((c) => c.prompt === prompt)!;
	const reveal = page.getByRole('button', { name: 'Show answer' });
	await reveal.click();
	await expect(page.getByText(card.answer, { exact: true })).toBeHidden();
	letCodeThrough();
	// The tap is given again once the code runs: the answer and its ratings, with no second tap.
	await expect(page.getByText(card.answer, { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
	await expect(reveal).toHaveCount(0);
	expect(await currentPrompt(page)).toBe(prompt);
});
