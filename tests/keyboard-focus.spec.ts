/**
 * A keyboard and screen-reader walk: focus stays on a control while the work it started runs, goes where the next
 * step is when the control goes away, and each control or group says what it is about.
 */
import { expect, test, type Page } from '@playwright/test';
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { backupText } from './backup-fixture';
import { openLibrary, packEntry, pickSecondPackFile } from './library-page';
import { startQuiz } from './quiz-page';
import { currentPrompt, gradeByKeyboard } from './study-helpers';

async function openSettings(page: Page) {
	await page.goto('/settings');
	await expect(page.locator('section[aria-labelledby="study-settings"]')).toHaveAttribute(
		'aria-busy',
		'false'
	);
}

const DECK = ['question,answer', 'Capital of Iraq?,Baghdad', 'River through Mosul?,Tigris'].join('\n');

test('Settings: exporting and importing a backup by keyboard keeps focus on the control used', async ({
	page
}) => {
	await openSettings(page);
	const exportButton = page.getByRole('button', { name: 'Export a backup' });
	await exportButton.focus();
	await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	await expect(page.getByRole('status').filter({ hasText: 'downloads' })).toBeVisible();
	await expect(exportButton).toBeFocused();

	const field = page.getByLabel('Import a backup');
	await field.focus();
	await field.setInputFiles({
		name: 'b.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backupText({}))
	});
	const dialog = page.getByRole('dialog', { name: 'Replace your data?' });
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// Back where the person was, and emptied: the same file picked again is read again.
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('');
});

test('Library: a deck picked, added or cancelled by keyboard leaves focus on the next step', async ({
	page
}) => {
	await openLibrary(page);
	const section = page.getByRole('region', { name: 'Import a deck' });
	const choose = section.getByLabel('Choose a deck file');
	const pick = (name: string) =>
		choose.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(DECK) });

	await choose.focus();
	await pick('mosul-deck.csv');
	await expect(section.getByRole('region', { name: 'Preview: mosul-deck' })).toBeVisible();
	await expect(choose).toBeFocused();

	await section.getByRole('button', { name: 'Add to library' }).focus();
	await page.keyboard.press('Enter');
	await expect(section.getByRole('status')).toContainText('“mosul-deck” was added to your library');
	await expect(
		packEntry(page, 'mosul-deck').getByRole('heading', { level: 2, name: 'mosul-deck' })
	).toBeFocused();

	await pick('rivers.csv');
	await section.getByRole('button', { name: 'Cancel' }).focus();
	await page.keyboard.press('Enter');
	await expect(section.getByRole('status')).toHaveText('Nothing was imported.');
	await expect(choose).toBeFocused();
	await expect(choose).toHaveValue('');
});

test('Library: with two packs, each pack’s controls say which pack they act on', async ({ page }) => {
	await openLibrary(page);
	await pickSecondPackFile(page);
	const second = packEntry(page, 'Second pack');
	await expect(second).toBeVisible();
	for (const [title, entry] of [
		[meta.title, packEntry(page, meta.title)],
		['Second pack', second]
	] as const) {
		await expect(entry.getByRole('switch', { name: 'Use in Today and Study' })).toHaveAccessibleDescription(
			title
		);
		await expect(entry.getByRole('button', { name: 'Export pack file' })).toHaveAccessibleDescription(title);
		await expect(entry.getByRole('combobox', { name: 'Export for another app' })).toHaveAccessibleDescription(
			title
		);
	}
	await expect(second.getByRole('button', { name: 'Remove…' })).toHaveAccessibleDescription('Second pack');
});

test('Study: the next card’s Show answer carries its question, and an undo says it was done', async ({
	page
}) => {
	await page.goto('/study');
	const graded = await gradeByKeyboard(page, '3');
	const next = await currentPrompt(page);
	const reveal = page.getByRole('button', { name: 'Show answer' });
	// Focus moves to the next card's button: what a screen reader reads there is the question.
	await expect(reveal).toBeFocused();
	await expect(reveal).toHaveAccessibleDescription(next);
	await page.keyboard.press('Control+z');
	await expect(
		page.getByRole('status').filter({ hasText: 'Your last answer was taken back.' })
	).toBeAttached();
	await expect(reveal).toHaveAccessibleDescription(graded);
	await expect(reveal).toBeFocused();
});

test('Quiz: each set of choices is one Tab stop; the next question says its number and announces no page', async ({
	page
}) => {
	await page.goto('/quiz');
	// The first-visit guess (inert) gives way to the form with the library's choices.
	await expect(page.locator('form[inert]')).toHaveCount(0);
	const form = page.getByRole('form', { name: 'Choose your quiz' });
	const length = form.getByRole('group', { name: 'Length' });
	await length.getByRole('radio', { checked: true }).focus();
	await page.keyboard.press('Tab');
	await expect(
		form.getByRole('group', { name: 'Kinds of question' }).getByRole('checkbox').first()
	).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('ArrowRight');
	await expect(length.getByRole('radio', { checked: true })).toBeFocused();

	const { questions } = await startQuiz(page, 'announcer', ['multiple-choice'], 5);
	const first = questions[0]!;
	if (first.mode !== 'multiple-choice') throw new Error('expected a multiple-choice question');
	await page.getByRole('radio', { name: first.options[first.correctIndex]!, exact: true }).check();
	await page.getByRole('button', { name: /^Check/ }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page).toHaveURL(/[?&]question=2\b/);
	// Focus is on the next prompt, which says which question it is.
	const prompt = page.locator('#quiz-prompt');
	await expect(prompt).toBeFocused();
	await expect(prompt).toHaveAccessibleDescription(`Question 2 of ${questions.length}`);
	// SvelteKit's route announcer read the page's title aloud over the prompt when the address was kept.
	await expect(page.locator('#svelte-announcer')).toHaveText('');
});

test('Quiz: a true/false question’s answer group carries the statement', async ({ page }) => {
	const { questions } = await startQuiz(page, 'tf-statement', ['true-false'], 5);
	const first = questions[0]!;
	if (first.mode !== 'true-false') throw new Error('expected a true/false question');
	await expect(page.getByRole('group', { name: first.prompt })).toHaveAccessibleDescription(first.statement);
});

test('Assign: a missing title takes focus to the field; the share page opens on its heading', async ({
	page
}) => {
	await page.goto('/assign');
	await expect(page.getByRole('heading', { level: 1, name: 'Assign a quiz' })).toBeVisible();
	const create = page.getByRole('button', { name: 'Create and share' });
	await create.focus();
	await page.keyboard.press('Enter');
	const title = page.getByRole('textbox', { name: 'Title' });
	await expect(title).toBeFocused();
	await expect(title).toHaveAttribute('aria-invalid', 'true');
	await expect(title).toHaveAccessibleDescription('Give the set a title.');

	await page.keyboard.type('Mosul, 2017');
	await expect(title).not.toHaveAttribute('aria-invalid');
	await create.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/assign\/share#[A-Za-z0-9]+$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mosul, 2017' })).toBeFocused();
});
