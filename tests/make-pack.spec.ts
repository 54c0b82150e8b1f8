import { expect, test, type Page } from '@playwright/test';
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { waitForServiceWorker } from './routes';
import { expectAxeClean } from './library-page';

const REPORT = `Mosul, 3 November 2016. Iraqi forces entered the eastern districts of Mosul on Tuesday, the army said. "We will liberate the city within weeks," said Haider al-Abadi, the prime minister of Iraq. About 5,000 fighters of the Islamic State remain in the city, according to the Pentagon.`;
const VISIT = `Baghdad, 10 November 2016. Prime Minister Hayder al-Abadi visited Iraqi security forces near Mosul on Thursday. Critics claim the offensive was rushed. The Kurdish Peshmerga took the town of Bashiqa on 7 November 2016.`;
const UPDATE = `Erbil, 12 November 2016. The United Nations said that 50,000 people have fled Mosul since the offensive began. ISIS still holds the west of the city, where the Islamic State has its last stronghold in Iraq.`;
const TITLES = ['Report from Mosul', 'Visit to the troops', 'un-update'];

async function paste(page: Page, title: string, text: string) {
	await page.getByLabel('Title of the pasted source').fill(title);
	await page.getByLabel('Text of the source').fill(text);
	await page.getByRole('button', { name: 'Add the pasted text' }).click();
	await expect(page.getByRole('group', { name: title })).toBeVisible();
}

const row = (page: Page, name: RegExp) => page.locator('#review').getByRole('button', { name });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('a teacher makes a pack from their documents, offline, and studies it', async ({ page, context }) => {
	// The first visit, online: the app and the maker's worker (with its place list) are cached.
	await page.goto('/');
	await waitForServiceWorker(page);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
	// The worker fetches its place list (through the service worker, which keeps it).
	const places = context.waitForEvent('response', {
		predicate: (response) => /\/cities-[^/]*\.pbf$/.test(response.url()) && response.ok()
	});
	await page.getByRole('link', { name: 'Make a pack from your documents' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Make a pack from your documents' })
	).toBeVisible();
	await places;
	await context.setOffline(true);

	// Step 1 and 2: the pack, two pasted documents and one opened file; bad input is refused.
	await page.getByLabel('Title of the pack').fill('Mosul, autumn 2016');
	await page.getByLabel('Description').fill('Who did what around Mosul in November 2016.');
	await page.getByLabel('Topic').fill('Mosul');
	await paste(page, TITLES[0]!, REPORT);
	await paste(page, TITLES[1]!, VISIT);
	await page
		.getByLabel('Or open files')
		.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') });
	await expect(page.getByRole('list', { name: 'Not added' })).toContainText('“empty.txt” is empty');
	await page
		.getByLabel('Or open files')
		.setInputFiles({ name: 'un-update.txt', mimeType: 'text/plain', buffer: Buffer.from(UPDATE) });
	await expect(status(page, 'Added “un-update.txt”')).toBeVisible();
	for (const title of TITLES) {
		const source = page.getByRole('group', { name: title });
		await source.getByLabel('Kind').selectOption('news report');
		await source
			.getByLabel('How far to trust it (one line)')
			.fill('A wire report: what officials say, unchecked.');
	}
	await expect(page.getByRole('status').filter({ hasText: 'Draft saved on this device.' })).toBeVisible();

	// Closing the tab loses nothing: the draft comes back.
	await page.reload();
	await expect(page.getByRole('group', { name: 'un-update' })).toBeVisible();
	await expect(page.getByLabel('Title of the pack')).toHaveValue('Mosul, autumn 2016');

	// Step 3: proposals from the worker.
	await page.getByRole('button', { name: 'Find proposals' }).click();
	await expect(status(page, /^Found \d+ proposals in \d+ ms\.$/)).toBeVisible();

	// Step 4: review. Edit (own words) and accept, with the passage highlighted in its source.
	await row(page, /^Haider al-Abadi to review/).click();
	await expect(page.locator('#review mark').first()).toContainText(/Ha[iy]der al-Abadi/);
	await page.getByLabel('In your own words').fill('Prime minister of Iraq');
	await page.getByRole('button', { name: 'Accept', exact: true }).click();
	await expect(status(page, 'Edited “Haider al-Abadi”.')).toBeVisible();
	await expect(row(page, /^Prime minister of Iraq accepted/)).toBeVisible();

	// Merge a second spelling of one actor; accept the result in own words.
	await row(page, /^Iraqi security forces/).click();
	await page.getByLabel(/^Merge into/).selectOption({ label: 'Iraqi forces' });
	await page.getByRole('button', { name: 'Merge', exact: true }).click();
	await expect(row(page, /^Iraqi security forces merged/)).toBeVisible();
	await row(page, /^Iraqi forces to review/).click();
	await expect(page.locator('#review').getByText('also Iraqi security forces')).toBeVisible();
	await page.getByLabel('In your own words').fill('The Iraqi army and police');
	await page.getByRole('button', { name: 'Accept', exact: true }).click();

	// A claim, shown as who claims what and contested, accepted in own words.
	await row(page, /^Critics claims:/).click();
	await expect(row(page, /^Critics claims:.*contested/)).toBeVisible();
	await page.getByLabel('In your own words').fill('the offensive was rushed');
	await page.getByRole('button', { name: 'Accept', exact: true }).click();

	// Keyboard: accept a figure with "a"; reject with the button, undo, reject with "r".
	await row(page, /^About 5,000 fighters/).focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('a');
	await expect(row(page, /^About 5,000 fighters accepted/)).toBeVisible();
	await row(page, /^Kurdish Peshmerga/).click();
	await page.getByRole('button', { name: 'Reject', exact: true }).click();
	await expect(row(page, /^Kurdish Peshmerga rejected/)).toBeVisible();
	await page.getByRole('button', { name: 'Undo rejecting “Kurdish Peshmerga”' }).click();
	await expect(row(page, /^Kurdish Peshmerga to review/)).toBeVisible();
	await row(page, /^Kurdish Peshmerga/).focus();
	await page.keyboard.press('r');
	await expect(row(page, /^Kurdish Peshmerga rejected/)).toBeVisible();
	await expectAxeClean(page);

	// Step 5: compile with the built-in pack's rules, preview, save, export.
	await page.getByRole('button', { name: 'Compile the pack' }).click();
	const ready = status(page, /^Ready: \d+ cards from 4 entries\.$/);
	await expect(ready).toBeVisible();
	const cards = Number(/\d+/.exec((await ready.textContent())!)![0]);
	const preview = page.getByRole('list', { name: /^Cards/ });
	await expect(preview).toContainText('Who is Haider al-Abadi?');
	await expect(preview).toContainText('Who claims that');
	await page.getByRole('button', { name: 'Save to the library' }).click();
	await expect(status(page, /“Mosul, autumn 2016” installed/)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the pack file' }).click();
	expect((await download).suggestedFilename()).toMatch(/^mosul-autumn-2016-.*\.sourcedeck-pack\.json$/);
	await expectAxeClean(page);

	// Study it like any pack: the built-in pack off, the made pack's first card shows its excerpt.
	await page.getByRole('link', { name: '← Library' }).click();
	const builtIn = page.getByRole('list', { name: 'Packs' }).getByRole('article', { name: meta.title });
	await builtIn.getByRole('switch', { name: 'Use in Today and Study' }).click();
	await expect(builtIn.getByRole('switch', { name: 'Use in Today and Study' })).not.toBeChecked();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click();
	// Once Study has read the library: only the made pack's cards are there.
	await expect(page.getByRole('option', { name: `All cards (${cards})` })).toBeAttached();
	await page.getByRole('button', { name: 'Show answer' }).click();
	// The merged actor carries the passages of both spellings.
	const source = page.locator('.source-line').first();
	await expect(source.getByRole('link')).toHaveText(new RegExp(`^(${TITLES.join('|')})$`));
	const excerpt = (await source.locator('.excerpt').textContent())!.slice(1, -1);
	expect([REPORT, VISIT, UPDATE].some((text) => text.includes(excerpt))).toBe(true);
});
