import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { parsePack, toPackFile } from '../src/lib/domain/pack-file';
import { answerStored } from './idb';
import { SECOND, openLibrary, packEntry, pickSecondPackFile } from './library-page';
import { expectNoAxeViolations } from './axe';

const PICK = 'Install from a file';

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

	await pickSecondPackFile(page);
	await expect(page.getByRole('status').filter({ hasText: 'installed' })).toHaveText(
		`“Second pack” installed: ${SECOND.cards.length} cards.`
	);
	const second = packEntry(page, 'Second pack');
	await expect(second.getByRole('definition').nth(1)).toHaveText('From a file');
	await expect(second.getByRole('definition').nth(4)).toHaveText(
		`0 cards of ${SECOND.cards.length} started (0%)`
	);
	await expect(second.getByRole('definition').nth(5)).toHaveText('Not studied yet');
	await expectNoAxeViolations(page, 'the library');

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
	await expectNoAxeViolations(page, 'the library');
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
	const broken = structuredClone(toPackFile(SECOND)) as unknown as { cards: { answer: unknown }[] };
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
	await expectNoAxeViolations(page, 'the library');
});

test('a pack from a link installs once; its newer version keeps what changed in words, with a copy kept first', async ({
	page
}) => {
	const file = Buffer.from(JSON.stringify(toPackFile(SECOND)));
	const hash = createHash('sha256').update(file).digest('hex');
	let fetched = 0;
	await page.route('https://packs.example.org/**', (route) => {
		fetched++;
		return route.fulfill({ status: 200, contentType: 'application/json', body: file });
	});
	await openLibrary(page);
	// A link whose file was changed since is refused, and nothing is installed.
	await page
		.getByLabel('Link to a pack file')
		.fill(`https://packs.example.org/second.json#sha256=${'0'.repeat(64)}`);
	await page.getByRole('button', { name: 'Install from the link' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'not the one the link names' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Packs' }).getByRole('article')).toHaveCount(1);

	await page.getByLabel('Link to a pack file').fill(`https://packs.example.org/second.json#sha256=${hash}`);
	await page.getByRole('button', { name: 'Install from the link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'installed' })).toHaveText(
		`“Second pack” installed: ${SECOND.cards.length} cards.`
	);
	expect(fetched).toBe(2);
	await expect(packEntry(page, 'Second pack').getByRole('definition').nth(1)).toHaveText(
		'From a link: https://packs.example.org/second.json'
	);

	// Some study, so there is progress for the update to keep (and for a copy to hold).
	await page.goto('/study');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good/ }).click();
	await answerStored(page);
	await page.goto('/library');
	// The list is read by the page's code: once it shows, the file field has its handler.
	await expect(packEntry(page, 'Second pack')).toBeVisible();

	// Version 2: one card retired, one answer changed, one card added.
	const [retired, changed, ...rest] = SECOND.cards;
	const added = { ...rest[0]!, id: `${rest[0]!.id}-new`, prompt: `${rest[0]!.prompt} (again)` };
	const v2 = {
		...SECOND,
		version: 'v2',
		cards: [
			{ ...changed!, answer: `${changed!.answer} (revised)`, accepted: [`${changed!.answer} (revised)`] },
			...rest,
			added
		]
	};
	expect(retired).toBeDefined();
	await page.getByLabel(PICK).setInputFiles({
		name: 'second-v2.sourcedeck-pack.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(toPackFile(v2)))
	});
	await expect(page.getByRole('status').filter({ hasText: 'updated' })).toHaveText(
		'“Second pack” updated (version v1 → v2): 1 card added, 1 changed, 1 retired.'
	);
	await page.goto('/settings');
	await expect(page.getByText('Before updating a pack').first()).toBeVisible();
});
