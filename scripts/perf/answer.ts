/**
 * Answer → next card, as a learner feels it: the CPU slowed down, the card revealed, a real tap (CDP mouse
 * events) on Good, timed from the tap's input event to the frame after the next card appears (in-page.ts), with
 * the tap's Event Timing duration (what INP reports). Between answers the page is left to go idle, as it is while
 * a learner reads the answer.
 */
import type { Browser, Page } from '@playwright/test';
import { PERF } from './config';
import { NAME_HELPER, interactionDurations, recordLearnerTimings, type PagePerf } from './in-page';
import { checkQueue, installLibrary, type PerfLibrary } from './library';

export interface AnswerTimings {
	/** Input event → next card painted, per answer. */
	nextCardMs: number[];
	/** Event Timing duration of each tap (0 when under the 16 ms the API reports from). */
	interactionMs: number[];
}

export interface AnswerSetup {
	/** The library to study in (the app); none for the floor. */
	library?: PerfLibrary;
	path: string;
}

export async function timeAnswers(
	browser: Browser,
	origin: string,
	setup: AnswerSetup,
	answers: number
): Promise<AnswerTimings> {
	const context = await browser.newContext({ viewport: PERF.viewport, serviceWorkers: 'block' });
	try {
		await context.addInitScript({ content: NAME_HELPER });
		await context.addInitScript(recordLearnerTimings);
		const page = await context.newPage();
		if (setup.library) await installLibrary(page, origin, setup.library);
		await page.goto(`${origin}${setup.path}`);
		await settled(page);
		if (setup.library) await checkQueue(page, setup.library);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: PERF.cpuSlowdown });
		for (let i = 0; i < answers; i++) {
			await page.getByRole('button', { name: 'Show answer' }).click();
			const good = page.getByRole('button', { name: /^Good/ });
			// Enabled and still: where a learner's finger lands.
			await good.click({ trial: true });
			await idle(page);
			const box = (await good.boundingBox())!;
			await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
			await liftFinger(page);
			await page.waitForFunction(
				(n) => (window as unknown as { __perf: PagePerf }).__perf.answers.length >= n,
				i + 1
			);
			await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
			await idle(page);
		}
		// Event Timing entries are reported after the frame they end in.
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
		);
		const perf = await page.evaluate(() => (window as unknown as { __perf: PagePerf }).__perf);
		return {
			nextCardMs: perf.answers.map((a) => a.nextCardAt - a.clickAt),
			interactionMs: interactionDurations(perf)
		};
	} finally {
		await context.close();
	}
}

/** The page has loaded everything its code asks for, and the study data is read. */
async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
	await idle(page);
}

/**
 * A finger leaves the screen: the mouse moves off the page's controls. (Headless Chromium gives a page no idle
 * time while the mouse rests on a button it clicked; a phone has no hover.)
 */
async function liftFinger(page: Page): Promise<void> {
	await page.mouse.move(0, 0);
}

/** The main thread has nothing left to do (what a learner reading the card gives it). */
async function idle(page: Page): Promise<void> {
	await liftFinger(page);
	// Bounded: should idle time be held back, the app's own idle work (given 2 s) has run by then all the same.
	await page.evaluate(
		() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2500 }))
	);
}
