/**
 * A student's and a teacher's walk through the app on a phone (Pixel 7), from a first visit: at each step no
 * notice lies over a control, and nothing on screen is written in a developer's words.
 */
import { readFile } from 'node:fs/promises';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { backupText } from './backup-fixture';
import { answerStored } from './idb';

/**
 * Every control in the page that is on screen above the bottom bar (and the sticky bars standing on it) is the
 * topmost thing at its centre: no notice, banner or anything else lies over it.
 */
async function expectNothingCovered(page: Page, where: string): Promise<void> {
	const covered = await page.evaluate(() => {
		const bottomBars = [...document.querySelectorAll('nav[aria-label="Main"], .ratings, .quiz-actions.nav')]
			.map((element) => element.getBoundingClientRect())
			.filter((box) => box.height > 0)
			.map((box) => box.top);
		const limit = Math.min(window.innerHeight, ...bottomBars);
		const controls = document.querySelectorAll<HTMLElement>(
			'main button, main a[href], main input:not([type=radio]):not([type=checkbox]), main select, main textarea, main summary, main label:has(input)'
		);
		const problems: string[] = [];
		for (const control of controls) {
			const box = control.getBoundingClientRect();
			if (box.width < 4 || box.height < 4 || !control.checkVisibility()) continue;
			const x = box.left + box.width / 2;
			const y = box.top + box.height / 2;
			// A control reaching under the bottom bars is one the page scrolls to: the bars are meant to stay on top.
			if (box.top < 0 || box.bottom > limit || x < 0 || x >= window.innerWidth) continue;
			// Sticky bars are themselves controls' homes: a control inside one is checked as it is.
			const hit = document.elementFromPoint(x, y);
			if (hit && (control.contains(hit) || hit.contains(control))) continue;
			problems.push(
				`${control.tagName} “${control.textContent?.trim().slice(0, 40)}” under ${hit?.outerHTML.slice(0, 80)}`
			);
		}
		return problems;
	});
	expect(covered, `controls covered on ${where}`).toEqual([]);
}

/**
 * Words only a developer would write: error names, JSON and schema wording (our validators' “expected text of”,
 * “expected at most”, “got 1001”), values that leaked. Plain English such as “Magnier expected the Islamic State
 * to …” in a card's context is not one: the last test below keeps the pack's own words out of this pattern.
 */
const DEVELOPER_WORDING =
	/\b(undefined|NaN|Infinity|null|TypeError|RangeError|SyntaxError|DOMException|AbortError|QuotaExceededError|DatabaseClosedError|Unterminated|JSON|at position|format is|expected (a|an|text|at (most|least)|\d)|got (a|an|\d)|\[object|stack)\b|\w+\[\d+\]\.\w+/;

async function expectPlainWords(page: Page, where: string): Promise<void> {
	const text = await page.locator('body').innerText();
	expect(text, `developer wording on ${where}`).not.toMatch(DEVELOPER_WORDING);
}

async function check(page: Page, where: string): Promise<void> {
	await expectNothingCovered(page, where);
	await expectPlainWords(page, where);
}

async function phone(
	browser: Browser,
	contextOptions: Parameters<Browser['newContext']>[0] = {}
): Promise<Page> {
	const context = await browser.newContext({ ...devices['Pixel 7'], ...contextOptions });
	return context.newPage();
}

test('a student walks Study, Quiz, Missed, an assignment and Settings; nothing is covered or in developer words', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const teacher = await phone(browser);
	// The teacher makes a set on their phone.
	await teacher.goto('/assign');
	await check(teacher, 'assign (teacher, empty)');
	await teacher.getByLabel('Title').fill('Raqqa, 2017');
	await teacher.getByLabel('Number of questions').fill('3');
	await teacher.getByRole('button', { name: 'Create and share' }).click();
	const linkField = teacher.getByRole('textbox', { name: 'Assignment link' });
	await expect(linkField).toHaveValue(/\/assign\/take#a1\./);
	await check(teacher, 'share page');
	const link = await linkField.inputValue();

	const page = await phone(browser);
	// Study, on a first visit: the "ready offline" news comes while the cards are answered.
	await page.goto('/study');
	const news = page.getByRole('status').getByText('Ready to work offline');
	await expect(news).toBeVisible({ timeout: 30_000 });
	await check(page, 'study (first visit, news showing)');
	for (const rating of ['Again', 'Good', 'Easy']) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await check(page, `study, answer shown (${rating})`);
		await page.getByRole('button', { name: new RegExp(`^${rating}, next in`) }).click();
		await answerStored(page);
	}

	// A quiz: every question is checked and moved on from, with the bars in view.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
	const form = page.getByRole('form', { name: 'Choose your quiz' });
	for (const name of ['Type the answer', 'Places on the map', 'Match pairs'])
		await form.getByRole('checkbox', { name, exact: true }).uncheck();
	await form.getByRole('radio', { name: '5 questions', exact: true }).check();
	await check(page, 'quiz setup');
	await form.getByRole('button', { name: 'Start quiz' }).click();
	for (let i = 1; i <= 5; i++) {
		await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
		await check(page, `quiz question ${i}`);
		const order = page.getByRole('button', { name: 'Check order' });
		if (await order.isVisible()) await order.click();
		else {
			await page.getByRole('radio').first().check();
			await page.getByRole('button', { name: 'Check answer' }).click();
		}
		await expect(page.locator('[data-feedback]')).toBeFocused();
		await check(page, `quiz feedback ${i}`);
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
	await check(page, 'quiz result');

	// Missed: the card rated Again (and any quiz miss) is drilled.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Missed' }).click();
	await page.getByRole('button', { name: 'Review missed' }).click();
	await check(page, 'missed drill');
	const show = page.getByRole('button', { name: 'Show answer' });
	if (await show.isVisible()) await show.click();
	await check(page, 'missed drill, answer shown');
	await page.getByRole('button', { name: 'Stop reviewing' }).click();

	// The teacher's assignment, taken on this phone.
	await page.goto(link);
	await page.getByRole('textbox', { name: /Your name/ }).fill('Amira Haddad');
	await check(page, 'assignment intro');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (let i = 1; i <= 3; i++) {
		await expect(page.getByText(`Question ${i} of 3`)).toBeVisible();
		await check(page, `assignment question ${i}`);
		// A timeline is given as it stands; a choice is picked, a typed answer typed.
		const radio = page.getByRole('radio').first();
		if (await radio.isVisible()) await radio.check();
		else if (await page.getByRole('textbox').first().isVisible())
			await page.getByRole('textbox').first().fill('Mosul');
		await page.getByRole('button', { name: i < 3 ? 'Answer and go on' : 'Answer and finish' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Hand back your result' })).toBeVisible();
	await check(page, 'assignment done');
	const code = await page.getByRole('textbox', { name: 'Your result code' }).inputValue();
	await page.getByRole('link', { name: 'Assign → Taken by me' }).click();
	await expect(page.getByRole('region', { name: 'Taken by me' })).toBeVisible();
	await expect(page.getByText(/None yet/)).toHaveCount(0);
	await check(page, 'assign (student: taken by me)');

	// The teacher reads the code, and a mistyped one.
	await teacher.goto('/assign');
	await teacher.getByRole('link', { name: /^Open gradebook/ }).click();
	await teacher.getByLabel('Paste result codes').fill(`Amira: ${code}\nBen: SDR2-12345-ABCDE-FGHJK`);
	await teacher.getByRole('button', { name: 'Add to gradebook' }).click();
	await expect(teacher.getByText(/Added · Amira Haddad/)).toBeVisible();
	// The refused code says whose it was, and stays in the box on its line, name and all.
	await expect(teacher.getByText(/Refused · .*\(Ben\)$/)).toBeVisible();
	await expect(teacher.getByLabel('Paste result codes')).toHaveValue('Ben: SDR2-12345-ABCDE-FGHJK');
	await check(teacher, 'gradebook');

	// Settings: a damaged backup is refused in plain words (the detail stays behind "Details").
	await page.goto('/settings');
	await check(page, 'settings');
	await page.getByLabel('Import a backup').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backupText({}).slice(0, -20))
	});
	await expect(page.getByRole('alert').filter({ hasText: 'broken.json' })).toContainText(
		'This file is damaged or is not a Sourcedeck backup.'
	);
	await check(page, 'settings, backup refused');
	await page.getByLabel('Import a backup').setInputFiles({
		name: 'other.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ settings: [{ key: {} }] }))
	});
	await expect(page.getByRole('alert').filter({ hasText: 'other.json' })).toContainText(
		'This file is not a Sourcedeck backup.'
	);
	await check(page, 'settings, another file refused');

	await teacher.context().close();
	await page.context().close();
});

test('no sentence of the installed pack reads as developer wording, so the walk fails only on real leaks', async () => {
	const pack: unknown = JSON.parse(
		await readFile(new URL('../src/lib/content/generated/pack.json', import.meta.url), 'utf8')
	);
	const sentences: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') sentences.push(value);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	collect(pack);
	expect(sentences.length).toBeGreaterThan(100);
	expect(sentences.filter((sentence) => DEVELOPER_WORDING.test(sentence))).toEqual([]);
});
