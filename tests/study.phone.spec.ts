import { cardAnchor } from '../src/lib/domain/anchors';
import { quotedExcerpt } from '../src/lib/domain/quoted-excerpt';
import { qualify } from '../src/lib/domain/library';
import { expect, test } from '@playwright/test';
import { expectFitsAndAxeClean } from './axe';
import { answerStored } from './idb';
import { waitForServiceWorker } from './routes';
import { cardPrompt, currentPrompt, gradeByClicking, gradeByKeyboard, servedPack } from './study-helpers';

test('a phone study session survives reload and going offline; undo, missed and progress follow', async ({
	page,
	context
}) => {
	await page.goto('/study');
	const pack = await servedPack(page);
	await expect(page).toHaveTitle('Study · Sourcedeck');
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
	await waitForServiceWorker(page);
	await expect(page.getByText(/^\d+ left$/)).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Cards answered' })).toBeVisible();

	// First card: the answer comes with its source passage and the four ratings with their intervals.
	const missedPrompt = await currentPrompt(page);
	const missedCard = pack.cards.find((card) => card.prompt === missedPrompt)!;
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByText('Answer', { exact: true })).toBeVisible();
	await expect(page.getByText(missedCard.answer, { exact: true })).toBeVisible();
	const source = pack.sources.find((s) => s.id === missedCard.evidence[0]!.source)!;
	await expect(page.getByText(quotedExcerpt(missedCard.evidence[0]!.excerpt))).toBeVisible();
	await expect(page.getByRole('link', { name: source.title }).first()).toHaveAttribute(
		'href',
		`/sources#${cardAnchor(qualify(pack.id, missedCard.id))}`
	);
	for (const rating of ['Again', 'Hard', 'Good', 'Easy']) {
		// Named in words: "Again, next in 1 minute", not "Again 1m".
		await expect(
			page.getByRole('button', {
				name: new RegExp(`^${rating}, next in \\d+(\\.\\d)? (minute|hour|day|month|year)s?$`)
			})
		).toBeVisible();
	}
	await page.getByRole('button', { name: /^Again/ }).click();
	await expect(cardPrompt(page)).not.toHaveText(missedPrompt);
	await expect(page.getByRole('progressbar', { name: 'Cards answered' })).toHaveAttribute(
		'aria-valuetext',
		/^1 of /
	);

	// Then Good by keyboard and by button.
	await gradeByKeyboard(page, '3');
	await gradeByClicking(page, 'Good');

	// A reload continues with the same card.
	const beforeReload = await currentPrompt(page);
	await page.reload();
	await expect(cardPrompt(page)).toHaveText(beforeReload);

	// Offline: the app and the session keep working.
	await context.setOffline(true);
	await page.reload();
	await expect(cardPrompt(page)).toHaveText(beforeReload);
	await gradeByClicking(page, 'Good');

	// Undo (button) brings back exactly the card just graded.
	const graded = await gradeByKeyboard(page, '3');
	await expect(cardPrompt(page)).not.toHaveText(graded);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(cardPrompt(page)).toHaveText(graded);
	// And Ctrl+Z does the same.
	const again = await gradeByKeyboard(page, '3');
	await page.keyboard.press('Control+z');
	await expect(cardPrompt(page)).toHaveText(again);

	// The card rated Again is on the missed list, and the reviews show on the progress page.
	await page.goto('/missed');
	await expect(page.getByRole('heading', { level: 1, name: 'Missed cards' })).toBeVisible();
	await expect(page.getByText(missedPrompt).first()).toBeVisible();
	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect(page.getByText(/\b\d+ reviews?\b/).first()).toBeVisible();
});

test('typed answers accept another spelling of a name, and a wrong answer suggests Again', async ({
	page
}) => {
	await page.goto('/study');
	const pack = await servedPack(page);
	await page.getByRole('switch', { name: 'Type answers' }).check();
	const byPrompt = new Map(pack.cards.map((card) => [card.prompt, card]));
	const answer = page.getByRole('textbox', { name: 'Your answer' });
	let aliasAccepted = false;
	let wrongMarked = false;

	for (let i = 0; i < 20 && !(aliasAccepted && wrongMarked); i++) {
		const card = byPrompt.get(await currentPrompt(page));
		expect(card, 'the prompt on screen is a card of the pack').toBeDefined();
		const alias = card!.accepted.find((spelling) => spelling.toLowerCase() !== card!.answer.toLowerCase());
		if (!(await answer.isVisible())) {
			// A sentence or a place: revealed, never typed.
			await gradeByClicking(page, 'Easy');
		} else if (!aliasAccepted && alias) {
			await answer.fill(alias);
			await answer.press('Enter');
			await expect(page.getByText('Right', { exact: true })).toBeVisible();
			await expect(page.getByText(`You typed ${alias}.`)).toBeVisible();
			await expect(page.getByText(`Usually spelled ${card!.answer}.`)).toBeVisible();
			// A right answer suggests Good, and the suggestion takes focus: Enter accepts it.
			await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(cardPrompt(page)).not.toHaveText(card!.prompt);
			aliasAccepted = true;
		} else if (aliasAccepted) {
			await answer.fill('Atlantis');
			await answer.press('Enter');
			await expect(page.getByText('Not quite', { exact: true })).toBeVisible();
			await expect(page.getByText(card!.answer, { exact: true }).first()).toBeVisible();
			await expect(page.getByRole('button', { name: /^Again/ })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(cardPrompt(page)).not.toHaveText(card!.prompt);
			wrongMarked = true;
		} else {
			await gradeByClicking(page, 'Easy');
		}
	}
	expect(aliasAccepted && wrongMarked, 'a card with two spellings and another typed card came up').toBe(true);
	// The mode is kept for the next visit.
	await page.reload();
	await expect(page.getByRole('switch', { name: 'Type answers' })).toBeChecked();
});

test('contested cards say who claims them; when nothing is left, the next due time and other practice', async ({
	page
}) => {
	await page.goto('/study');
	const filter = page.getByRole('combobox', { name: 'Cards' });
	await filter.selectOption('kind:claim');
	await expect(page.getByText('Claim', { exact: true }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByText(/^Contested — claimed by /)).toBeVisible();

	// Easy sends a new card days away: twenty of them use up today's new cards and empty the queue.
	const showAnswer = page.getByRole('button', { name: 'Show answer' });
	const nothingLeft = page.getByRole('heading', { level: 2, name: /nothing left for now/ });
	await page.keyboard.press('4');
	const good = page.getByRole('button', { name: /^Good/ });
	for (let i = 0; i < 30; i++) {
		await expect(showAnswer.or(nothingLeft)).toBeVisible();
		if (await nothingLeft.isVisible()) break;
		await answerStored(page);
		await page.keyboard.press('Space');
		// The card on screen stays when the stored cards are read again after the answer before it.
		await expect(good).toBeVisible();
		await page.keyboard.press('4');
		await expect(good).toBeHidden();
	}
	await expect(nothingLeft).toBeVisible();
	await expect(page.getByText(/Next card due in \d+ days? \((tomorrow|on .+) at .+\)\./)).toBeVisible();
	await expect(page.getByText(/met today’s 20 new cards/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Extra practice: take a quiz' })).toHaveAttribute(
		'href',
		'/quiz'
	);
	await expect(page.getByRole('link', { name: /missed cards/i })).toHaveAttribute('href', '/missed');
	// Only claims were studied: the whole pack is one tap away (today's new cards are used up, though).
	await expect(page.getByText('You are studying Claims only.')).toBeVisible();
	await page.getByRole('button', { name: 'Study all cards' }).click();
	await expect(filter).toHaveValue('all');
	await expect(page.getByText('You are studying Claims only.')).toBeHidden();
	// The choice is saved once the study area is no longer busy.
	await answerStored(page);
	await page.reload();
	await expect(filter).toHaveValue('all');
});

test('a typed answer’s verdict comes into view above the rating buttons, not under them', async ({
	page
}) => {
	await page.goto('/study');
	await page.getByRole('combobox', { name: 'Cards' }).selectOption('kind:figure');
	await page.getByRole('switch', { name: 'Type answers' }).check();
	// The figures are read and the choices saved: the card on screen is the one to answer.
	await answerStored(page);
	const answer = page.getByRole('textbox', { name: 'Your answer' });
	await answer.fill('70');
	await answer.press('Enter');
	const verdict = page.getByText(/^You typed/);
	await expect(verdict).toBeVisible();
	const ratings = page.getByRole('group', { name: 'How well did you remember it?' });
	await expect(ratings).toBeVisible();
	// The buttons stay pinned above the bottom bar: what they would cover is scrolled up past them.
	await expect
		.poll(async () => {
			const [said, buttons] = [await verdict.boundingBox(), await ratings.boundingBox()];
			return said && buttons && said.y + said.height <= buttons.y;
		})
		.toBe(true);
	await expect(verdict).toBeInViewport({ ratio: 1 });
});

test('every study state passes axe, light and dark, and fits a 320px screen', async ({ page }) => {
	// A dozen axe runs over the whole page, each some seconds on a two-core machine.
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/study');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expectFitsAndAxeClean(page, 'front');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expectFitsAndAxeClean(page, 'answer');

	await page.getByRole('combobox', { name: 'Cards' }).selectOption('kind:claim');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByText(/^Contested — /)).toBeVisible();
	await expectFitsAndAxeClean(page, 'contested answer');

	await page.getByRole('switch', { name: 'Type answers' }).check();
	await page.getByRole('combobox', { name: 'Cards' }).selectOption('kind:place');
	const answer = page.getByRole('textbox', { name: 'Your answer' });
	const showAnswer = page.getByRole('button', { name: 'Show answer' });
	// Place cards start with sentences and maps; the first one with a typed answer comes soon.
	for (let i = 0; i < 20 && !(await answer.isVisible()); i++) await gradeByClicking(page, 'Easy');
	await expectFitsAndAxeClean(page, 'typed front');
	await answer.fill('Nowhere');
	await answer.press('Enter');
	await expect(page.getByText('Not quite', { exact: true })).toBeVisible();
	await expectFitsAndAxeClean(page, 'typed verdict');

	await page.getByRole('switch', { name: 'Type answers' }).uncheck();
	const nothingLeft = page.getByRole('heading', { level: 2, name: /nothing left for now/ });
	for (let i = 0; i < 30; i++) {
		await expect(showAnswer.or(nothingLeft)).toBeVisible();
		if (await nothingLeft.isVisible()) break;
		await gradeByClicking(page, 'Easy');
	}
	await expect(nothingLeft).toBeVisible();
	await expectFitsAndAxeClean(page, 'nothing left');
});

test('the ratings never cover the answer they grade: pinned above the bottom bar on a tall screen, after the answer on a short one', async ({
	page
}) => {
	const ratings = page.getByRole('group', { name: /how well did you remember/i });
	const answer = page.locator('.answer-region .answer');
	for (const [width, height, pinned] of [
		[412, 839, true],
		[320, 640, false],
		[206, 458, false]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/study');
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(answer).toBeVisible();
		await expect(ratings).toBeVisible();
		expect(await ratings.evaluate((group) => getComputedStyle(group).position), `${width}×${height}`).toBe(
			pinned ? 'sticky' : 'static'
		);
		if (!pinned) {
			// In the page's flow: the whole answer stands above the first rating.
			const answerBox = (await answer.boundingBox())!;
			const ratingsBox = (await ratings.boundingBox())!;
			expect(answerBox.y + answerBox.height).toBeLessThanOrEqual(ratingsBox.y);
		}
	}
});

test('the card stays where it is when Undo comes (with the first answer) and goes', async ({ page }) => {
	await page.goto('/study');
	await answerStored(page);
	const card = page.getByRole('article');
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeHidden();
	const before = (await card.boundingBox())!.y;
	await gradeByClicking(page, 'Good');
	await expect(undo).toBeVisible();
	expect((await card.boundingBox())!.y).toBe(before);
});
