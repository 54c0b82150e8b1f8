import { expect, test } from '@playwright/test';
import { cardAnchor as anchor, sourceAnchor } from '../src/lib/domain/anchors';
import { quotedExcerpt } from '../src/lib/domain/quoted-excerpt';
import { qualifyPack } from '../src/lib/domain/library';
import type { Pack } from '../src/lib/domain/pack';
import packJson from '../src/lib/content/generated/pack.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { importThroughSettings } from './backup-fixture';
import { SECOND_PACK, secondPackBackup } from './second-pack';

/** The built-in pack as the library holds it: every id qualified with the pack's id, as the page's anchors are. */
const pack = qualifyPack(packJson as unknown as Pack);

test('/sources lists the five documents with their facts, badges and cards', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/sources');
	await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
	await expect(page).toHaveTitle('Sources · Sourcedeck');
	// One pack on: no heading names it.
	await expect(page.getByRole('heading', { level: 2, name: pack.title })).toHaveCount(0);
	const sections = page.locator('section.source');
	await expect(sections).toHaveCount(5);
	for (const source of pack.sources) {
		const section = page.locator(`#${sourceAnchor(source.id)}`);
		await expect(section.getByRole('heading', { level: 2 })).toContainText(source.title);
		await expect(section).toContainText(source.reliability);
		await expect(section.locator('.badge.opinion')).toHaveCount(source.kind === 'opinion blog' ? 1 : 0);
	}
	// A first visit: the page found nothing stored, so its sources are no longer a guess, and it read nothing: no
	// worker, no database created by looking. The counts were prerendered.
	await expect(page.locator('.first-visit-guess')).toHaveCount(0);
	expect(workers).toEqual([]);
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
	const first = sections.first();
	const firstCards = pack.cards.filter((c) => c.sources.includes(pack.sources[0]!.id));
	await expect(first.locator('summary')).toContainText(
		`and ${firstCards.length} cards drawn from this source`
	);
	// Opening a source reads the library, installing the built-in pack.
	await first.locator('summary').click();
	const card = pack.cards.find((c) => c.sources[0] === pack.sources[0]!.id)!;
	const item = page.locator(`#${anchor(card.id)}`);
	await expect(item).toBeVisible();
	await expect(item).toContainText(card.prompt);
	await expect(item).toContainText(card.answer);
	// The opened source: the rest of the page has its own axe runs (a11y.spec.ts). The whole page, every card of
	// the five sources in it, took axe about 30 s of a two-core machine.
	await expectNoAxeViolations(page, 'the opened source', `#${sourceAnchor(pack.sources[0]!.id)}`);
});

test('a link to /sources#card-… opens the closed source and shows the card, which links back to its source', async ({
	page
}) => {
	const card = pack.cards.at(-1)!;
	await page.goto(`/sources#${anchor(card.id)}`);
	const item = page.locator(`#${anchor(card.id)}`);
	await expect(item).toBeVisible();
	await expect(item).toBeFocused();
	await item.getByRole('link').first().click();
	await expect(page).toHaveURL(new RegExp(`#${sourceAnchor(card.sources[0]!)}$`));
	await expect(page.locator(`#${sourceAnchor(card.sources[0]!)}`)).toBeFocused();
});

test('with a second pack on, each pack’s sources sit under the pack’s own heading, and Progress has a row per pack', async ({
	page
}) => {
	test.slow();
	await importThroughSettings(page, secondPackBackup(), 'second-pack.json');
	await page.goto('/sources');
	const builtIn = page.getByRole('region', { name: pack.title, exact: true });
	const second = page.getByRole('region', { name: SECOND_PACK.title, exact: true });
	await expect(builtIn.getByRole('heading', { level: 2, name: pack.title })).toBeVisible();
	await expect(builtIn.locator('section.source')).toHaveCount(pack.sources.length);
	const copy = qualifyPack(SECOND_PACK);
	await expect(second.locator('section.source')).toHaveCount(1);
	await expect(second.getByRole('heading', { level: 3 })).toContainText(copy.sources[0]!.title);
	await expect(builtIn).not.toContainText(copy.sources[0]!.title);

	// A card of the second pack opens under its own pack, although the built-in pack has the same card.
	const card = copy.cards[0]!;
	await page.goto(`/sources#${anchor(card.id)}`);
	const item = second.locator(`#${anchor(card.id)}`);
	await expect(item).toBeFocused();
	await expect(item).toContainText(card.prompt);
	await expectNoAxeViolations(page, '/sources with a card opened');

	await page.goto('/progress');
	const byPack = page.getByRole('list', { name: 'Mastery by pack' }).getByRole('listitem');
	// In install order: the backup's pack record keeps the time it was made, before the built-in pack's install.
	await expect(byPack).toHaveCount(2);
	await expect(byPack.filter({ hasText: pack.title })).toContainText(`of ${pack.cards.length} mastered`);
	await expect(byPack.filter({ hasText: SECOND_PACK.title })).toContainText(
		`0 of ${SECOND_PACK.cards.length} mastered`
	);
});

test('a passage that quotes someone shows their words in single quotes inside its own', async ({ page }) => {
	const quoting = pack.entities
		.flatMap((entity) => entity.evidence)
		.find((evidence) => /"[^"]+"/.test(evidence.excerpt))!;
	expect(quoting, 'the built-in pack quotes within a passage').toBeDefined();
	await page.goto('/sources');
	await page.locator(`#${sourceAnchor(quoting.source)} summary`).click();
	const shown = page.getByText(quotedExcerpt(quoting.excerpt), { exact: true }).first();
	await expect(shown).toBeVisible();
	await expect(shown).not.toContainText('"');
});
