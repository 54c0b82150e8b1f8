import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { qualifyPack } from '../src/lib/domain/library';
import { parsePack } from '../src/lib/domain/pack-file';
import { generateQuiz } from '../src/lib/domain/quiz/generate';
import { withinPacks } from '../src/lib/domain/quiz/within-packs';
import { assignmentSpec, decodeAssignment } from '../src/lib/domain/share/assignment-codec';
import { makeDocx, makePdf } from '../src/lib/content/documents/test-files';
import { expectNoAxeViolations } from './axe';
import { describeSource, firstVisit, paste, REPORT, row, status, UPDATE, VISIT } from './make-pack-page';

const TITLES = ['Report from Mosul', 'Visit to the troops', 'un-update'];

test('a teacher makes a pack from their documents, offline, assigns a quiz from it and studies it', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	// The first visit, online: the app and the maker's worker (with its place list) are cached.
	await firstVisit(page, context, async () => {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
		await page.getByRole('link', { name: 'Make a pack from your documents' }).click();
	});
	await context.setOffline(true);

	// A new draft says how it is kept, not that something is saved; its steps are numbered without a gap.
	await expect(
		page.getByRole('status').filter({ hasText: 'What you enter is kept on this device as you go.' })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /^\d\. / })).toHaveText([
		'1. The pack',
		'2. Sources',
		'3. Proposals',
		'4. Make the pack'
	]);

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
	for (const title of TITLES) await describeSource(page, title);
	await expect(page.getByRole('status').filter({ hasText: 'Draft saved on this device.' })).toBeVisible();
	// A source removed by mistake comes back with what was said about it.
	const second = page.getByRole('group', { name: TITLES[1]! });
	await second.getByRole('button', { name: `Remove “${TITLES[1]}”` }).click();
	await expect(second).toHaveCount(0);
	const putBack = page.getByRole('button', { name: `Put “${TITLES[1]}” back` });
	await expect(putBack).toBeFocused();
	await putBack.press('Enter');
	await expect(status(page, `“${TITLES[1]}” is back.`)).toBeVisible();
	await expect(second.getByLabel('How far to trust it (one line)')).toHaveValue(
		'A wire report: what officials say, unchecked.'
	);
	await expect(page.getByRole('list', { name: 'Sources' }).getByRole('group')).toHaveCount(3);

	// Closing the tab loses nothing: the draft comes back.
	await page.reload();
	await expect(page.getByRole('group', { name: 'un-update' })).toBeVisible();
	await expect(page.getByLabel('Title of the pack')).toHaveValue('Mosul, autumn 2016');

	// Step 3: proposals from the worker.
	await page.getByRole('button', { name: 'Find proposals' }).click();
	await expect(status(page, /^Found [\d,]+ proposals in \d+\.\d s\.$/)).toBeVisible();
	await expect(page.getByText(/^Keys:/)).toBeVisible();

	// Step 4: review. Split off a spelling (keyboard: "s" opens the split form), then undo the split.
	await row(page, /^Haider al-Abadi to review/).focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('s');
	const split = page.getByRole('group', { name: 'Names for the new proposal' });
	await expect(split.getByRole('checkbox', { name: 'Haider al-Abadi', exact: true })).toBeFocused();
	await split.getByRole('checkbox', { name: 'Hayder al-Abadi', exact: true }).check();
	// The passages naming that spelling alone come along, for the person to change.
	const passages = page.getByRole('group', { name: 'Passages for the new proposal' });
	await expect(
		passages.getByRole('checkbox', { name: /Prime Minister Hayder al-Abadi visited/ })
	).toBeChecked();
	await expect(passages.getByRole('checkbox', { name: /said Haider al-Abadi/ })).not.toBeChecked();
	await expectNoAxeViolations(page, 'the pack maker');
	await page.getByRole('button', { name: 'Split off the checked' }).click();
	await expect(status(page, 'Split “Hayder al-Abadi” off “Haider al-Abadi”.')).toBeVisible();
	await expect(row(page, /^Hayder al-Abadi to review/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Hayder al-Abadi' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo splitting “Haider al-Abadi”' }).click();
	await expect(row(page, /^Hayder al-Abadi/)).toHaveCount(0);

	// Edit (own words) and accept, with the passage highlighted in its source.
	await row(page, /^Haider al-Abadi to review/).click();
	await expect(page.locator('#review mark').first()).toContainText(/Ha[iy]der al-Abadi/);
	// Its words are the answer its card asks to recall: too long for that is said while typing.
	const ownWords = page.getByLabel('In your own words');
	await ownWords.fill('The prime minister of Iraq who said the city would be liberated within a few weeks');
	await expect(ownWords).toHaveAccessibleDescription(
		/16 words: its card asks to recall them, .* at most 12\./
	);
	await ownWords.fill('Prime minister of Iraq');
	await expect(ownWords).not.toHaveAccessibleDescription(/words: its card/);
	await page.getByRole('button', { name: 'Accept', exact: true }).click();
	await expect(status(page, 'Accepted “Haider al-Abadi”.')).toBeVisible();
	// Still found by its name, the words under it.
	await expect(row(page, /^Haider al-Abadi “Prime minister of Iraq” accepted/)).toBeVisible();

	// Merge a second spelling of one actor; accept the result in own words.
	await row(page, /^Iraqi security forces/).click();
	await page.getByLabel(/^Merge into/).selectOption({ label: 'Iraqi forces' });
	await page.getByRole('button', { name: 'Merge', exact: true }).click();
	await expect(row(page, /^Iraqi security forces merged/)).toBeVisible();
	await row(page, /^Iraqi forces to review/).click();
	await expect(page.locator('#review').getByText('also Iraqi security forces')).toBeVisible();
	await page.getByLabel('In your own words').fill('The Iraqi army and police');
	await page.getByRole('button', { name: 'Accept', exact: true }).click();

	// A claim, shown as who claims what and contested, accepted in the sentence drafted from its passage.
	await row(page, /^Critics claims:/).click();
	await expect(row(page, /^Critics claims:.*contested/)).toBeVisible();
	await expect(page.getByLabel('In your own words')).toHaveValue('');
	await page.getByRole('button', { name: 'Use the drafted sentence' }).click();
	await expect(page.getByLabel('In your own words')).toHaveValue(
		'According to Critics, the offensive was rushed.'
	);
	await page.getByRole('button', { name: 'Accept', exact: true }).click();

	// A place put where the person says: a tap on the offline map (Undo takes it back; arrow keys on the map move
	// the point, not the review's selection), then typed, a bad latitude refused in words first.
	await row(page, /^Bashiqa to review/).click();
	const coordinates = page.getByRole('group', { name: 'Coordinates' });
	// Too small a town for the place list: no coordinates until the person gives them.
	await expect(coordinates.getByText('None yet: type them, or tap the map.')).toBeVisible();
	await coordinates.getByRole('button', { name: 'Tap on a map' }).click();
	const map = coordinates.getByRole('application', { name: 'Map: where is Bashiqa?' });
	await expectNoAxeViolations(page, 'the pack maker');
	await map.click();
	await expect(status(page, 'Placed “Bashiqa” on the map.')).toBeVisible();
	await expect(coordinates.getByText(/^Placed by you at -?\d/)).toBeVisible();
	await map.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 3, name: 'Bashiqa' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo placing “Bashiqa”' }).click();
	await expect(coordinates.getByText('None yet: type them, or tap the map.')).toBeVisible();
	await coordinates.getByLabel('Latitude').fill('95');
	await coordinates.getByLabel('Longitude').fill('43.34');
	await coordinates.getByRole('button', { name: 'Use these coordinates' }).click();
	await expect(coordinates.getByText('Latitude must be between -90 and 90 (it is 95).')).toBeVisible();
	await coordinates.getByLabel('Latitude').fill('36.46 N');
	await coordinates.getByLabel('Country').fill('Iraq');
	await coordinates.getByRole('button', { name: 'Use these coordinates' }).click();
	await expect(status(page, 'Placed “Bashiqa” on the map.')).toBeVisible();
	await expect(coordinates.getByText('Placed by you at 36.46, 43.34.')).toBeVisible();
	await page.getByLabel('In your own words').fill('A town the Peshmerga took east of the city');
	await page.getByRole('button', { name: 'Accept', exact: true }).click();
	await expect(row(page, /^Bashiqa “A town the Peshmerga took east of the city” accepted/)).toBeVisible();

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
	await expectNoAxeViolations(page, 'the pack maker');

	// Step 5: compile with the built-in pack's rules, preview, save, export.
	await page.getByRole('button', { name: 'Compile the pack' }).click();
	const ready = status(page, /^Ready: \d+ cards from 5 entries\.$/);
	await expect(ready).toBeVisible();
	const cards = Number(/\d+/.exec((await ready.textContent())!)![0]);
	const preview = page.getByRole('list', { name: /^Cards/ });
	await expect(preview).toContainText('Who is Haider al-Abadi?');
	await expect(preview).toContainText('Who claims that');
	await page.getByRole('button', { name: 'Save to the library' }).click();
	await expect(status(page, /“Mosul, autumn 2016” installed/)).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the pack file' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^mosul-autumn-2016-.*\.sourcedeck-pack\.json$/);
	const file = parsePack(JSON.parse(await readFile(await download.path(), 'utf8')));
	if (!file.ok) throw new Error(file.problem.details.join('; '));
	const made = file.pack;
	await expectNoAxeViolations(page, 'the pack maker');

	// Assign a quiz from the made pack alone: the link names it, and its questions are the made pack's cards.
	await page.getByRole('link', { name: 'Assign a quiz' }).click();
	// The click starts the navigation; the pack maker's own title fields stay until the assign page is there.
	await expect(page.getByRole('heading', { level: 1, name: 'Assign a quiz' })).toBeVisible();
	await page.getByLabel('Title').fill('Mosul in November');
	const packs = page.getByRole('group', { name: 'Packs' });
	await packs.getByRole('checkbox', { name: made.title }).check();
	await packs.getByRole('checkbox', { name: meta.title }).uncheck();
	await expect(page.getByRole('group', { name: 'Sources' }).getByRole('checkbox')).toHaveCount(TITLES.length);
	await page.getByLabel('Number of questions').fill('5');
	await page.getByRole('button', { name: 'Create and share' }).click();
	const link = await page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
	const decoded = decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.error.message);
	expect(decoded.set.packs).toEqual([{ id: made.id, version: made.version, title: made.title }]);
	const questions = generateQuiz(withinPacks(qualifyPack(made), [made.id]), assignmentSpec(decoded.set));
	expect(questions.length).toBeGreaterThan(0);
	expect(questions.every((q) => q.cardId.startsWith(`${made.id}/`))).toBe(true);
	await page.goto(link);
	await page.getByRole('textbox', { name: /Your name/ }).fill('Noor Saleh');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.locator('#quiz-prompt')).toHaveText(questions[0]!.prompt);

	// Study it like any pack: the built-in pack off, the made pack's first card shows its excerpt.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
	const builtIn = page.getByRole('list', { name: 'Packs' }).getByRole('article', { name: meta.title });
	// A pack made here says when it was saved, not its version id.
	const madeEntry = page.getByRole('list', { name: 'Packs' }).getByRole('article', { name: made.title });
	await expect(madeEntry.getByText(/^Saved \w{3}, \d{1,2} \w{3} \d{4}, \d\d:\d\d$/)).toBeVisible();
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

test('a country is placed as one; a place the list knows only far away is asked about, not guessed', async ({
	page,
	context
}) => {
	await firstVisit(page, context, () => page.goto('/library/new').then(() => undefined));
	await paste(
		page,
		'Report from Syria',
		'Deir ez-Zor, 5 June 2017. Fighters left Deir ez-Zor for the city of Palmyra on Monday, the army said. Many fled across Syria to the east. In Deir ez-Zor the army waited, and in Palmyra the fighters dug in near the border of Syria.'
	);
	await page.getByRole('button', { name: 'Find proposals' }).click();
	await expect(status(page, /^Found [\d,]+ proposals in \d+\.\d s\.$/)).toBeVisible();
	const coordinates = page.getByRole('group', { name: 'Coordinates' });
	// The city list holds no countries: "Syria" found Soria, in Spain.
	await row(page, /^Syria to review/).click();
	await expect(coordinates).toContainText('From the place list: the country Syria (35.02, 38.49).');
	// Palmyra of Syria is not in the city list; a Palmira of Colombia is, far from Deir ez-Zor.
	await row(page, /^Palmyra to review/).click();
	await expect(coordinates).toContainText(
		'The place list knows “Palmyra” only far from your documents’ other places'
	);
	await expect(coordinates.getByLabel('Latitude')).toHaveValue('');
	const far = coordinates.getByLabel('A place of that name in the place list');
	await expect(far.getByRole('option', { name: /^Palmira, Colombia/ })).toBeAttached();
	await far.selectOption({
		label: (await far.getByRole('option', { name: /^Palmira, Colombia/ }).textContent())!
	});
	await expect(coordinates.getByText(/^Placed by you at 3\.5/)).toBeVisible();
});

test('Word and PDF files open offline once their readers are kept on the device', async ({
	page,
	context
}) => {
	await firstVisit(page, context, async () => {
		await page.goto('/library/new');
	});
	const readers = page.getByRole('status').filter({ hasText: /Word and PDF/ });
	await expect(readers).toContainText('not on this device yet');
	await page.getByRole('button', { name: 'Keep the readers for offline use' }).click();
	await expect(readers).toContainText('kept on this device');

	await context.setOffline(true);
	await page.reload();
	await expect(readers).toContainText('kept on this device');
	const files = page.getByLabel('Or open files');
	await files.setInputFiles({
		name: 'brief.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from(makeDocx(['Iraqi forces entered Mosul on 3 November 2016.']))
	});
	await expect(status(page, 'Added “brief.docx”')).toBeVisible();
	await files.setInputFiles({
		name: 'memo.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from(makePdf(['The army said it took the airport of Mosul.']))
	});
	await expect(status(page, 'Added “memo.pdf”')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Sources' })).toContainText('brief');
	await expectNoAxeViolations(page, 'the pack maker');
});

test('a problem with a source leads to the field that fixes it', async ({ page }) => {
	await page.goto('/library/new');
	await paste(page, 'Wire report', REPORT);
	await page.getByRole('button', { name: 'Compile the pack' }).click();
	const problem = page
		.getByRole('list', { name: 'Problems to fix' })
		.getByRole('listitem')
		.filter({ hasText: '“Wire report” needs a note on how far to trust it (step 2).' });
	await problem.getByRole('button', { name: 'Show it' }).click();
	await expect(
		page.getByRole('group', { name: 'Wire report' }).getByLabel('How far to trust it (one line)')
	).toBeFocused();
});
