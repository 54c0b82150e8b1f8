import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { parsePack, toPackFile } from '../src/lib/domain/pack-file';
import { makeFixturePack } from '../src/lib/domain/quiz/fixture';

const SECOND = { ...makeFixturePack(), id: 'second-pack', title: 'Second pack', version: 'v1' };
const PICK = 'Install from a file';

const packEntry = (page: Page, title: string) =>
	page.getByRole('list', { name: 'Packs' }).getByRole('article', { name: title });

async function expectAxeClean(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function openLibrary(page: Page) {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Library' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(packEntry(page, meta.title)).toBeVisible();
}

test('a pack is installed from a file, turned off and on, exported and removed', async ({ page }) => {
	await openLibrary(page);
	const builtIn = packEntry(page, meta.title);
	await expect(builtIn.getByRole('definition').nth(1)).toHaveText('Built in');
	await expect(builtIn.getByRole('definition').nth(2)).toHaveText(meta.cards.toLocaleString('en'));
	await expect(builtIn.getByRole('definition').nth(3)).toHaveText(String(meta.sources));
	await expect(builtIn.getByRole('switch', { name: 'Use in Today and Study' })).toBeChecked();
	// The only pack on stays on, and the page says why.
	await expect(builtIn.getByRole('switch', { name: 'Use in Today and Study' })).toBeDisabled();
	await expect(builtIn.getByText('at least one pack stays on')).toBeVisible();
	await expect(builtIn.getByRole('button', { name: 'Remove…' })).toHaveCount(0);

	await page.getByLabel(PICK).setInputFiles({
		name: 'second.sourcedeck-pack.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(toPackFile(SECOND)))
	});
	await expect(page.getByRole('status').filter({ hasText: 'installed' })).toHaveText(
		`“Second pack” installed: ${SECOND.cards.length} cards installed.`
	);
	const second = packEntry(page, 'Second pack');
	await expect(second.getByRole('definition').nth(1)).toHaveText('From a file');
	await expect(second.getByRole('definition').nth(4)).toHaveText(
		`0 cards of ${SECOND.cards.length} started (0%)`
	);
	await expect(second.getByRole('definition').nth(5)).toHaveText('Not studied yet');
	await expectAxeClean(page);

	// Off and on, by keyboard.
	const use = second.getByRole('switch', { name: 'Use in Today and Study' });
	await use.focus();
	await page.keyboard.press('Space');
	await expect(use).not.toBeChecked();
	await expect(page.getByRole('status').filter({ hasText: 'is off' })).toContainText('“Second pack” is off');
	await expect(builtIn.getByRole('switch', { name: 'Use in Today and Study' })).toBeDisabled();
	await page.keyboard.press('Space');
	await expect(use).toBeChecked();
	await expect(builtIn.getByRole('switch', { name: 'Use in Today and Study' })).toBeEnabled();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		second.getByRole('button', { name: 'Export pack file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('second-pack-v1.sourcedeck-pack.json');
	const exported = parsePack(JSON.parse(await readFile(await download.path(), 'utf8')));
	expect(exported).toEqual({ ok: true, pack: SECOND });

	await second.getByRole('button', { name: 'Remove…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Remove “Second pack”?' });
	await expect(dialog).toBeVisible();
	await expectAxeClean(page);
	const [backup] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download a backup first' }).click()
	]);
	expect(backup.suggestedFilename()).toMatch(/^sourcedeck-backup-\d{4}-\d\d-\d\d\.json$/);
	// Escape cancels: nothing is removed.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(second).toBeVisible();

	await second.getByRole('button', { name: 'Remove…' }).click();
	await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'removed' })).toContainText(
		'“Second pack” removed.'
	);
	await expect(second).toHaveCount(0);
	await expect(packEntry(page, meta.title)).toBeVisible();
});

test('a broken pack file gets a plain message with details, and nothing changes', async ({ page }) => {
	await openLibrary(page);
	const broken = toPackFile(SECOND) as unknown as { cards: { answer: unknown }[] };
	broken.cards[0]!.answer = 12;
	await page.getByLabel(PICK).setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(broken))
	});
	const alert = page.getByRole('alert');
	await expect(
		alert.getByText('“Second pack” has mistakes, so it was not installed. Nothing was changed.')
	).toBeVisible();
	await alert.getByText('Details').click();
	await expect(alert.getByText(/answer: expected text/)).toBeVisible();

	await page.getByLabel(PICK).setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{ not json')
	});
	await expect(alert.getByText('This file is not a Sourcedeck pack, or it is damaged.')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Packs' }).getByRole('article')).toHaveCount(1);
	await expectAxeClean(page);
});
