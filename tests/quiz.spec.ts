import { expect, test, type Locator, type Page } from '@playwright/test';
import { createMapProjection } from '../src/lib/content/map/projection';
import type { Pack } from '../src/lib/domain/pack';
import { generateQuiz } from '../src/lib/domain/quiz/generate';
import type { LatLon, Question, QuizMode, QuizSpec } from '../src/lib/domain/quiz/types';
import { FIRST_QUESTION_WAIT, MODE_BOXES, servedPack, startQuiz } from './quiz-page';
import { expectFitsAndAxeClean } from './axe';
import { readStore } from './idb';
import { waitForServiceWorker } from './routes';

const projection = createMapProjection();

/** Clicks the map where a latitude and longitude lie. */
async function clickMap(map: Locator, at: LatLon) {
	await map.scrollIntoViewIfNeeded();
	const [x, y] = projection([at.lon, at.lat])!;
	const position = await map.evaluate(
		(svg, [px, py]) => {
			const p = new DOMPoint(px, py).matrixTransform((svg as SVGSVGElement).getScreenCTM()!);
			const box = svg.getBoundingClientRect();
			return { x: p.x - box.left, y: p.y - box.top };
		},
		[x, y] as const
	);
	await map.click({ position });
}

/** Answers the question on screen, rightly or deliberately wrongly, through the page's own controls. */
async function answer(page: Page, q: Question, right: boolean) {
	const check = page.getByRole('button', { name: /^Check/ });
	switch (q.mode) {
		case 'multiple-choice':
		case 'map-identify': {
			const wrong = q.options.findIndex((o, i) => i !== q.correctIndex && o !== q.options[q.correctIndex]);
			const index = right ? q.correctIndex : wrong;
			// Keyboard: the number picks the option, Enter checks it.
			await page.locator('#quiz-prompt').focus();
			await page.keyboard.press(String(index + 1));
			await expect(page.getByRole('radio').nth(index)).toBeChecked();
			await page.keyboard.press('Enter');
			return;
		}
		case 'true-false':
			await page.getByRole('radio', { name: q.truth === right ? 'True' : 'False' }).check();
			return check.click();
		case 'typed':
			await page.getByLabel('Your answer').fill(right ? q.accepted[0]! : 'Zzyzx Quux');
			return page.getByLabel('Your answer').press('Enter');
		case 'timeline':
			for (let i = 0; i < q.correctOrder.length; i++) {
				const label = q.items.find((item) => item.id === q.correctOrder[i])!.label;
				const rows = page.locator('form.quiz-question li');
				const at = await rows.evaluateAll(
					(els, l) => els.findIndex((el) => el.textContent?.includes(l)),
					label
				);
				for (let k = at; k > i; k--) await page.getByRole('button', { name: `Move ${label} up` }).click();
			}
			return check.click();
		case 'matching':
			for (const item of q.left) {
				await page.getByLabel(item.label, { exact: true }).selectOption(q.solution[item.id]!);
			}
			return check.click();
		case 'map':
			await clickMap(page.getByRole('application'), right ? q.target : { lat: 24, lon: 58 });
			return check.click();
	}
}

/** The answer with one letter of its longest word dropped, when that word is long enough to forgive it. */
function nearMiss(answer: string): string | null {
	const longest = answer.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
	if (longest.length < 8 || /\d/.test(longest)) return null;
	return answer.replace(longest, longest.slice(0, 3) + longest.slice(4));
}

const feedback = (page: Page) => page.locator('[data-feedback]');

/** The feedback names the question's source by its title, linked to the card on /sources; never by its id. */
async function expectSourceTitle(page: Page, pack: Pack, q: Question) {
	const source = pack.sources.find((s) => s.id === q.evidence[0]?.source);
	if (!source) return;
	const region = page.getByRole('region', { name: /^(Right|Partly right|Not quite)/ });
	await expect(region.getByRole('link', { name: source.title, exact: true })).toBeVisible();
	await expect(region).not.toContainText(source.id);
}

/** A 10-question quiz of mixed kinds, two answered wrong on purpose; the score and /missed reflect it. */
async function journey(page: Page, seed: string) {
	const { questions, pack } = await startQuiz(page, seed, ['multiple-choice', 'true-false', 'typed', 'map']);
	expect(questions).toHaveLength(10);
	expect(new Set(questions.map((q) => q.mode)).size).toBeGreaterThanOrEqual(3);
	expect(questions.some((q) => q.mode === 'map')).toBe(true);
	const wrong = questions
		.map((q, i) => i)
		.filter((i) => questions[i]!.mode !== 'map')
		.slice(0, 2);

	for (const [i, q] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: q.prompt })).toBeVisible();
		await answer(page, q, !wrong.includes(i));
		await expect(feedback(page)).toHaveText(wrong.includes(i) ? /Not quite/ : /Right/);
		if (wrong.includes(i)) await expect(page.getByText('Right answer:')).toBeVisible();
		await expectSourceTitle(page, pack, q);
		if (q.mode === 'map') await expect(page.getByText(/Your tap: \d+ km away/)).toBeVisible();
		await page.keyboard.press('Enter');
	}

	await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
	await expect(page.locator('.score')).toHaveText(/8\s*out of 10/);
	await expect(page.getByText(/8 right, 2 wrong/)).toBeVisible();
	await page.getByRole('link', { name: 'Review missed' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Missed cards' })).toBeVisible();
	for (const i of wrong) {
		const card = pack.cards.find((c) => c.id === questions[i]!.cardId)!;
		await expect(page.getByRole('heading', { level: 3, name: card.prompt })).toBeVisible();
	}
	await expect(page.locator('ol.list > li')).toHaveCount(2);
}

test('a true/false miss shows on Missed with the statement the learner judged, not a bare “True”', async ({
	page
}) => {
	const { questions, pack } = await startQuiz(page, 'tf-missed', ['true-false'], 5);
	for (const [i, q] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
		await answer(page, q, i !== 0);
		await expect(feedback(page)).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await page.getByRole('link', { name: 'Review missed' }).click();
	const missed = questions[0]!;
	if (missed.mode !== 'true-false') throw new Error('expected a true/false question');
	const card = pack.cards.find((c) => c.id === missed.cardId)!;
	const item = page.locator('ol.list > li').filter({ has: page.getByRole('heading', { name: card.prompt }) });
	await expect(item.locator('dt:text-is("You said") + dd')).toHaveText(
		`“${missed.statement.replace(/[.;:]+$/, '')}” is ${missed.truth ? 'false' : 'true'}`
	);
});

test('a mixed quiz: answers, feedback, score and the misses on /missed', async ({ page }) => {
	await journey(page, 'journey-1');
});

test('a wrong pair in a matching question: Missed says, for each card, only the pair it got wrong', async ({
	page
}) => {
	const { questions, pack } = await startQuiz(page, 'matching-pairs', ['typed', 'matching']);
	const index = questions.findIndex((q) => q.mode === 'matching');
	expect(index, 'the quiz has a matching question').toBeGreaterThanOrEqual(0);
	const matching = questions[index]!;
	if (matching.mode !== 'matching') throw new Error('not a matching question');
	// The first item and the first whose right label differs from its swap labels: both their cards are missed.
	const a = matching.left[0]!;
	const b = matching.left.find((item) => matching.solution[item.id] !== matching.solution[a.id])!;
	const swapped = [a, b] as const;
	for (const [i, q] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
		if (i === index) {
			for (const item of matching.left) {
				const other = item === a ? b : item === b ? a : item;
				await page.getByLabel(item.label, { exact: true }).selectOption(matching.solution[other.id]!);
			}
			await page.getByRole('button', { name: /^Check/ }).click();
			await expect(feedback(page)).toHaveText(/Partly right/);
			// Marked as the results list marks it (◐, amber), not with the ✗ of a wrong answer; readable in both themes.
			await expect(feedback(page)).toHaveText(/^◐\s*Partly right/);
			await expectFitsAndAxeClean(page, 'partly right feedback');
		} else {
			await answer(page, q, true);
			await expect(feedback(page)).toHaveText(/Right/);
		}
		await expectSourceTitle(page, pack, q);
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	await page.getByRole('link', { name: 'Review missed' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Missed cards' })).toBeVisible();
	await expect(page.locator('ol.list > li')).toHaveCount(2);
	for (const [item, other] of [swapped, [b, a] as const]) {
		const card = pack.cards.find((c) => c.id === matching.itemCards![item.id])!;
		const entry = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3, name: card.prompt }) });
		await expect(entry.getByRole('term')).toHaveText(['Answer', 'You said']);
		await expect(entry.getByRole('definition').nth(1)).toHaveText(
			`${item.label} → ${matching.solution[other.id]}`
		);
	}
});

test('the same journey offline, once the service worker is in control', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await journey(page, 'journey-1');
});

test('an unfinished quiz resumes after a reload and is offered on /quiz', async ({ page }) => {
	const { questions } = await startQuiz(page, 'resume-1', ['multiple-choice', 'true-false', 'typed']);
	for (const q of questions.slice(0, 3)) {
		await answer(page, q, true);
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	await page.reload();
	await expect(page.getByText('Question 4 of 10')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: questions[3]!.prompt })).toBeVisible();

	await page.goto('/quiz');
	await expect(page.getByRole('heading', { name: 'Resume your quiz' })).toBeVisible();
	await expect(page.getByText('3 of 10 questions answered')).toBeVisible();
	await page.getByRole('button', { name: 'Resume your quiz' }).click();
	await expect(page.getByText('Question 4 of 10')).toBeVisible();
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(page.getByText('Question 3 of 10')).toBeVisible();
	await expect(feedback(page)).toHaveText(/Right/);
});

test('a reload while an answer’s feedback shows comes back to that feedback, not to the next question', async ({
	page
}) => {
	const { questions } = await startQuiz(page, 'resume-feedback', ['multiple-choice', 'true-false', 'typed']);
	await answer(page, questions[0]!, true);
	await page.getByRole('button', { name: 'Next question' }).click();
	await answer(page, questions[1]!, false);
	await expect(feedback(page)).toHaveText(/Not quite/);
	// The feedback shows at once; the answer is stored a moment later (a reload before that asks it again).
	await expect
		.poll(async () => (await readStore<{ answers: unknown[] }>(page, 'quizAttempts'))[0]?.answers.length)
		.toBe(2);
	await page.reload();
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
	await expect(feedback(page)).toHaveText(/Not quite/);
	await expect(page.getByText('Right answer:')).toBeVisible();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByText('Question 3 of 10')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: questions[2]!.prompt })).toBeVisible();
	// Read back with Previous, the first question is where a reload opens.
	await page.getByRole('button', { name: 'Previous' }).click();
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await expect(feedback(page)).toHaveText(/Right/);
});

for (const box of Object.keys(MODE_BOXES)) {
	test(`a ${box} question is accessible, before and after answering`, async ({ page }) => {
		// 200% text zoom on a 640px-wide window lays out like this.
		await page.setViewportSize({ width: 320, height: 640 });
		const { questions } = await startQuiz(page, `axe-${box}`, [box], 5);
		const seen = new Set<QuizMode>();
		let typoTried = false;
		for (const [i, q] of questions.entries()) {
			const typo = q.mode === 'typed' && !typoTried ? nearMiss(q.accepted[0]!) : null;
			if (typo && q.mode === 'typed') {
				// A small slip still counts, and the feedback shows the usual spelling.
				typoTried = true;
				await page.getByLabel('Your answer').fill(typo);
				await page.getByLabel('Your answer').press('Enter');
				await expect(page.getByText(`Nearly: it is spelled “${q.accepted[0]}”.`)).toBeVisible();
				await expect(feedback(page)).toHaveText(/Right/);
				await page.getByRole('button', { name: /Next question|See results/ }).click();
				continue;
			}
			if (seen.has(q.mode)) {
				await answer(page, q, true);
				await page.getByRole('button', { name: /Next question|See results/ }).click();
				continue;
			}
			seen.add(q.mode);
			if (q.mode === 'map' || q.mode === 'map-identify')
				// The map: a picture to read, or (to answer by tapping) an application.
				await expect(
					page.getByRole('img', { name: /^Map of / }).or(page.getByRole('application', { name: /^Map of / }))
				).toBeVisible();
			await expectFitsAndAxeClean(page, `question ${i + 1}, ${q.mode}`);
			await answer(page, q, true);
			await expect(feedback(page)).toHaveText(/Right/);
			await expectFitsAndAxeClean(page, `feedback ${i + 1}, ${q.mode}`);
			await page.getByRole('button', { name: /Next question|See results/ }).click();
		}
		expect([...seen]).toEqual(expect.arrayContaining(MODE_BOXES[box]!.modes));
		if (box === 'typed') expect(typoTried, 'a typed answer with a slip was tried').toBe(true);
		await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
		await expectFitsAndAxeClean(page, 'summary');
		// Every answer was stored as given: the reloaded summary is the same.
		const counts = `${questions.length} right, 0 wrong`;
		await expect(page.getByText(counts)).toBeVisible();
		await page.reload();
		await expect(page.getByText(counts)).toBeVisible();
	});
}

test('timeline rows move by drag and drop and by buttons, and each move is announced', async ({ page }) => {
	const { questions } = await startQuiz(page, 'drag-1', ['timeline'], 5);
	const q = questions[0]!;
	if (q.mode !== 'timeline') throw new Error(`expected a timeline question, got ${q.mode}`);
	const n = q.items.length;
	const first = q.items[0]!.label;
	const rows = page.locator('form.quiz-question li');
	// Dropped on the lower half of the last row: it goes below it.
	const last = await rows.last().boundingBox();
	await rows
		.first()
		.locator('.quiz-handle')
		.dragTo(rows.last(), { targetPosition: { x: 20, y: last!.height - 4 } });
	await expect(rows.last()).toContainText(first);
	await expect(page.getByText(`${first}: now ${n} of ${n}.`)).toBeAttached();
	await page.getByRole('button', { name: `Move ${first} up` }).click();
	await expect(rows.nth(n - 2)).toContainText(first);
	await expect(page.getByText(`${first}: now ${n - 1} of ${n}.`)).toBeAttached();
	// At the bottom "down" is off: the focus stays on the row's other button.
	await page.getByRole('button', { name: `Move ${first} down` }).click();
	await expect(page.getByRole('button', { name: `Move ${first} up` })).toBeFocused();
});

test('a map question can be answered with the keyboard: arrows move the crosshair, Enter answers', async ({
	page
}) => {
	const { questions } = await startQuiz(page, 'keys-1', ['map'], 5);
	const index = questions.findIndex((q) => q.mode === 'map');
	for (const q of questions.slice(0, index)) {
		await answer(page, q, true);
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	const map = page.getByRole('application');
	const names = () => map.locator('text').allTextContents();
	const before = await names();
	await map.focus();
	// A screen reader hears where the crosshair is from the nearest of the pack's places, never the one asked.
	const said = page.getByText(/^Crosshair at \d+\.\d° N, \d+\.\d° E, (at|[\d,]+ km [a-z-]+ of) [^.]+\.$/);
	const degrees = async () => {
		const [, lat, lon] = /at (\d+\.\d)° N, (\d+\.\d)° E/.exec((await said.textContent())!)!;
		return { lat: Number(lat), lon: Number(lon) };
	};
	// The arrows go east and north, as the degrees said: steps along the screen drifted on the conic map.
	await page.keyboard.press('ArrowRight');
	await expect(said).toBeAttached();
	const start = await degrees();
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await degrees()).lon).toBeGreaterThan(start.lon);
	const east = await degrees();
	expect(east.lat).toBe(start.lat);
	await page.keyboard.press('Shift+ArrowUp');
	await expect.poll(async () => (await degrees()).lat).toBeGreaterThan(east.lat);
	expect((await degrees()).lon).toBe(east.lon);
	const asked = questions[index]!;
	if (asked.mode !== 'map') throw new Error('the question found is not a map question');
	expect(await said.textContent()).not.toContain(asked.placeName);
	// Put on a name (a tap there), the crosshair leaves it, and every other, on the map.
	const onName = (await map.locator('text').first().boundingBox())!;
	await page.mouse.click(onName.x + onName.width / 2, onName.y + onName.height / 2);
	await expect(page.getByText(/^Crosshair at /)).toBeAttached();
	expect(await names(), 'the crosshair moved about leaves the map’s names where they are').toEqual(before);
	await map.focus();
	await page.keyboard.press('Enter');
	await expect(feedback(page)).toBeVisible();
	await expect(page.getByText(/Your tap: \d+ km away/)).toBeVisible();
});

test('a quick quiz starts at once; a timed quiz shows the time left', async ({ page }) => {
	await page.goto('/quiz');
	await page.getByRole('button', { name: 'Quick quiz' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible(FIRST_QUESTION_WAIT);
	await expect(page.getByRole('timer')).toHaveCount(0);

	await page.getByRole('button', { name: 'Leave this quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Resume your quiz' })).toBeVisible();
	const form = page.getByRole('form', { name: 'Choose your quiz' });
	await form.getByRole('radio', { name: '5 minutes', exact: true }).check();
	await form.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByRole('timer')).toHaveText(/^4:5\d|5:00$/);
});

test('a timeline is put in order with the keyboard alone: focus stays on the moved row, up and down', async ({
	page
}) => {
	const { questions } = await startQuiz(page, 'keyboard-timeline-6', ['timeline'], 5);
	const q = questions[0]!;
	if (q.mode !== 'timeline') throw new Error(`expected a timeline question, got ${q.mode}`);
	const labelOf = new Map(q.items.map((item) => [item.id, item.label]));
	const n = q.items.length;
	const focusedName = () =>
		page.evaluate(
			() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent
		);
	/** Tab or Shift+Tab until the named control has the focus, as a keyboard user does. */
	async function tabTo(name: string) {
		for (let presses = 0; (await focusedName())?.trim() !== name; presses++) {
			expect(presses, `${name} is reached with Tab`).toBeLessThan(30);
			const before = await page.evaluate((wanted) => {
				const target = [...document.querySelectorAll('main button')].find(
					(b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted
				);
				const active = document.activeElement;
				return (
					!!target &&
					!!active &&
					!!(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
				);
			}, name);
			await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
		}
	}
	let order = q.items.map((item) => item.id);
	const moves = { up: 0, down: 0, downNotToBottom: 0 };
	/** Enter on "Move … up/down"; the focus must stay on that row's button (its other one at the ends). */
	async function move(id: string, by: -1 | 1) {
		const label = labelOf.get(id)!;
		await tabTo(`Move ${label} ${by < 0 ? 'up' : 'down'}`);
		await page.keyboard.press('Enter');
		const from = order.indexOf(id);
		order = order.filter((other) => other !== id);
		order.splice(from + by, 0, id);
		const to = from + by;
		moves[by < 0 ? 'up' : 'down']++;
		if (by > 0 && to < n - 1) moves.downNotToBottom++;
		await expect(page.locator('form.quiz-question li').nth(to)).toContainText(label);
		const stays = by > 0 ? (to < n - 1 ? 'down' : 'up') : to > 0 ? 'up' : 'down';
		expect((await focusedName())?.trim(), `after moving ${label} ${by < 0 ? 'up' : 'down'}`).toBe(
			`Move ${label} ${stays}`
		);
	}

	// Bubble sort by keyboard: one pass downwards (rows sinking by "down"), then passes upwards ("up").
	const rank = new Map(q.correctOrder.map((id, i) => [id, i]));
	const inversion = (i: number) => rank.get(order[i]!)! > rank.get(order[i + 1]!)!;
	for (let i = 0; i < n - 1; i++) if (inversion(i)) await move(order[i]!, 1);
	while (order.some((_, i) => i < n - 1 && inversion(i)))
		for (let i = n - 2; i >= 0; i--) if (inversion(i)) await move(order[i + 1]!, -1);
	expect(order).toEqual(q.correctOrder);
	expect(moves.up, 'rows were moved up').toBeGreaterThan(0);
	expect(moves.downNotToBottom, 'rows were moved down, not only to the bottom').toBeGreaterThan(0);
	await tabTo('Check order');
	await page.keyboard.press('Enter');
	await expect(feedback(page)).toHaveText(/Right/);
});

/**
 * The first seed from a known one whose Quick quiz has a timeline with one filler (an item whose own card the
 * quiz asks elsewhere, so the question does not score it), and an answer at most one move away from the order
 * shown in which every scored item is in order and only the filler is out of place. `move`: the row to move
 * down once, or -1 to check the order as shown.
 */
function fillerOnlyMisplacement(pack: Pack, modes: QuizMode[]) {
	for (let n = 1700000205894; n < 1700000205894 + 3000; n++) {
		const spec: QuizSpec = { selection: {}, count: 10, modes, seed: String(n) };
		const questions = generateQuiz(pack, spec);
		const timeline = questions.find((q) => q.mode === 'timeline');
		if (timeline?.mode !== 'timeline') continue;
		const scored = (id: string) => timeline.cardIds.some((cardId) => cardId.startsWith(`${id}:`));
		const fillers = timeline.items.filter((item) => !scored(item.id));
		if (fillers.length !== 1) continue;
		const shown = timeline.items.map((item) => item.id);
		for (let move = -1; move < shown.length - 1; move++) {
			const order = [...shown];
			if (move >= 0) [order[move], order[move + 1]] = [order[move + 1]!, order[move]!];
			const scoredInOrder = order.filter(scored).join() === timeline.correctOrder.filter(scored).join();
			if (scoredInOrder && order.join() !== timeline.correctOrder.join())
				return { spec, questions, timeline, filler: fillers[0]!, move };
		}
	}
	throw new Error('no seed makes a timeline whose only misplaced item is a filler');
}

test('a wrong timeline whose only misplaced item is a filler still leaves a card on Missed', async ({
	page
}) => {
	// Found in use: a Quick quiz whose timeline's top item, a filler, was moved down once, leaving every scored
	// item in order and only the filler out of place. The seed is searched for, so the case survives changes to
	// the pack and the generator.
	await page.goto('/quiz');
	const pack = await servedPack(page);
	const modes = Object.values(MODE_BOXES).flatMap((box) => box.modes);
	const found = fillerOnlyMisplacement(pack, modes);
	await page.goto(`/quiz?seed=${found.spec.seed}`);
	await page.getByRole('button', { name: 'Quick quiz' }).click();
	const { questions, timeline, filler, move } = found;
	for (const [i, q] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
		if (q === timeline) {
			if (move >= 0) await page.getByRole('button', { name: `Move ${q.items[move]!.label} down` }).click();
			await page.getByRole('button', { name: 'Check order' }).click();
			await expect(feedback(page)).toHaveText(/Partly right/);
		} else {
			await answer(page, q, true);
			await expect(feedback(page)).toHaveText(/Right/);
		}
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	await expect(page.getByText(/\b1 partly right, 0 wrong\b/)).toBeVisible();
	await page.getByRole('link', { name: 'Review missed' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Missed cards' })).toBeVisible();
	await expect(page.locator('ol.list > li')).toHaveCount(1);
	const dateCard = pack.cards.find((card) => card.id === `${filler.id}:event-date`)!;
	await expect(page.getByRole('heading', { level: 3, name: dateCard.prompt })).toBeVisible();
});

test.describe('the first quiz of a visit', () => {
	// Requests must reach page.route() below, not a service worker's cache.
	test.use({ serviceWorkers: 'block' });

	test('shows that it is being prepared at once, even while its code is still on its way', async ({
		page
	}) => {
		// The page loads and reads the library; from then on, all the code it asks for is held back (a slow
		// network) until released.
		let holding = false;
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			if (holding) await released;
			await route.continue();
		});
		await page.goto('/quiz');
		const quick = page.getByRole('button', { name: 'Quick quiz' });
		await expect(quick).toBeEnabled();
		holding = true;
		await quick.click();
		const busy = page.locator('main [aria-busy="true"]');
		await expect(busy.getByRole('status')).toHaveText('Preparing your quiz…');
		release();
		await expect(page.getByText('Question 1 of 10')).toBeVisible(FIRST_QUESTION_WAIT);
		await expect(busy).toHaveCount(0);
	});
});
