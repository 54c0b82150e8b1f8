/**
 * Browser measurements with Playwright + CDP on the production build:
 * - offline cold start: service worker installed, network off, CPU 4x slower; navigation → first card painted;
 * - answer latency: click on Good → next card painted, with a 20,000-card collection in IndexedDB.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

const PROMPT = '#card-prompt';
/** The study area while the stored data is read or an answer is stored. */
const BUSY = 'main [aria-busy="true"]';

/**
 * Records when the card prompt is first painted visible (ms since navigation), and when that card can be
 * answered: the code has run and the learner's data is read. The page is prerendered with a first-visit card
 * that stays hidden on a device with study data, so presence alone is not enough.
 */
const FIRST_CARD_OBSERVER = `(() => {
	const painted = (name) => requestAnimationFrame(() => { window[name] = performance.now(); });
	const visible = () => document.querySelector('${PROMPT}')?.checkVisibility() === true;
	const answerable = () =>
		visible() && !document.querySelector('${BUSY}') && document.querySelector('main button.reveal:enabled, main input[type="text"]');
	let seen = false;
	new MutationObserver((_, observer) => {
		if (!seen && visible()) { seen = true; painted('__firstCardMs'); }
		if (seen && answerable()) { painted('__answerableMs'); observer.disconnect(); }
	}).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

export async function measureInBrowser(
	origin: string,
	chromePath: string
): Promise<{ coldStartMs: number[]; answerableMs: number[]; answerMs: number[] }> {
	const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({
			viewport: { width: 412, height: 915 },
			deviceScaleFactor: 2.6
		});
		const { coldStartMs, answerableMs } = await coldStarts(context, origin, 5);
		await context.close();
		const answerContext = await browser.newContext({ viewport: { width: 412, height: 915 } });
		const answerMs = await answerLatencies(answerContext, origin, 50);
		await answerContext.close();
		return { coldStartMs, answerableMs, answerMs };
	} finally {
		await browser.close();
	}
}

/** A learner's first visit: the app installs, and a few cards are studied (so later visits read real data). */
async function installApp(context: BrowserContext, origin: string): Promise<void> {
	const page = await context.newPage();
	await page.goto(`${origin}/study`);
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 60_000
	});
	await page.locator(BUSY).waitFor({ state: 'detached' });
	for (let i = 0; i < 3; i++) {
		const prompt = await page.locator(PROMPT).textContent();
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good/ }).click();
		await page
			.locator(PROMPT)
			.filter({ hasNotText: prompt ?? '' })
			.waitFor();
		await page.locator(BUSY).waitFor({ state: 'detached' });
	}
	await page.close();
}

async function coldStarts(
	context: BrowserContext,
	origin: string,
	runs: number
): Promise<{ coldStartMs: number[]; answerableMs: number[] }> {
	await installApp(context, origin);
	await context.setOffline(true);
	await context.addInitScript(FIRST_CARD_OBSERVER);
	const coldStartMs: number[] = [];
	const answerableMs: number[] = [];
	type Marks = { __firstCardMs?: number; __answerableMs?: number };
	for (let i = 0; i < runs; i++) {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(`${origin}/study`);
		await page.waitForFunction(() => (window as Marks).__answerableMs !== undefined);
		const marks = await page.evaluate(() => {
			const { __firstCardMs, __answerableMs } = window as Marks;
			return { visible: __firstCardMs!, answerable: __answerableMs! };
		});
		coldStartMs.push(marks.visible);
		answerableMs.push(marks.answerable);
		await page.close();
	}
	return { coldStartMs, answerableMs };
}

/** Fills IndexedDB with `count` studied cards and a review each, as a long-time user's collection. */
async function seedCollection(page: Page, count: number): Promise<void> {
	await page.evaluate(async (total) => {
		const open = indexedDB.open('sourcedeck');
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = db.transaction(['cards', 'reviews', 'settings'], 'readwrite');
		// Enough new cards a day that 50 answers in a row never run out of cards.
		tx.objectStore('settings').put({ key: 'newPerDay', value: 200 });
		const day = 86_400_000;
		const now = Date.now();
		for (let i = 0; i < total; i++) {
			const state = {
				due: now + ((i % 60) + 1) * day,
				stability: 10 + (i % 50),
				difficulty: 5,
				elapsed_days: 3,
				scheduled_days: 10,
				learning_steps: 0,
				reps: 4,
				lapses: 0,
				state: 2,
				last_review: now - 3 * day
			};
			tx.objectStore('cards').put({ id: `synthetic:${i}`, introducedAt: now - 200 * day, ...state });
			const at = now - (i % 365) * day;
			tx.objectStore('reviews').add({
				cardId: `synthetic:${i}`,
				at,
				day: new Date(at).toISOString().slice(0, 10),
				rating: 3,
				durationMs: 4000,
				before: null,
				after: state
			});
		}
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, count);
}

async function answerLatencies(context: BrowserContext, origin: string, answers: number): Promise<number[]> {
	const page = await context.newPage();
	await page.goto(`${origin}/study`);
	await page.locator(BUSY).waitFor({ state: 'detached' });
	await seedCollection(page, 20_000);
	await page.reload();
	await page.locator(BUSY).waitFor({ state: 'detached' });
	const times: number[] = [];
	for (let i = 0; i < answers; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		const good = page.getByRole('button', { name: /^Good/ });
		await good.waitFor();
		const handle = await good.elementHandle();
		const ms = await page.evaluate(
			(button) =>
				new Promise<number>((resolve) => {
					const before = document.querySelector('#card-prompt');
					const beforeText = before?.textContent;
					const start = performance.now();
					const observer = new MutationObserver(() => {
						const now = document.querySelector('#card-prompt');
						if (now !== before || now?.textContent !== beforeText) {
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now() - start));
						}
					});
					observer.observe(document.body, { childList: true, subtree: true, characterData: true });
					(button as HTMLButtonElement).click();
				}),
			handle
		);
		times.push(ms);
	}
	await page.close();
	return times;
}
