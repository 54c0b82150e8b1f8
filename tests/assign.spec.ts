import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Pack } from '../src/lib/domain/pack';
import { generateQuiz } from '../src/lib/domain/quiz/generate';
import type { Question } from '../src/lib/domain/quiz/types';
import { qrMatrix } from '../src/lib/components/share/qr-matrix';
import { decodeAssignment } from '../src/lib/domain/share/assignment-codec';
import { encodeResult } from '../src/lib/domain/share/result-codec';
import { expectAxeCleanInBothThemes } from './axe';
import { readStore } from './idb';
import { waitForServiceWorker } from './routes';
import { expectNoSidewaysScroll } from './layout';

const PACK_ASSET = /\/_app\/immutable\/assets\/pack\.[^/]+\.json$/;

/** A page that fails the test if any script opens a dialog (an injected `alert`) or throws. */
async function watchedPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	page.on('dialog', (dialog) => {
		throw new Error(`A dialog was opened: ${dialog.message()}`);
	});
	page.on('pageerror', (error) => {
		throw new Error(`Uncaught page error: ${error.message}`);
	});
	return page;
}

/**
 * Opens `url` on a fresh device and returns the built-in pack it fetched. The file is read again by its address:
 * the install worker fetches it on a first visit, and a worker's response bodies go with the worker.
 */
async function openFetchingPack(page: Page, url: string): Promise<Pack> {
	const fetched = page.waitForResponse(PACK_ASSET);
	await page.goto(url);
	const response = await page.context().request.get((await fetched).url());
	return (await response.json()) as Pack;
}

interface NewSet {
	title: string;
	instructions?: string;
	note?: string;
	count: number;
}

/** The teacher fills the builder and creates the set; returns the link from the read-only field. */
async function createSet(page: Page, set: NewSet): Promise<string> {
	await page.goto('/assign');
	await expect(page.getByRole('heading', { level: 1, name: 'Assign a quiz' })).toBeVisible();
	await page.getByLabel('Title').fill(set.title);
	if (set.instructions) await page.getByLabel('Instructions for students').fill(set.instructions);
	if (set.note) await page.getByLabel('Teacher’s note').fill(set.note);
	await page.getByLabel('Number of questions').fill(String(set.count));
	await page.getByRole('button', { name: 'Create and share' }).click();
	await expect(page).toHaveURL(/\/assign\/share#[A-Za-z0-9]+$/);
	const field = page.getByRole('textbox', { name: 'Assignment link' });
	await expect(field).toHaveValue(/\/assign\/take#a1\./);
	await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
	return field.inputValue();
}

/**
 * Answers question `index` of `questions` (on screen): right, or (with `wrong`) a deliberately wrong option.
 * Returns once the app has stored it and moved on.
 */
async function answer(page: Page, questions: Question[], index: number, wrong = false): Promise<void> {
	const question = questions[index]!;
	const progress = page.locator('#quiz-progress-text');
	await expect(progress).toHaveText(`Question ${index + 1} of ${questions.length}`);
	await expect(page.locator('#quiz-prompt')).toHaveText(question.prompt);
	if (question.mode === 'true-false') {
		const truth = wrong ? !question.truth : question.truth;
		await page.getByRole('radio', { name: truth ? 'True' : 'False' }).check();
	} else if (question.mode === 'multiple-choice') {
		const index = wrong ? (question.correctIndex + 1) % question.options.length : question.correctIndex;
		await page.locator('form.quiz-question label.quiz-option').nth(index).locator('input').check();
	} else {
		throw new Error(`This test answers multiple choice and true/false only, not ${question.mode}`);
	}
	// No feedback to check against in a graded set: the button says the answer is given and the quiz goes on.
	const last = index === questions.length - 1;
	await page.getByRole('button', { name: last ? 'Answer and finish' : 'Answer and go on' }).click();
	if (index < questions.length - 1)
		await expect(progress).toHaveText(`Question ${index + 2} of ${questions.length}`);
	else await expect(page.getByRole('heading', { name: 'Hand back your result' })).toBeVisible();
}

/** Opens a context for a student, with the clipboard usable (the "Copy" buttons are tested through it). */
async function studentContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
}

/** The most answers stored in any quiz attempt on the page's device. */
async function storedAnswers(page: Page): Promise<number> {
	const attempts = await readStore<{ answers: unknown[] }>(page, 'quizAttempts');
	return Math.max(0, ...attempts.map((a) => a.answers.length));
}

/** Assignments in the app's database, read without creating it or holding it open. */
async function storedAssignments(page: Page): Promise<number> {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((info) => info.name === 'sourcedeck')) return 0;
		return new Promise<number>((resolve, reject) => {
			const open = indexedDB.open('sourcedeck');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains('assignments')) {
					db.close();
					return resolve(0);
				}
				const count = db.transaction('assignments').objectStore('assignments').count();
				count.onsuccess = () => {
					db.close();
					resolve(count.result);
				};
				count.onerror = () => reject(count.error);
			};
		});
	});
}

test('a teacher shares a set; a student takes it offline and resumes; the teacher grades the code', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const teacherContext = await browser.newContext({ acceptDownloads: true });
	const teacher = await watchedPage(teacherContext);
	const link = await createSet(teacher, {
		title: 'Mosul and Raqqa, 2017',
		instructions: 'Answer on your own. Bring your code on Thursday.',
		note: 'Period 3 only.',
		count: 4
	});
	await expect(teacher.getByText(`${link.length} characters`)).toBeVisible();
	await expectAxeCleanInBothThemes(teacher, 'share page');

	// The student's device: opens the link online once, then works offline.
	const studentCtx = await studentContext(browser);
	const student = await watchedPage(studentCtx);
	const pack = await openFetchingPack(student, link);
	await waitForServiceWorker(student);
	await expect(student.getByRole('heading', { level: 1, name: /Mosul and Raqqa, 2017/ })).toBeVisible();
	await studentCtx.setOffline(true);
	await student.reload();
	await expect(student.getByRole('heading', { level: 1, name: /Mosul and Raqqa, 2017/ })).toBeVisible();
	await expect(student.getByText('Answer on your own. Bring your code on Thursday.')).toBeVisible();
	await expect(student.getByText('Period 3 only.')).toBeVisible();
	await expect(student.getByText('4 questions')).toBeVisible();
	await expectAxeCleanInBothThemes(student, 'take page (intro)');

	// The name is required.
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(student.getByRole('alert').getByText('Enter your name to start.')).toBeVisible();
	await student.getByRole('textbox', { name: /Your name/ }).fill('Amira Haddad');
	await student.getByRole('button', { name: 'Start the quiz' }).click();

	// The same questions the student's app makes from the link: the first is answered wrong on purpose.
	const decoded = decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.error.message);
	const questions = generateQuiz(pack, decoded.set.spec);
	expect(questions).toHaveLength(4);
	await answer(student, questions, 0, true);
	await answer(student, questions, 1);
	// A graded assignment shows the next question as the answer is being stored: a tab closed within those few
	// milliseconds would lose it, which is not what this test is about.
	await expect.poll(() => storedAnswers(student)).toBe(2);

	// Closing the app mid-quiz: it is on Today ("Continue") and resumes at the next question.
	await student.goto('/');
	const todo = student.getByRole('region', { name: 'Assignments to do' });
	await expect(todo.getByText('Mosul and Raqqa, 2017', { exact: true })).toBeVisible();
	await todo.getByRole('link', { name: /Continue/ }).click();
	await expect(student.locator('#quiz-prompt')).toHaveText(questions[2]!.prompt);
	await answer(student, questions, 2);
	await answer(student, questions, 3);

	await expect(student.getByRole('heading', { name: 'Your result', exact: true })).toBeVisible();
	await expect(student.getByText(/3\s+out of 4/)).toBeVisible();
	const codeField = student.getByRole('textbox', { name: 'Your result code' });
	// The short format: the answers only, a few dozen characters a student can read out.
	await expect(codeField).toHaveValue(/^SDR2-[0-9A-Z]{1,5}(-[0-9A-Z]{1,5})+$/);
	const code = await codeField.inputValue();
	expect(code.length).toBeLessThan(60);
	await expect(student.getByText(/or read it out/)).toBeVisible();
	await expect(student.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
	await student.getByRole('button', { name: 'Copy code' }).click();
	await expect(student.getByText('Copied.')).toBeVisible();
	expect(await student.evaluate(() => navigator.clipboard.readText())).toBe(code);
	await expectAxeCleanInBothThemes(student, 'take page (done)');

	// Done: off the Today list, which leads to the assignments taken, with the code, still offline.
	await student.goto('/');
	await expect(student.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(student.getByRole('region', { name: 'Assignments to do' })).toHaveCount(0);
	await student.getByRole('link', { name: 'Assignments you took (1)' }).click();
	const taken = student.getByRole('region', { name: 'Taken by me' });
	await expect(taken).toBeVisible();
	const entry = taken.getByRole('listitem').filter({ hasText: 'Mosul and Raqqa, 2017' });
	await expect(entry).toContainText('Score: 3 out of 4 (75%)');
	await expect(entry.getByRole('textbox', { name: 'Result code for “Mosul and Raqqa, 2017”' })).toHaveValue(
		code
	);
	// The teacher's empty list is not shown on a student's device.
	await expect(student.getByText(/None yet/)).toHaveCount(0);
	await expect(student.getByRole('region', { name: 'Your assignments' })).toHaveCount(0);
	await expectAxeCleanInBothThemes(student, 'assign page (taken by me)');
	// Shown again with its QR code, on the assignment's own page (from the list, or the original link).
	await entry.getByRole('link', { name: /Show code and QR/ }).click();
	await expect(student.getByRole('textbox', { name: 'Your result code' })).toHaveValue(code);
	await expect(student.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
	await student.getByRole('link', { name: 'Assign → Taken by me' }).click();
	await expect(student.getByRole('region', { name: 'Taken by me' })).toBeVisible();
	await student.goto(link);
	await expect(student.getByRole('textbox', { name: 'Your result code' })).toHaveValue(code);

	// The teacher pastes the code (inside a message, as it arrives) into the gradebook.
	await teacher.getByRole('link', { name: 'Open gradebook' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: /Mosul and Raqqa, 2017/ })).toBeVisible();
	await teacher.getByLabel('Paste result codes').fill(`Hi miss, here is mine:\n${code}\nThanks`);
	await teacher.getByRole('button', { name: 'Add to gradebook' }).click();
	await expect(
		teacher.getByRole('listitem').filter({ hasText: 'Added · Amira Haddad: 3 / 4.' })
	).toBeVisible();
	await expect(teacher.getByLabel('Paste result codes')).toHaveValue('');
	const row = teacher.getByRole('row', { name: /Amira Haddad/ });
	await expect(row).toContainText('3 / 4');
	await expect(row).toContainText('75%');
	// The table keeps the quiz's order, as the CSV does, and says so.
	await expect(teacher.getByRole('columnheader', { name: /^Q\d+$/ })).toHaveText(['Q1', 'Q2', 'Q3', 'Q4']);
	await expect(teacher.getByText(/Questions in quiz order, as in the CSV file/)).toBeVisible();
	const missed = teacher.getByRole('region', { name: 'Most-missed questions' }).getByRole('listitem');
	await expect(missed).toHaveCount(1);
	const firstWords = (questions[0]!.mode === 'true-false' ? questions[0]!.statement : questions[0]!.prompt)
		.slice(0, 25)
		.trim();
	await expect(missed.first()).toContainText(firstWords);
	await expect(missed.first()).toContainText('missed by 1 of 1: Amira Haddad (“');

	// Pasting the same code again adds nothing.
	await teacher.getByLabel('Paste result codes').fill(code);
	await teacher.getByRole('button', { name: 'Add to gradebook' }).click();
	await expect(teacher.getByText('Amira Haddad’s code was already in the gradebook.')).toBeVisible();
	await expect(teacher.getByRole('row', { name: /Amira Haddad/ })).toHaveCount(1);
	await expectAxeCleanInBothThemes(teacher, 'gradebook');
	await teacher.setViewportSize({ width: 320, height: 640 });
	await expectNoSidewaysScroll(teacher, 'the gradebook at 320 px');
	await teacher.setViewportSize({ width: 1280, height: 720 });

	const downloading = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Export CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('Mosul-and-Raqqa-2017-results.csv');
	const csv = await readFile((await download.path())!, 'utf8');
	expect(csv.startsWith('\uFEFFStudent,Score,Max score,Percent')).toBe(true);
	expect(csv).toContain('Amira Haddad,3,4,75');

	// For an LMS or spreadsheet grade import: one row per student, one numeric column per question.
	const gradesDownload = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'CSV for a grade import' }).click();
	const grades = await gradesDownload;
	expect(grades.suggestedFilename()).toBe('Mosul-and-Raqqa-2017-grades.csv');
	const rows = (await readFile((await grades.path())!, 'utf8')).trimEnd().split('\r\n');
	expect(rows[0]).toBe('\uFEFFStudent,Q1,Q2,Q3,Q4,Score,Max score,Percent');
	expect(rows.slice(1).find((row) => row.startsWith('Amira Haddad,'))).toMatch(
		/^Amira Haddad,([01],){4}3,4,75$/
	);

	await teacherContext.close();
	await studentCtx.close();
});

/**
 * A device whose browser has a share sheet (most phones; Chromium on Linux has none): `navigator.share` records what
 * it is given; the second call is closed by the person (an AbortError, as the real sheet's Cancel) and the third
 * refused by the browser.
 */
async function shareSheetContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext();
	await context.addInitScript(() => {
		const shared: ShareData[] = [];
		Object.defineProperty(window, 'shared', { value: shared });
		navigator.share = async (data?: ShareData) => {
			shared.push(data ?? {});
			if (shared.length === 2) throw new DOMException('Share canceled', 'AbortError');
			if (shared.length === 3) throw new DOMException('Not allowed', 'NotAllowedError');
		};
	});
	return context;
}

const sharedSoFar = (page: Page) =>
	page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);

test('on a device with a share sheet, the link and the result code go through it', async ({ browser }) => {
	const teacherContext = await shareSheetContext(browser);
	const teacher = await watchedPage(teacherContext);
	const link = await createSet(teacher, { title: 'Shared on a phone', count: 2 });
	const linkField = teacher.locator('.copy-field').filter({ has: teacher.getByLabel('Assignment link') });
	await linkField.getByRole('button', { name: 'Share link…' }).click();
	await expect.poll(() => sharedSoFar(teacher)).toEqual([{ title: 'Quiz: Shared on a phone', url: link }]);
	// Closing the sheet says nothing; a sheet that fails says what to do instead.
	await linkField.getByRole('button', { name: 'Share link…' }).click();
	await expect.poll(async () => (await sharedSoFar(teacher)).length).toBe(2);
	await expect(linkField.getByRole('status')).toHaveText('');
	await linkField.getByRole('button', { name: 'Share link…' }).click();
	await expect(linkField.getByRole('status')).toHaveText('Sharing did not work here: copy it instead.');

	const studentCtx = await shareSheetContext(browser);
	const student = await watchedPage(studentCtx);
	const pack = await openFetchingPack(student, link);
	await student.getByRole('textbox', { name: /Your name/ }).fill('Omar Saleh');
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	const decoded = decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.error.message);
	const questions = generateQuiz(pack, decoded.set.spec);
	for (const index of questions.keys()) await answer(student, questions, index);
	const code = await student.getByRole('textbox', { name: 'Your result code' }).inputValue();
	await student.getByRole('button', { name: 'Share code…' }).click();
	await expect.poll(() => sharedSoFar(student)).toEqual([{ title: 'Result code of Omar Saleh', text: code }]);
	await studentCtx.close();
	await teacherContext.close();
});

test('a teacher narrows a set to one kind of card and previews it as a student', async ({ page }) => {
	const pack = await openFetchingPack(page, '/assign');
	const count = page.getByText(/^\d+ cards match\.$/);
	await expect(count).toHaveText(`${pack.cards.length} cards match.`);
	await page.getByRole('checkbox', { name: 'Places' }).check();
	const places = pack.cards.filter((card) => card.kind === 'place');
	expect(places.length).toBeGreaterThan(10);
	await expect(count).toHaveText(`${places.length} cards match.`);

	await page.getByRole('button', { name: 'Preview as a student' }).click();
	const preview = page.getByRole('region', { name: 'What students will see' });
	// Ten questions asked (the default).
	const questions = preview.getByRole('list').first().locator(':scope > li');
	await expect(questions).toHaveCount(10);
	await preview.getByRole('checkbox', { name: 'Show the answers in this preview' }).check();
	const shown = preview.getByText(/^Answer: \S/);
	await expect(shown).toHaveCount(10);
	await page.getByRole('button', { name: 'Hide preview' }).click();
	await expect(preview).toHaveCount(0);
});

test('a damaged, cut-off, oversized or newer link is refused and nothing is stored', async ({ browser }) => {
	const teacherContext = await browser.newContext();
	const link = await createSet(await watchedPage(teacherContext), {
		title: 'Kirkuk, October 2017',
		count: 3
	});
	await teacherContext.close();

	const context = await browser.newContext();
	const page = await watchedPage(context);
	const token = link.slice(link.indexOf('#') + 1);
	const middle = Math.floor(token.length / 2);
	const changed = token.slice(0, middle) + (token[middle] === 'A' ? 'B' : 'A') + token.slice(middle + 1);
	const cases = [
		{ hash: changed, message: 'This link is damaged — ask your teacher to send it again.' },
		{ hash: token.slice(0, middle), message: 'This link is damaged — ask your teacher to send it again.' },
		{ hash: `a1.${'A'.repeat(9000)}`, message: /far too long to be a Sourcedeck assignment/ },
		{ hash: `a2.${token.slice(3)}`, message: /made by a newer version of Sourcedeck/ }
	];
	for (const { hash, message } of cases) {
		await page.goto(`/assign/take#${hash}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Take an assignment' })).toBeVisible();
		await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
		await expect(page.getByText('Nothing was saved.')).toBeVisible();
	}
	expect(await storedAssignments(page)).toBe(0);
	await expectAxeCleanInBothThemes(page, 'take page (refused)');

	// The paste box on the same page refuses a damaged link too, and opens a good one.
	await page.getByLabel('Assignment link').fill(link.slice(0, -6));
	await page.getByRole('button', { name: 'Open assignment' }).click();
	await expect(
		page
			.getByRole('alert')
			.filter({ hasText: /This link is damaged/ })
			.last()
	).toBeVisible();
	await page.getByLabel('Assignment link').fill(`Tonight's quiz: ${link}`);
	await page.getByRole('button', { name: 'Open assignment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Kirkuk, October 2017/ })).toBeVisible();
	expect(await storedAssignments(page)).toBe(1);
	await context.close();
});

test('text from a link, a name and a result code is shown as text, never run', async ({ browser }) => {
	test.setTimeout(120_000);
	const xssTitle = '<script>alert(1)</script>';
	const xssInstructions = '"><img src=x onerror=alert(1)>';
	const xssName = '<svg/onload=alert(`1`)>';
	const teacherContext = await browser.newContext();
	const teacher = await watchedPage(teacherContext);
	const link = await createSet(teacher, { title: xssTitle, instructions: xssInstructions, count: 2 });
	await expect(teacher.getByRole('heading', { level: 1 }).getByText(xssTitle)).toBeVisible();

	const studentCtx = await browser.newContext();
	const student = await watchedPage(studentCtx);
	const pack = await openFetchingPack(student, link);
	await expect(student.getByRole('heading', { level: 1 }).getByText(xssTitle)).toBeVisible();
	await expect(student.getByText(xssInstructions)).toBeVisible();
	expect(await student.locator('main img, main script').count()).toBe(0);
	await student.getByRole('textbox', { name: /Your name/ }).fill(xssName);
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(student.getByText(`Taking it as ${xssName}`)).toBeVisible();
	const decoded = decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.error.message);
	const questions = generateQuiz(pack, decoded.set.spec);
	for (let index = 0; index < questions.length; index++) await answer(student, questions, index);
	const code = await student.getByRole('textbox', { name: 'Your result code' }).inputValue();

	await teacher.getByRole('link', { name: 'Open gradebook' }).click();
	await teacher.getByLabel('Paste result codes').fill(code);
	await teacher.getByRole('button', { name: 'Add to gradebook' }).click();
	await expect(teacher.getByRole('row', { name: xssName })).toBeVisible();
	await expect(teacher.getByText(xssTitle)).toBeVisible();
	expect(await teacher.locator('main svg image, main script, main img').count()).toBe(0);

	// A code for another assignment is refused with the codec's message.
	await teacher.getByLabel('Paste result codes').fill('SDR1-not-a-real-code');
	await teacher.getByRole('button', { name: 'Add to gradebook' }).click();
	await expect(teacher.getByText(/Refused · This result code is damaged or incomplete/)).toBeVisible();
	await teacherContext.close();
	await studentCtx.close();
});

/**
 * Stands in for the camera: getUserMedia returns a canvas stream showing the QR code `rows` (one string of
 * 0/1 per module row), or fails with `failWith`. Runs before the page's own scripts.
 */
async function fakeCamera(page: Page, camera: { rows?: string[]; failWith?: string }): Promise<void> {
	await page.addInitScript((fake) => {
		navigator.mediaDevices.getUserMedia = async () => {
			if (fake.failWith) throw new DOMException('Fake camera refusal', fake.failWith);
			const rows = fake.rows ?? [];
			const scale = 6;
			const side = (rows.length + 8) * scale;
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = side;
			const context = canvas.getContext('2d')!;
			const draw = () => {
				context.fillStyle = '#ffffff';
				context.fillRect(0, 0, side, side);
				context.fillStyle = '#000000';
				rows.forEach((row, y) => {
					for (let x = 0; x < row.length; x++)
						if (row[x] === '1') context.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale);
				});
			};
			draw();
			setInterval(draw, 100);
			return canvas.captureStream(10);
		};
	}, camera);
}

test('the teacher scans a result QR code with the camera; a refused camera is explained', async ({
	browser
}) => {
	const context = await browser.newContext();
	const teacher = await watchedPage(context);
	const link = await createSet(teacher, { title: 'Scanned in class', count: 2 });
	const decoded = decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.error.message);
	const code = encodeResult({
		v: 1,
		assignmentId: decoded.set.id,
		student: 'Omar Saleh',
		startedAt: Date.UTC(2025, 4, 20, 9),
		finishedAt: Date.UTC(2025, 4, 20, 9, 6),
		answers: [{ correct: true }, { correct: false, given: 'Ramadi' }],
		score: 1,
		maxScore: 2
	});
	const matrix = qrMatrix(code, 'Alphanumeric')!;
	const rows = Array.from({ length: matrix.size }, (_, row) =>
		Array.from({ length: matrix.size }, (_, col) => (matrix.isDark(row, col) ? '1' : '0')).join('')
	);
	const href = await teacher.getByRole('link', { name: 'Open gradebook' }).getAttribute('href');
	const gradebookPath = new URL(href ?? '', link);

	const scanning = await watchedPage(context);
	await fakeCamera(scanning, { rows });
	await scanning.goto(gradebookPath.pathname + gradebookPath.hash);
	await scanning.getByRole('button', { name: 'Scan QR codes' }).click();
	await expect(
		scanning.getByRole('listitem').filter({ hasText: 'Added · Omar Saleh: 1 / 2.' })
	).toBeVisible();
	await expect(scanning.getByRole('row', { name: /Omar Saleh/ })).toContainText('50%');
	await expect(scanning.getByRole('region', { name: 'Most-missed questions' })).toContainText(
		'missed by 1 of 1: Omar Saleh (“Ramadi”)'
	);
	await scanning.getByRole('button', { name: 'Stop the camera' }).click();
	await expect(scanning.getByRole('button', { name: 'Scan QR codes' })).toBeVisible();

	const refused = await watchedPage(context);
	await fakeCamera(refused, { failWith: 'NotAllowedError' });
	await refused.goto(gradebookPath.pathname + gradebookPath.hash);
	await refused.getByRole('button', { name: 'Scan QR codes' }).click();
	await expect(refused.getByRole('alert').filter({ hasText: 'Camera access was refused.' })).toBeVisible();
	await context.close();
});

test('an address naming no assignment or set says what to do in the page itself, before any code runs', async ({
	browser
}) => {
	// Requests must reach the route below, not a service worker's cache.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	// Not watched yet: the blocked code fails to load.
	const page = await context.newPage();
	const blockCode = () => page.route('**/_app/immutable/**', (route) => route.abort());
	const paste = page.getByRole('textbox', { name: 'Assignment link' });
	const noSet = page.getByText('No quiz set is chosen.');

	await blockCode();
	await page.goto('/assign/take');
	await expect(paste).toBeVisible();
	await expect(page.getByText('Opening the assignment…')).toBeHidden();
	await page.goto('/assign/gradebook');
	await expect(noSet).toBeVisible();
	await expect(page.getByText('Loading…')).toBeHidden();
	// With a fragment, the page says it is opening it, not that nothing is named.
	await page.goto('/assign/take#a1.AAAA');
	await expect(page.getByText('Opening the assignment…')).toBeVisible();
	await expect(paste).toBeHidden();
	await page.goto('/assign/share#someset');
	await expect(page.getByText('Loading…')).toBeVisible();
	await expect(noSet).toBeHidden();

	// Once the code runs, the same content stays and works.
	await page.unrouteAll();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/assign/share');
	await expect(noSet).toBeVisible();
	await expect(page.getByText(/not on this device/)).toBeHidden();
	// A link on a line of its own is a finger-sized target (it was 19 px tall).
	const back = page.getByRole('link', { name: 'Back to your assignments' });
	// Read once the page's code has drawn it (the prerendered link is replaced when the page hydrates).
	await expect.poll(async () => (await back.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
	await back.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Assign a quiz' })).toBeVisible();
	await page.goto('/assign/take');
	await paste.fill('not a link');
	await page.getByRole('button', { name: 'Open assignment' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /./ })).toBeVisible();
	// A set named but not kept on this device is told apart from none named.
	await page.goto('/assign/gradebook#someset');
	await expect(
		page.getByRole('alert').filter({ hasText: 'This quiz set is not on this device.' })
	).toBeVisible();
	await expect(noSet).toBeHidden();
	expect(errors).toEqual([]);
	await context.close();
});

test('a set or an assignment whose code cannot be fetched gets a plain message, not an endless "Loading…"', async ({
	browser
}) => {
	// Requests must reach the route below, not a service worker's cache.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const cannotLoad = page.getByRole('alert').filter({
		hasText: 'This page could not be loaded. Check the connection, then reload.'
	});
	for (const [path, hash] of [
		['/assign/take', '#a1.AAAA'],
		['/assign/gradebook', '#someset'],
		['/assign/share', '#someset']
	] as const) {
		await page.unrouteAll();
		await page.goto(path);
		// The page's code has run (the prerendered guess at both cases is gone), with no set named, so it has not
		// fetched what opens one; from now on that code cannot be fetched.
		await expect(page.locator('.no-fragment-guess')).toHaveCount(0);
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.evaluate((fragment) => (location.hash = fragment), hash);
		await expect(cannotLoad).toBeVisible();
		await expect(page.getByText('Loading…')).toBeHidden();
	}
	await context.close();
});
