/**
 * Two packs in one library, used together: the built-in pack and a second one (from a file, or from a link) are
 * quizzed across both and the second alone, offline; an assignment drawn from the second alone reaches a student
 * whose library lacks it: told which pack, in words, and offered to install it when the link says where from, or to
 * add the pack file the teacher saved from the share page.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import packJson from '../src/lib/content/generated/pack.json' with { type: 'json' };
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import { qualifyPack } from '../src/lib/domain/library';
import type { Pack } from '../src/lib/domain/pack';
import { toPackFile } from '../src/lib/domain/pack-file';
import { expectNoAxeViolations } from './axe';
import { generateQuiz } from '../src/lib/domain/quiz/generate';
import type { Question, QuizSpec } from '../src/lib/domain/quiz/types';
import { withinPacks } from '../src/lib/domain/quiz/within-packs';
import { assignmentSpec, decodeAssignment } from '../src/lib/domain/share/assignment-codec';
import { SECOND, pickSecondPackFile } from './library-page';
import { waitForServiceWorker } from './routes';

const SECOND_FILE = Buffer.from(JSON.stringify(toPackFile(SECOND)));
const PACK_URL = 'https://packs.example.org/second.json';

/** Both packs as the library holds them (ids qualified), in the order the quiz engine merges them. */
const LIBRARY: Pack = (() => {
	const [a, b] = [qualifyPack(packJson as unknown as Pack), qualifyPack(SECOND)];
	return {
		...a,
		sources: [...a.sources, ...b.sources],
		entities: [...a.entities, ...b.entities],
		cards: [...a.cards, ...b.cards]
	};
})();

/** The questions another device makes from a spec: the ones the page must show. */
const questionsOf = (spec: QuizSpec): Question[] =>
	generateQuiz(withinPacks(LIBRARY, spec.selection.packs ?? []), spec);
const packsOf = (questions: Question[]) => [...new Set(questions.map((q) => q.cardId.split('/')[0]))].sort();

/** The teacher's library with the second pack in it, from a file or from its link. */
async function installSecond(page: Page, from: 'file' | 'link') {
	await page.goto('/library');
	const packs = page.getByRole('list', { name: 'Packs' });
	await expect(packs.getByRole('article', { name: meta.title })).toBeVisible();
	if (from === 'file') await pickSecondPackFile(page);
	else {
		await page.getByLabel('Link to a pack file').fill(PACK_URL);
		await page.getByRole('button', { name: 'Install from the link' }).click();
	}
	await expect(page.getByRole('status').filter({ hasText: 'installed' })).toHaveText(
		`“Second pack” installed: ${SECOND.cards.length} cards.`
	);
}

/** Answers the multiple-choice or true/false question on screen rightly; returns once it is checked. */
async function answerRight(page: Page, question: Question) {
	await expect(page.locator('#quiz-prompt')).toHaveText(question.prompt);
	if (question.mode === 'true-false')
		await page.getByRole('radio', { name: question.truth ? 'True' : 'False' }).check();
	else if (question.mode === 'multiple-choice')
		await page
			.locator('form.quiz-question label.quiz-option')
			.nth(question.correctIndex)
			.locator('input')
			.check();
	else throw new Error(`This test answers multiple choice and true/false only, not ${question.mode}`);
	// "Check answer" on /quiz; in an assignment, with no feedback to check against, the answer is given and on.
	await page.getByRole('button', { name: /^(Check answer|Answer and (go on|finish))$/ }).click();
}

/** A quiz from /quiz of the packs named (others unticked), multiple choice and true/false, all answered right. */
async function quiz(page: Page, seed: string, packs: { id: string; title: string }[]) {
	await page.goto(`/quiz?seed=${seed}`);
	const form = page.getByRole('form', { name: 'Choose your quiz' });
	await expect(form).toBeVisible();
	const packBoxes = form.getByRole('group', { name: 'Packs' });
	for (const pack of [
		{ id: meta.id, title: meta.title },
		{ id: SECOND.id, title: SECOND.title }
	])
		await packBoxes
			.getByRole('checkbox', { name: pack.title, exact: true })
			.setChecked(packs.some((p) => p.id === pack.id));
	const kinds = form.getByRole('group', { name: 'Kinds of question' });
	for (const box of ['Type the answer', 'Put events in order', 'Places on the map', 'Match pairs'])
		await kinds.getByRole('checkbox', { name: box, exact: true }).uncheck();
	await form.getByRole('radio', { name: '10 questions', exact: true }).check();
	await form.getByRole('button', { name: 'Start quiz' }).click();
	const ids = packs.map((p) => p.id);
	const questions = questionsOf({
		selection: { packs: ids },
		count: 10,
		modes: ['multiple-choice', 'true-false'],
		seed
	});
	expect(questions).toHaveLength(10);
	expect(packsOf(questions)).toEqual([...ids].sort());
	for (const [i, question] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
		await answerRight(page, question);
		await expect(page.locator('[data-feedback]')).toHaveText(/Right/);
		await page.keyboard.press('Enter');
	}
	await expect(page.locator('.score')).toHaveText(/10\s*out of 10/);
}

/** The teacher makes a set from the second pack alone; returns its link. */
async function assignSecond(page: Page, title: string): Promise<string> {
	await page.goto('/assign');
	await page.getByLabel('Title').fill(title);
	const packs = page.getByRole('group', { name: 'Packs' });
	await expect(packs.getByRole('checkbox', { name: SECOND.title })).toBeChecked();
	await packs.getByRole('checkbox', { name: meta.title }).uncheck();
	// Only the second pack's sources are offered now.
	const sources = page.getByRole('group', { name: 'Sources' }).getByRole('checkbox');
	await expect(sources).toHaveCount(SECOND.sources.length);
	await page.getByLabel('Number of questions').fill('5');
	await expectNoAxeViolations(page, 'assign form with two packs');
	await page.getByRole('button', { name: 'Create and share' }).click();
	const field = page.getByRole('textbox', { name: 'Assignment link' });
	await expect(field).toHaveValue(/\/assign\/take#a1\./);
	return field.inputValue();
}

async function routePack(context: BrowserContext): Promise<() => number> {
	let fetched = 0;
	await context.route(`${PACK_URL}**`, (route) => {
		fetched++;
		return route.fulfill({ status: 200, contentType: 'application/json', body: SECOND_FILE });
	});
	return () => fetched;
}

test('a pack from a file is quizzed with the built-in one and alone, offline; the teacher sends its file with the set, and the student adds it', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	await teacher.goto('/');
	await waitForServiceWorker(teacher);
	await installSecond(teacher, 'file');

	await teacherContext.setOffline(true);
	await quiz(teacher, 'both-packs-1', [meta, SECOND]);
	await quiz(teacher, 'second-alone-1', [SECOND]);
	const link = await assignSecond(teacher, 'Second pack only');
	const decoded = decodeAssignment(link);
	expect(decoded.ok && decoded.set.packs).toEqual([{ id: SECOND.id, version: 'v1', title: 'Second pack' }]);
	// The link cannot bring a pack from a file: the share page says so and saves its file, offline too.
	await expect(teacher.getByRole('heading', { name: 'Send the pack file too' })).toBeVisible();
	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Save “Second pack” pack file' }).click();
	const packFile = await (await download).path();
	await expect(teacher.getByRole('status').filter({ hasText: 'send it with the link' })).toHaveText(
		'Saved “second-pack-v1.sourcedeck-pack.json” to your downloads: send it with the link.'
	);
	await expectNoAxeViolations(teacher, 'share page, a pack to send');

	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await student.goto(link);
	await expect(student.getByRole('alert').filter({ hasText: 'This assignment needs' })).toContainText(
		'This assignment needs “Second pack”, which your library does not have. Ask your teacher for its pack file, then add it below.'
	);
	await expect(student.getByRole('button', { name: /^Install/ })).toHaveCount(0);
	await expectNoAxeViolations(student, 'take page, pack missing');
	// Another pack's file is refused before anything is added; the teacher's file opens the quiz.
	const addFile = student.getByLabel('Add the pack file');
	await addFile.setInputFiles({
		name: 'other.sourcedeck-pack.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(toPackFile({ ...SECOND, id: 'other-pack', title: 'Other pack' })))
	});
	await expect(student.getByRole('alert').filter({ hasText: 'other.sourcedeck-pack.json' })).toHaveText(
		'“other.sourcedeck-pack.json” holds “Other pack”, not the pack this assignment needs. Nothing was added.'
	);
	await addFile.setInputFiles(packFile);
	await expect(student.getByText('5 questions')).toBeVisible();
	await student.goto('/library');
	await expect(student.getByRole('list', { name: 'Packs' }).getByRole('article')).toHaveCount(2);
	await teacherContext.close();
	await studentContext.close();
});

test('a pack from a link: its assignment offers the student to install it, who then takes the quiz offline', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const teacherContext = await browser.newContext();
	const teacherFetches = await routePack(teacherContext);
	const teacher = await teacherContext.newPage();
	await installSecond(teacher, 'link');
	expect(teacherFetches()).toBe(1);
	const link = await assignSecond(teacher, 'From the teacher’s site');
	const decoded = decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.error.message);
	expect(decoded.set.packs).toEqual([{ id: SECOND.id, version: 'v1', title: 'Second pack', url: PACK_URL }]);

	// The student's device: online for the first visit, which installs the pack from the teacher's address.
	const studentContext = await browser.newContext();
	const studentFetches = await routePack(studentContext);
	const student = await studentContext.newPage();
	await student.goto(link);
	await waitForServiceWorker(student);
	await expect(student.getByRole('alert').filter({ hasText: 'This assignment needs' })).toContainText(
		'This assignment needs “Second pack”, which your library does not have. Your teacher’s link says where to get it: install it here.'
	);
	await expect(student.getByText(`from ${PACK_URL}`)).toBeVisible();
	await expectNoAxeViolations(student, 'take page, pack to install');
	await student.getByRole('button', { name: 'Install Second pack' }).click();
	await expect(student.getByText('5 questions')).toBeVisible();
	expect(studentFetches()).toBe(1);

	// From here on, offline: the quiz comes from the pack now in the student's library.
	await studentContext.setOffline(true);
	await student.reload();
	await student.getByRole('textbox', { name: /Your name/ }).fill('Noor Saleh');
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	const questions = questionsOf(assignmentSpec(decoded.set));
	expect(questions).toHaveLength(5);
	expect(packsOf(questions)).toEqual([SECOND.id]);
	for (const [i, question] of questions.entries()) {
		await expect(student.locator('#quiz-progress-text')).toHaveText(`Question ${i + 1} of 5`);
		await answerRight(student, question);
	}
	await expect(student.getByRole('heading', { name: 'Hand back your result' })).toBeVisible();
	await expect(student.getByText(/5\s+out of 5/)).toBeVisible();
	await expect(student.getByRole('textbox', { name: 'Your result code' })).toHaveValue(/^SDR2-/);
	// The pack stays in the student's library, named and from the teacher's address.
	await student.goto('/library');
	await expect(
		student.getByRole('list', { name: 'Packs' }).getByRole('article', { name: 'Second pack' })
	).toContainText(`From a link: ${PACK_URL}`);
	await teacherContext.close();
	await studentContext.close();
});
