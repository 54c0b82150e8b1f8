import { expect, test, type Locator, type Page } from '@playwright/test';
import { startQuiz } from './quiz-page';
import { sidewaysScroll } from './layout';
import { withSharedContext } from './shared-context';

/** A 412 px phone with text at 200 % lays out as this window. */
const ZOOMED_200 = { width: 206, height: 458 };

test('on a phone the bottom bar reaches every page, the rest behind "More"', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const box = await nav.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box!.y + box!.height).toBeGreaterThan(viewport.height - 2);

	for (const name of ['Study', 'Quiz', 'Missed', 'Today']) {
		await nav.getByRole('link', { name }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
	}
	for (const [name, heading] of [
		['Progress', 'Progress'],
		['Assign', 'Assign a quiz'],
		['Sources', 'Sources'],
		['Library', 'Library'],
		['Settings', 'Settings']
	]) {
		await nav.getByRole('button', { name: 'More' }).click();
		await page.getByRole('list', { name: 'More pages' }).getByRole('link', { name }).click();
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('list', { name: 'More pages' })).toBeHidden();
	}
});

test('with text zoomed to 200 % (a 412 px phone lays out 206 px wide) every control of the bottom bar is on screen and works', async ({
	page
}) => {
	await page.setViewportSize(ZOOMED_200);
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const controls = nav.locator('a:visible, button:visible');
	await expect(controls).toHaveCount(5);
	for (const control of await controls.all()) {
		const box = (await control.boundingBox())!;
		expect(box.x, `${await control.getAttribute('href')} starts on screen`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(ZOOMED_200.width);
		expect(box.width).toBeGreaterThanOrEqual(24);
	}
	await nav.getByRole('link', { name: 'Missed' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Missed cards' })).toBeVisible();
	await nav.getByRole('button', { name: 'More' }).click();
	await page.getByRole('list', { name: 'More pages' }).getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

/** Opens Study and waits until it has read the library: the device has study data (the built-in pack) from then on. */
async function haveStudyData(page: Page): Promise<void> {
	await page.goto('/study');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

/**
 * A page, its heading, and what shows once it has read the device's data (what could widen it comes last); `before`
 * makes the device what the page needs, whichever pages of the list the worker's shared context opened first.
 */
const WIDE_CHECKS: {
	path: string;
	heading: string;
	loaded: (page: Page) => Locator;
	before?: (page: Page) => Promise<void>;
}[] = [
	{
		path: '/',
		heading: 'Today',
		loaded: (page) => page.getByRole('heading', { name: 'Your first cards are ready' })
	},
	{ path: '/study', heading: 'Study', loaded: (page) => page.getByRole('button', { name: 'Show answer' }) },
	{ path: '/quiz', heading: 'Quiz', loaded: (page) => page.getByRole('button', { name: 'Start quiz' }) },
	{
		path: '/missed',
		heading: 'Missed cards',
		// The period form shows on a device with study data; on one without, only "Nothing missed".
		loaded: (page) => page.getByRole('button', { name: 'Show', exact: true }),
		before: haveStudyData
	},
	{
		path: '/assign',
		heading: 'Assign a quiz',
		loaded: (page) => page.getByRole('button', { name: 'Create and share' })
	},
	{
		path: '/assign/take',
		heading: 'Take an assignment',
		loaded: (page) => page.getByRole('button', { name: 'Open assignment' })
	},
	{
		path: '/progress',
		heading: 'Progress',
		loaded: (page) => page.getByRole('heading', { name: 'Mastery' })
	},
	{
		path: '/sources',
		heading: 'Sources',
		loaded: (page) => page.getByRole('heading', { level: 2, name: /^News report/ })
	},
	{
		path: '/library',
		heading: 'Library',
		loaded: (page) => page.getByRole('heading', { name: 'Import a deck' })
	},
	{
		path: '/library/new',
		heading: 'Make a pack from your documents',
		loaded: (page) => page.getByRole('button', { name: 'Compile the pack' })
	},
	{ path: '/settings', heading: 'Settings', loaded: (page) => page.getByRole('heading', { name: 'About' }) }
];

/** The phone at 200 % text, one per worker: each page's test opens a tab in it. */
const zoomed = withSharedContext({ viewport: ZOOMED_200 });

zoomed.describe('with text zoomed to 200 % (a 412 px phone lays out 206 px wide)', () => {
	for (const { path, heading, loaded, before } of WIDE_CHECKS) {
		zoomed(`${path} does not scroll sideways`, async ({ shared }) => {
			const page = await shared.newPage();
			await before?.(page);
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			await expect(loaded(page).first()).toBeVisible();
			await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
			expect(await sidewaysScroll(page), `${path} is wider than the screen by`).toBe(0);
			await page.close();
		});
	}
});

test.describe('with text zoomed to 200 % (a 412 px phone lays out 206 px wide)', () => {
	test.use({ viewport: ZOOMED_200 });

	test('Study keeps its heading on one line beside Undo, which shows its arrow and keeps its name', async ({
		page
	}) => {
		await haveStudyData(page);
		const heading = page.getByRole('heading', { level: 1, name: 'Study' });
		const oneLine = async () => {
			const { height, lineHeight } = await heading.evaluate((h) => ({
				height: h.getBoundingClientRect().height,
				lineHeight: parseFloat(getComputedStyle(h).lineHeight)
			}));
			return height < 1.5 * lineHeight;
		};
		expect(await oneLine(), 'the heading before any answer').toBe(true);
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good/ }).click();
		const undo = page.getByRole('button', { name: 'Undo' });
		await expect(undo).toBeVisible();
		expect(await oneLine(), 'the heading beside Undo').toBe(true);
		const box = (await undo.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(ZOOMED_200.width);
		expect(box.width).toBeGreaterThanOrEqual(24);
		await undo.click();
		await expect(undo).toBeHidden();
	});

	test("a quiz set's share page fits, its link field as narrow as the screen", async ({ page }) => {
		await page.goto('/assign');
		await page.getByLabel('Title').fill('Narrow set');
		await page.getByRole('button', { name: 'Create and share' }).click();
		const link = page.getByRole('textbox', { name: 'Assignment link' });
		await expect(link).toBeVisible();
		expect(await sidewaysScroll(page), 'the share page is wider than the screen by').toBe(0);
		const box = (await link.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(ZOOMED_200.width);
	});

	test('a "Put these events in order" question fits: no sideways scroll, each event at least 100 px wide', async ({
		page
	}) => {
		const { questions } = await startQuiz(page, 'narrow-timeline', ['timeline'], 5);
		const q = questions[0]!;
		if (q.mode !== 'timeline') throw new Error(`expected a timeline question, got ${q.mode}`);
		const rows = page.locator('form.quiz-question').getByRole('listitem');
		await expect(rows).toHaveCount(q.items.length);
		expect(await sidewaysScroll(page), 'the question is wider than the screen by').toBe(0);
		for (const [i, item] of q.items.entries()) {
			const box = (await rows.nth(i).getByText(item.label, { exact: true }).boundingBox())!;
			expect(box.width, `"${item.label}" is wide enough to read`).toBeGreaterThanOrEqual(100);
			expect(box.x + box.width).toBeLessThanOrEqual(ZOOMED_200.width);
		}
		// Its controls stay on screen and work.
		const first = q.items[0]!.label;
		await page.getByRole('button', { name: `Move ${first} down` }).click();
		await expect(rows.nth(1)).toContainText(first);
	});
});

test.describe('on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('each event of a "Put these events in order" question takes at most four lines', async ({ page }) => {
		const { questions } = await startQuiz(page, 'narrow-timeline', ['timeline'], 5);
		const q = questions[0]!;
		if (q.mode !== 'timeline') throw new Error(`expected a timeline question, got ${q.mode}`);
		const rows = page.locator('form.quiz-question').getByRole('listitem');
		expect(await sidewaysScroll(page)).toBe(0);
		for (const [i, item] of q.items.entries()) {
			const text = rows.nth(i).getByText(item.label, { exact: true });
			const { lines, height } = await text.evaluate((element) => {
				const style = getComputedStyle(element);
				const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
				const content = element.getBoundingClientRect().height - padding;
				return { lines: content / parseFloat(style.lineHeight), height: content };
			});
			expect(lines, `"${item.label}" is ${height} px tall`).toBeLessThanOrEqual(4.1);
		}
	});
});
