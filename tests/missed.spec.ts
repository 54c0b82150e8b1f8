import { expect, test, type Page } from '@playwright/test';
import { expectAxeCleanInBothThemes } from './axe';
import { DAY, HOUR } from '../src/lib/domain/time';
import { qualifyPack } from '../src/lib/domain/library';
import { backupText, card, importThroughSettings, pack } from './backup-fixture';
import { SECOND_PACK, secondPackBackup } from './second-pack';

import { cardAnchor as anchor } from '../src/lib/domain/anchors';
import { quotedExcerpt } from '../src/lib/domain/quoted-excerpt';
import { expectNoSidewaysScroll } from './layout';
const BAGHDAD = card('baghdad:place-country');
const FALLUJA = card('falluja:place-country');
const RAMADI = card('ramadi:place-country');

/** Baghdad missed three times (study and quiz), Falluja a leech (9 misses in all), Ramadi 20 days ago. */
function missesBackup(settings: { key: string; value: unknown }[] = [], now = Date.now()) {
	return backupText({
		settings,
		misses: [
			{ id: 1, cardId: BAGHDAD.id, at: now - 3 * DAY, from: 'study' },
			{ id: 2, cardId: BAGHDAD.id, at: now - 2 * DAY, from: 'study', given: 'Syria' },
			{ id: 3, cardId: BAGHDAD.id, at: now - 2 * HOUR, from: 'quiz', given: 'Iran', attemptId: 'q1' },
			...Array.from({ length: 8 }, (_, i) => ({
				id: 10 + i,
				cardId: FALLUJA.id,
				at: now - (60 + i) * DAY,
				from: 'study' as const,
				clearedAt: now - 50 * DAY
			})),
			{ id: 20, cardId: FALLUJA.id, at: now - 5 * DAY, from: 'quiz', given: 'Jordan' },
			{ id: 30, cardId: RAMADI.id, at: now - 20 * DAY, from: 'study' }
		]
	});
}

const list = (page: Page) => page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
const item = (page: Page, prompt: string) =>
	list(page)
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: prompt }) });

test('first launch: nothing missed, with a way to Study', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/missed');
	await expect(page).toHaveTitle('Missed cards · Sourcedeck');
	await expect(page.getByRole('heading', { level: 1, name: 'Missed cards' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nothing missed in the last 14 days' })).toBeVisible();
	await expect(page.getByRole('status')).toHaveCount(0);
	// Nothing is stored yet, so nothing was read: no worker, no database created by looking.
	expect(workers).toEqual([]);
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
	await page.getByRole('link', { name: 'Go to Study' }).click();
	await expect(page).toHaveURL(/\/study$/);
});

test('lists misses newest first with answer, given answer, count, where, source and leech hint', async ({
	page
}) => {
	// Midday: "last today" for a miss two hours ago, which just after midnight was yesterday (it failed at 00:05).
	const midday = new Date();
	midday.setHours(12, 0, 0, 0);
	await page.clock.setFixedTime(midday);
	await importThroughSettings(page, missesBackup([], midday.getTime()));
	await page.goto('/missed');
	const items = list(page).getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0).getByRole('heading')).toHaveText(BAGHDAD.prompt);
	await expect(items.nth(1).getByRole('heading')).toHaveText(FALLUJA.prompt);

	const baghdad = item(page, BAGHDAD.prompt);
	await expect(baghdad).toContainText('Missed 3 times in study and in a quiz, last today.');
	await expect(baghdad.getByRole('term')).toHaveText(['Answer', 'You said']);
	await expect(baghdad.getByRole('definition')).toHaveText([BAGHDAD.answer, 'Iran']);
	await expect(baghdad).not.toContainText('Hard card');
	const source = baghdad.getByRole('link');
	await expect(source).toHaveAttribute('href', `/sources#${anchor(BAGHDAD.id)}`);
	// The source by its title, as Study shows it, not by its id.
	const baghdadSource = pack.sources.find((s) => s.id === BAGHDAD.evidence[0]!.source)!;
	await expect(source).toHaveText(baghdadSource.title);
	await expect(baghdad).not.toContainText(baghdadSource.id);
	await expect(baghdad).toContainText(quotedExcerpt(BAGHDAD.evidence[0]!.excerpt));

	const falluja = item(page, FALLUJA.prompt);
	await expect(falluja).toContainText('Missed once in a quiz, last 5 days ago.');
	await expect(falluja).toContainText('Hard card: missed 9 times in all');
	await expect(falluja).toContainText('read the passage below in its source');
	await expect(page.getByText('2 cards, 1 of them hard')).toBeVisible();

	// A wider window brings in Ramadi, and the choice is kept.
	await page.getByRole('spinbutton', { name: 'Missed in the last days' }).fill('30');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(items).toHaveCount(3);
	await expect(items.nth(2).getByRole('heading')).toHaveText(RAMADI.prompt);
	await page.getByRole('spinbutton', { name: 'Missed in the last days' }).fill('0');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Days' })).toHaveText(
		'Days must be between 1 and 365.'
	);
	await expect(page.getByRole('spinbutton', { name: 'Missed in the last days' })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await page.reload();
	await expect(page.getByRole('spinbutton', { name: 'Missed in the last days' })).toHaveValue('30');
	await expect(items).toHaveCount(3);

	// A phone at 320px (or 200% zoom) never scrolls sideways, even with data.
	await page.setViewportSize({ width: 320, height: 640 });
	await expectNoSidewaysScroll(page, 'Missed cards at 320 px');
	await page.setViewportSize({ width: 1280, height: 720 });

	await source.click();
	await expect(page).toHaveURL(new RegExp(`/sources#${anchor(BAGHDAD.id)}$`));
	await expect(page.locator(`#${anchor(BAGHDAD.id)}`)).toBeFocused();

	await page.goto('/missed');
	await expect(items).toHaveCount(3);
	await expectAxeCleanInBothThemes(page, 'missed cards');
});

test('a matching miss an older version stored whole says only the card’s own pair', async ({ page }) => {
	const name = pack.entities.find((e) => e.id === BAGHDAD.entity)!.name;
	const whole = `Mosul → Iraq; ${name} → Syria; Raqqa → Syria; Falluja → Iraq`;
	const at = Date.now() - HOUR;
	await importThroughSettings(
		page,
		backupText({ misses: [{ id: 1, cardId: BAGHDAD.id, at, from: 'quiz', given: whole, attemptId: 'q1' }] })
	);
	await page.goto('/missed');
	const baghdad = item(page, BAGHDAD.prompt);
	await expect(baghdad.getByRole('term')).toHaveText(['Answer', 'You said']);
	await expect(baghdad.getByRole('definition').nth(1)).toHaveText(`${name} → Syria`);
});

test('Review missed drills each card until it is answered right once, then the list is empty', async ({
	page
}) => {
	await importThroughSettings(page, missesBackup());
	await page.goto('/missed');
	await expect(list(page).getByRole('listitem')).toHaveCount(2);
	await page.getByRole('button', { name: 'Review missed' }).click();

	const drill = page.getByRole('region', { name: 'Review missed' });
	await expect(drill).toContainText('2 cards left');
	await expect(drill).toContainText(BAGHDAD.prompt);
	await expect(drill.getByText(BAGHDAD.prompt)).toBeFocused();
	await drill.getByRole('button', { name: 'Show answer' }).click();
	await expect(drill.getByRole('heading', { name: `Answer: ${BAGHDAD.answer}` })).toBeVisible();
	await expect(drill.getByRole('link', { name: /./ })).toHaveAttribute(
		'href',
		`/sources#${anchor(BAGHDAD.id)}`
	);
	await drill.getByRole('button', { name: 'I got it wrong' }).click();

	// Wrong: Baghdad goes to the back; Falluja is next.
	await expect(drill).toContainText(FALLUJA.prompt);
	await expect(drill).toContainText('2 cards left');
	await drill.getByRole('button', { name: 'Show answer' }).click();
	await drill.getByRole('button', { name: 'I got it right' }).click();
	await expect(drill).toContainText('1 card left');
	await expect(drill).toContainText(BAGHDAD.prompt);
	await drill.getByRole('button', { name: 'Show answer' }).click();
	await drill.getByRole('button', { name: 'I got it right' }).click();

	await expect(page.getByRole('status').filter({ hasText: 'Well done' })).toHaveText(
		'Well done: every card answered right (2 cards, after 1 wrong answer).'
	);
	// Not "nothing missed": there were misses, all cleared; a longer period would list none of them either.
	await expect(page.getByRole('heading', { name: 'Nothing left to review' })).toBeVisible();
	await expect(page.getByRole('spinbutton', { name: /^Missed in the last/ })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Nothing missed in the last 14 days' })).toBeVisible();

	// The wrong answer rated Baghdad Again in its schedule: Progress counts one review.
	await page.goto('/progress');
	await expect(page.getByTestId('total-reviews')).toHaveText('1 review');
});

test('the drill takes typed answers when typed mode is on, forgiving typos', async ({ page }) => {
	await importThroughSettings(page, missesBackup([{ key: 'typedAnswers', value: true }]));
	await page.goto('/missed');
	await page.getByRole('button', { name: 'Review missed' }).click();
	const drill = page.getByRole('region', { name: 'Review missed' });
	const answer = drill.getByLabel('Your answer');
	await expect(answer).toBeFocused();
	await answer.fill('Irak');
	await drill.getByRole('button', { name: 'Check' }).click();
	await expect(drill.getByRole('status')).toHaveText(/^Right/);
	await drill.getByRole('button', { name: 'I got it right' }).click();

	await drill.getByLabel('Your answer').fill('Jordan');
	await drill.getByRole('button', { name: 'Check' }).click();
	await expect(drill.getByRole('status')).toHaveText('Not quite: you wrote “Jordan”.');
	await drill.getByRole('button', { name: 'I got it wrong' }).click();
	await expect(drill).toContainText('1 card left');
	await drill.getByRole('button', { name: 'Stop reviewing' }).click();

	const items = list(page).getByRole('listitem');
	await expect(items).toHaveCount(1);
	await expect(items.first().getByRole('definition').nth(1)).toHaveText('Jordan');
	await expect(items.first()).toContainText('Missed 2 times');
});

test('with a second pack on, each missed card names its pack', async ({ page }) => {
	const other = qualifyPack(SECOND_PACK).cards[0]!;
	const now = Date.now();
	await importThroughSettings(
		page,
		secondPackBackup({
			misses: [
				{ id: 1, cardId: BAGHDAD.id, at: now - 2 * HOUR, from: 'study' },
				{ id: 2, cardId: other.id, at: now - HOUR, from: 'quiz', given: 'Jordan', attemptId: 'q1' }
			]
		})
	);
	await page.goto('/missed');
	const items = list(page).getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText(`Pack: ${SECOND_PACK.title}`);
	await expect(items.nth(0).getByRole('heading')).toHaveText(other.prompt);
	await expect(items.nth(1)).toContainText(`Pack: ${pack.title}`);
	await page.getByRole('button', { name: 'Review missed' }).click();
	const drill = page.getByRole('region', { name: 'Review missed' });
	await expect(drill).toContainText(`Pack: ${SECOND_PACK.title}`);
});
