/**
 * Other apps' formats from the UI: every export read back by an independent reader in the test process (sql.js
 * for the Anki package, gift-pegjs for GIFT, fast-xml-parser for Moodle XML, read-excel-file for Kahoot), and
 * decks imported from a spreadsheet's CSV (its columns mapped by hand) and an Anki package, then studied.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import initSqlJs from 'sql.js';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { ankiPackage } from '../src/lib/domain/formats/import/anki-fixture';
import { waitForServiceWorker } from './routes';
import { SECOND, openLibrary, packEntry, pickSecondPackFile } from './library-page';
import { expectNoAxeViolations } from './axe';

/** Picks a format in an export control, exports, and returns the download with its bytes. */
async function exportAs(
	page: Page,
	where: Locator,
	format: string,
	what: string
): Promise<{ download: Download; bytes: Buffer; text: string }> {
	await where.getByRole('combobox', { name: 'Export for another app' }).selectOption({ label: format });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		where.getByRole('button', { name: `Export ${what}` }).click()
	]);
	await expect(where.getByRole('status')).toContainText(`Saved “${download.suggestedFilename()}”`);
	const bytes = await readFile((await download.path())!);
	return { download, bytes, text: bytes.toString('utf8') };
}

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (n) => n === 'question'
});
const moodleQuestions = (text: string) => {
	expect(XMLValidator.validate(text)).toBe(true);
	return (xml.parse(text) as { quiz: { question: { '@type': string }[] } }).quiz.question.filter(
		(q) => q['@type'] !== 'category'
	);
};
/** Kahoot's question rows: after its header row ("Question - max 120 characters"). */
const kahootRows = async (bytes: Buffer) => {
	const rows = await readSheet(bytes);
	const header = rows.findIndex((row) => String(row[1] ?? '').startsWith('Question - max 120'));
	expect(header).toBeGreaterThan(0);
	return rows.slice(header + 1).filter((row) => row[1]);
};

test('a pack exports to each format from its library entry, and every file reads back', async ({ page }) => {
	await openLibrary(page);
	await pickSecondPackFile(page);
	const entry = packEntry(page, 'Second pack');
	await expect(entry).toBeVisible();
	const prompts = SECOND.cards.map((card) => card.prompt);

	const apkg = await exportAs(page, entry, 'Anki package (.apkg)', 'Second pack');
	expect(apkg.download.suggestedFilename()).toBe('second-pack.apkg');
	const SQL = await initSqlJs();
	const collection = new SQL.Database(unzipSync(apkg.bytes)['collection.anki2']);
	const fields = collection.exec('SELECT flds FROM notes')[0]!.values.map(([f]) => String(f));
	expect(fields.length).toBeGreaterThan(0);
	expect(collection.exec('SELECT count(*) FROM cards')[0]!.values[0]![0]).toBe(SECOND.cards.length);
	expect(fields.join('\n')).toContain(SECOND.cards[0]!.answer);
	collection.close();
	await expectNoAxeViolations(page, 'the library');

	const ankiText = await exportAs(page, entry, 'Anki text import (.txt)', 'Second pack');
	expect(ankiText.download.suggestedFilename()).toBe('second-pack.anki.txt');
	expect(ankiText.text).toMatch(/^#separator:/m);
	expect(ankiText.text).toMatch(/^#guid column:/m);

	const quizlet = await exportAs(page, entry, 'Quizlet (text to paste)', 'Second pack');
	// Beside the Anki text in the downloads folder, a name of its own.
	expect(quizlet.download.suggestedFilename()).toBe('second-pack.quizlet.txt');
	const lines = quizlet.text.trimEnd().split('\n');
	expect(lines).toHaveLength(SECOND.cards.length);
	expect(lines.every((line) => line.split('\t').length === 2)).toBe(true);
	await expect(entry.getByText(/Quizlet keeps a term and a definition only/)).toBeVisible();

	const gift = await exportAs(page, entry, 'Moodle GIFT question bank (.gift.txt)', 'Second pack');
	expect(gift.download.suggestedFilename()).toBe('second-pack.gift.txt');
	expect(parseGift(gift.text).filter((q) => q.type !== 'Category').length).toBeGreaterThan(0);

	const moodle = await exportAs(page, entry, 'Moodle XML question bank (.xml)', 'Second pack');
	expect(moodle.download.suggestedFilename()).toBe('second-pack.xml');
	expect(moodleQuestions(moodle.text).length).toBeGreaterThan(0);

	const kahoot = await exportAs(page, entry, 'Kahoot spreadsheet (.xlsx)', 'Second pack');
	expect(kahoot.download.suggestedFilename()).toBe('second-pack.xlsx');
	expect((await kahootRows(kahoot.bytes)).length).toBeGreaterThan(0);

	const csv = await exportAs(page, entry, 'Cards as CSV (spreadsheet)', 'Second pack');
	expect(csv.download.suggestedFilename()).toBe('second-pack.csv');
	expect(csv.text.replace(/^\uFEFF/, '')).toMatch(/^Prompt,Answer,Accepted answers/);
	expect(csv.text).toContain(prompts[0]!.slice(0, 30));
	await expectNoAxeViolations(page, 'the library');
});

test('after one Anki export online, the next works offline (sql.js is kept on first use)', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('status').getByText('Ready to work offline')).toBeVisible();
	await openLibrary(page);
	const entry = packEntry(page, meta.title);
	const online = await exportAs(page, entry, 'Anki package (.apkg)', meta.title);
	expect(online.bytes.length).toBeGreaterThan(0);

	await context.setOffline(true);
	await page.reload();
	await expect(packEntry(page, meta.title)).toBeVisible();
	const offline = await exportAs(page, packEntry(page, meta.title), 'Anki package (.apkg)', meta.title);
	const SQL = await initSqlJs();
	const collection = new SQL.Database(unzipSync(offline.bytes)['collection.anki2']);
	expect(collection.exec('SELECT count(*) FROM cards')[0]!.values[0]![0]).toBe(meta.cards);
	collection.close();
});

test('a quiz set exports its questions for Moodle, Kahoot and Quizlet', async ({ page }) => {
	await page.goto('/assign');
	await expect(page.getByRole('heading', { level: 1, name: 'Assign a quiz' })).toBeVisible();
	await page.getByLabel('Title').fill('Week 3 revision');
	await page.getByLabel('Number of questions').fill('8');
	await page.getByRole('button', { name: 'Create and share' }).click();
	await expect(page).toHaveURL(/\/assign\/share#[A-Za-z0-9]+$/);
	const section = page.getByRole('region', { name: 'Use in another app' });
	await expect(section).toBeVisible();

	const gift = await exportAs(page, section, 'Moodle GIFT question bank (.gift.txt)', 'Week 3 revision');
	expect(gift.download.suggestedFilename()).toBe('week-3-revision.gift.txt');
	const questions = parseGift(gift.text).filter((q) => q.type !== 'Category');
	expect(questions).toHaveLength(8);
	await expect(section.getByRole('status')).toContainText('(8 questions)');

	const moodle = await exportAs(page, section, 'Moodle XML question bank (.xml)', 'Week 3 revision');
	expect(moodleQuestions(moodle.text)).toHaveLength(8);

	const kahoot = await exportAs(page, section, 'Kahoot spreadsheet (.xlsx)', 'Week 3 revision');
	expect(kahoot.download.suggestedFilename()).toBe('week-3-revision.xlsx');
	expect((await kahootRows(kahoot.bytes)).length).toBeGreaterThan(0);

	const quizlet = await exportAs(page, section, 'Quizlet (text to paste)', 'Week 3 revision');
	expect(quizlet.text.trimEnd().split('\n').length).toBeGreaterThan(0);
	await expectNoAxeViolations(page, 'the library');
});

/** A spreadsheet whose header names no column the app knows: the person maps them. */
const VOKABELN = [
	'Frage;Antwort;Quelle;Auszug',
	'Wer eroberte Mossul 2017 zurück?;Irakische Kräfte;UN-Bericht 2017;Die Stadt wurde im Juli befreit.',
	'Hauptstadt des Irak?;Bagdad;;'
].join('\n');

test('a spreadsheet and an Anki deck are imported after a preview, and the new pack is studied', async ({
	page
}) => {
	await openLibrary(page);
	const section = page.getByRole('region', { name: 'Import a deck' });
	const choose = section.getByLabel('Choose a deck file');

	// A damaged package is refused in plain words, and nothing is added.
	await choose.setInputFiles({
		name: 'broken.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from('PK\x03\x04broken')
	});
	await expect(section.getByRole('alert')).toContainText('This file is damaged');
	await expect(section.getByRole('button', { name: 'Add to library' })).toHaveCount(0);

	await choose.setInputFiles({ name: 'vokabeln.csv', mimeType: 'text/csv', buffer: Buffer.from(VOKABELN) });
	await expect(section.getByRole('alert')).toContainText('Choose which column holds the prompts');
	await expect(section.getByRole('checkbox', { name: 'The first row names the columns' })).toBeChecked();
	await section.getByLabel('Prompt (the question side)').selectOption({ label: 'Frage' });
	await section.getByLabel('Answer', { exact: true }).selectOption({ label: 'Antwort' });
	await section.getByLabel('Source', { exact: true }).selectOption({ label: 'Quelle' });
	await section.getByLabel('Excerpt from the source').selectOption({ label: 'Auszug' });
	const preview = section.getByRole('region', { name: 'Preview: vokabeln' });
	await expect(preview).toContainText('2 cards from 1 source.');
	await expect(preview).toContainText('1 card name no source');
	await expect(preview.getByRole('listitem').nth(0)).toContainText('Source: UN-Bericht 2017');
	await expect(preview.getByRole('listitem').nth(1)).toContainText('No source given');
	await expect(packEntry(page, 'vokabeln')).toHaveCount(0);
	await expectNoAxeViolations(page, 'the library');
	await section.getByRole('button', { name: 'Add to library' }).click();
	await expect(section.getByRole('status')).toHaveText(
		'“vokabeln” was added to your library, turned on for Today and Study.'
	);
	await expect(packEntry(page, 'vokabeln').getByRole('definition').nth(2)).toHaveText('2');

	const SQL = await initSqlJs();
	await choose.setInputFiles({
		name: 'iraq.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(ankiPackage(SQL))
	});
	await expect(section.getByText(/Pictures, sounds and review history/)).toBeVisible();
	const ankiPreview = section.getByRole('region', { name: 'Preview: Geography › Iraq' });
	await expect(ankiPreview).toBeVisible();
	// HTML from the deck reads as text; the script in a field is gone.
	await expect(ankiPreview).toContainText('Capital of Iraq?');
	await expect(ankiPreview).not.toContainText('<script');
	await section.getByRole('button', { name: 'Add to library' }).click();
	await expect(section.getByRole('status')).toContainText('“Geography › Iraq” was added to your library');
	await expect(packEntry(page, 'Geography › Iraq')).toBeVisible();

	// Studied like any pack: the imported one alone.
	await page.goto('/study');
	await page.getByRole('combobox', { name: 'Cards' }).selectOption({ label: 'vokabeln (2)' });
	await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
		/Wer eroberte Mossul 2017 zurück\?|Hauptstadt des Irak\?/
	);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('article')).toContainText(/Irakische Kräfte|Bagdad/);
});
