/**
 * What happens to the learner's data when things go wrong at the worst moment: a tab that dies in the middle of
 * a grade, two tabs grading at once, a full disk, a schema upgrade in another tab. Each test proves the bad
 * moment really happened (a transaction in flight, two transactions overlapping, a write refused by the quota)
 * before it checks that nothing was lost or half-written.
 */
import { expect, test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { answerStored, readStore } from './idb';

interface Review {
	id: number;
	cardId: string;
	at: number;
	after: { reps: number; due: number };
}
interface CardState {
	id: string;
	reps: number;
	due: number;
}

/** Both or neither: every studied card's state is the one its last written review left; no review is orphaned. */
function inconsistencies(cards: CardState[], reviews: Review[]): string[] {
	const latest = new Map<string, Review>();
	for (const review of reviews) {
		const seen = latest.get(review.cardId);
		// Latest written, not latest by time: two tabs grading the same card at once read the clock before their
		// transactions queue up, so the second write can carry the earlier time.
		if (!seen || review.id > seen.id) latest.set(review.cardId, review);
	}
	const problems: string[] = [];
	for (const card of cards) {
		const review = latest.get(card.id);
		if (!review) problems.push(`${card.id}: state without a review`);
		else if (review.after.reps !== card.reps || review.after.due !== card.due)
			problems.push(`${card.id}: state differs from its latest review`);
	}
	for (const id of latest.keys())
		if (!cards.some((card) => card.id === id)) problems.push(`${id}: review without state`);
	return problems;
}

async function stored(page: Page) {
	return {
		cards: await readStore<CardState>(page, 'cards'),
		reviews: await readStore<Review>(page, 'reviews')
	};
}

/** Opens /study and waits until the card on screen is the learner's, read from their data. */
async function openStudy(page: Page): Promise<void> {
	await page.goto('/study');
	await expect(page.locator('#card-prompt')).toBeVisible();
	await answerStored(page);
}

/** Reveals the card and returns the Good button, ready to be clicked where it stays. */
async function revealed(page: Page) {
	const prompt = (await page.locator('#card-prompt').textContent()) ?? '';
	await page.getByRole('button', { name: 'Show answer' }).click();
	const good = page.getByRole('button', { name: /^Good/ });
	await expect(good).toBeEnabled();
	// A "Where is …?" answer is drawn with its map, which moves the ratings if it comes later than the answer:
	// the button is measured once the map is there.
	if (prompt.startsWith('Where is')) await expect(page.getByRole('img', { name: /^Map: / })).toBeVisible();
	return good;
}

/** Where an armed page stops inside the grade's transaction, for the test to kill or close it there. */
type StopPoint = 'before-card-write' | 'between-card-and-review' | 'after-commit';

/**
 * Test-only instrumentation of IndexedDB (the page's own prototypes, installed before the app's code): when armed,
 * the grade's transaction reports the stop point through the console and then holds the page's main thread
 * there (for `holdMs`), inside the open transaction, so the test can kill or close the tab at exactly that moment.
 */
function instrumentGrades(): void {
	type Armed = { point: string; holdMs: number } | null;
	const win = window as unknown as { __armed: Armed };
	win.__armed = null;
	const cardWrites = new WeakSet<IDBTransaction>();
	const stop = (point: string, transaction: IDBTransaction) => {
		const armed = win.__armed;
		if (armed?.point !== point) return;
		win.__armed = null;
		console.log(
			`grade-stop ${JSON.stringify({
				point,
				mode: transaction.mode,
				stores: [...transaction.objectStoreNames],
				cardWritten: cardWrites.has(transaction)
			})}`
		);
		const until = performance.now() + armed.holdMs;
		while (performance.now() < until) {
			// The transaction cannot commit while its page's main thread is held here.
		}
	};
	const { put, add } = IDBObjectStore.prototype;
	IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
		if (this.name === 'cards') {
			stop('before-card-write', this.transaction);
			const request = put.apply(this, args);
			cardWrites.add(this.transaction);
			if (win.__armed?.point === 'after-commit') {
				const transaction = this.transaction;
				transaction.addEventListener('complete', () => stop('after-commit', transaction));
			}
			return request;
		}
		return put.apply(this, args);
	};
	IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
		if (this.name === 'reviews') stop('between-card-and-review', this.transaction);
		return add.apply(this, args);
	};
}

interface StopReport {
	point: StopPoint;
	mode: IDBTransactionMode;
	stores: string[];
	cardWritten: boolean;
}

/** Resolves with the page's report once it has stopped at the armed point. */
function stopped(page: Page): Promise<StopReport> {
	return new Promise((resolve) => {
		const listener = (message: { text(): string }) => {
			const text = message.text();
			if (!text.startsWith('grade-stop ')) return;
			page.off('console', listener);
			resolve(JSON.parse(text.slice('grade-stop '.length)) as StopReport);
		};
		page.on('console', listener);
	});
}

/** `promise`, or a failure naming what did not happen within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
	});
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Kills the renderer process that runs the held page (SIGKILL, as the system does to a tab when memory runs out):
 * the renderer of this browser spending the most CPU time, the page being held in a busy loop. Should another
 * renderer have been busier for a moment, the held page lives on: the next busiest is killed, until it is gone.
 */
async function killHeldRenderer(cdp: CDPSession, isGone: () => boolean): Promise<void> {
	type Info = { processInfo: { type: string; id: number; cpuTime: number }[] };
	const renderers = async () =>
		((await cdp.send('SystemInfo.getProcessInfo')) as Info).processInfo.filter((p) => p.type === 'renderer');
	let since = new Map((await renderers()).map((p) => [p.id, p.cpuTime]));
	while (!isGone()) {
		const now = await renderers();
		const busiest = now
			.map((p) => ({ id: p.id, spent: p.cpuTime - (since.get(p.id) ?? p.cpuTime) }))
			.sort((a, b) => b.spent - a.spent)[0];
		if (busiest && busiest.spent > 0.2) {
			process.kill(busiest.id, 'SIGKILL');
			since = new Map(now.map((p) => [p.id, p.cpuTime]));
		}
	}
}

test.describe('a tab that dies in the middle of a grade', () => {
	let browser: Browser;

	test.beforeEach(async ({ playwright }, testInfo) => {
		// A browser of its own: its renderer processes are killed.
		browser = await playwright.chromium.launch(testInfo.project.use.launchOptions);
	});
	test.afterEach(async () => {
		await browser?.close();
	});

	test('crashed or closed between the card write and the review write: both are stored or neither, and the study page stores the answer when it opens again', async ({
		baseURL
	}) => {
		// Five tabs die in turn, each followed by a fresh one: more than a minute on a loaded two-core machine.
		test.setTimeout(150_000);
		// No service worker: its precache would compete for the CPU, and it plays no part in a grade.
		const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
		await context.addInitScript(instrumentGrades);
		const cdp = await browser.newBrowserCDPSession();
		const runs: { how: string; point: StopPoint; report: StopReport; outcome: 'both' | 'neither' }[] = [];

		const plan: { how: 'crash' | 'close'; point: StopPoint; holdMs: number }[] = [
			{ how: 'crash', point: 'between-card-and-review', holdMs: 30_000 },
			{ how: 'crash', point: 'before-card-write', holdMs: 30_000 },
			{ how: 'crash', point: 'after-commit', holdMs: 30_000 },
			{ how: 'close', point: 'between-card-and-review', holdMs: 300 },
			{ how: 'crash', point: 'between-card-and-review', holdMs: 30_000 }
		];
		// One answer first, so the data the crashes could damage is not empty.
		const first = await context.newPage();
		await openStudy(first);
		await (await revealed(first)).click();
		await answerStored(first);
		await first.close();

		for (const { how, point, holdMs } of plan) {
			const page = await context.newPage();
			await openStudy(page);
			const before = await stored(page);
			const good = await revealed(page);
			let isGone = false;
			const gone = new Promise<void>((resolve) => {
				const away = () => {
					isGone = true;
					resolve();
				};
				if (how === 'crash') page.once('crash', away);
				else page.once('close', away);
			});
			await page.evaluate((armed) => ((window as unknown as { __armed: unknown }).__armed = armed), {
				point,
				holdMs
			});
			const report = stopped(page);
			// The click returns once the input is dispatched; the grade then runs in the page.
			await good.click({ noWaitAfter: true });
			const where = await within(report, 20_000, `${point}: the grade reaching its stop point`);
			if (how === 'crash')
				await within(
					killHeldRenderer(cdp, () => isGone),
					20_000,
					'killing the held renderer'
				);
			else await page.close({ runBeforeUnload: false });
			await within(gone, 20_000, `${how} at ${point}: the tab going away`);

			const check = await context.newPage();
			await check.goto('/');
			const after = await stored(check);
			await check.close();
			expect(inconsistencies(after.cards, after.reviews), `${how} at ${point}`).toEqual([]);
			const added = after.reviews.length - before.reviews.length;
			expect([0, 1], `${how} at ${point}: reviews added`).toContain(added);
			if (added === 0) expect(after, `${how} at ${point}: nothing changed`).toEqual(before);
			runs.push({ how, point, report: where, outcome: added === 1 ? 'both' : 'neither' });

			// The answer was kept on the device from the tap: the study page, opened again, stores what was lost.
			const study = await context.newPage();
			await openStudy(study);
			const reopened = await stored(study);
			await study.close();
			expect(inconsistencies(reopened.cards, reopened.reviews), `${how} at ${point}: reopened`).toEqual([]);
			expect(reopened.reviews.length - before.reviews.length, `${how} at ${point}: reopened`).toBe(1);
		}

		// The tab really died inside the grade's transaction: the card was written in it and the review not yet.
		const inFlight = runs.filter(
			(run) =>
				run.point === 'between-card-and-review' && run.report.cardWritten && run.report.mode === 'readwrite'
		);
		expect(inFlight).toHaveLength(3);
		for (const run of inFlight)
			expect(run.report.stores).toEqual(expect.arrayContaining(['cards', 'reviews']));
		// A crash there loses the whole grade (a card written in a transaction of its own would have stayed).
		expect(
			runs.filter((run) => run.how === 'crash' && run.point !== 'after-commit').map((run) => run.outcome)
		).toEqual(['neither', 'neither', 'neither']);
		// A crash after the commit keeps the whole grade.
		expect(runs.find((run) => run.point === 'after-commit')!.outcome).toBe('both');
		await context.close();
	});
});

/**
 * An init script: every grade's transaction (read-write on cards and reviews) in `window.__gradeTransactions`,
 * with when it started and ended (committed or not), on the clock all tabs share.
 */
function recordGradeTransactions(): void {
	const log: { start: number; end?: number }[] = [];
	(window as unknown as { __gradeTransactions: typeof log }).__gradeTransactions = log;
	const now = () => performance.timeOrigin + performance.now();
	const { transaction } = IDBDatabase.prototype;
	IDBDatabase.prototype.transaction = function (
		this: IDBDatabase,
		...args: Parameters<IDBDatabase['transaction']>
	) {
		const tx = transaction.apply(this, args);
		const stores = [...tx.objectStoreNames];
		if (tx.mode === 'readwrite' && stores.includes('reviews') && stores.includes('cards')) {
			const entry: { start: number; end?: number } = { start: now() };
			log.push(entry);
			for (const end of ['complete', 'abort', 'error'])
				tx.addEventListener(end, () => (entry.end ??= now()), { once: true });
		}
		return tx;
	};
}

test('answers tapped right before a reload are all stored, each once', async ({ page }) => {
	await page.addInitScript(recordGradeTransactions);
	await page.addInitScript(() => {
		// Counts the reloads that came while a grade's transaction was still open.
		addEventListener('pagehide', () => {
			const log = (window as unknown as { __gradeTransactions: { end?: number }[] }).__gradeTransactions;
			if (log.some((entry) => entry.end === undefined))
				sessionStorage.setItem('cut', String(Number(sessionStorage.getItem('cut')) + 1));
		});
	});
	await openStudy(page);
	const before = (await stored(page)).reviews.length;
	// A slow phone: the write takes long enough for a reload to come first.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const rounds = 4;
	for (let round = 1; round <= rounds; round++) {
		const good = await revealed(page);
		await good.click({ noWaitAfter: true });
		await page.reload();
		await expect(page.locator('#card-prompt')).toBeVisible();
		await expect.poll(async () => (await stored(page)).reviews.length).toBe(before + round);
		// The card painted at once is the one saved before the reload; once the stored data is read, the next card
		// replaces it, and a tap on the first one's "Show answer" is rightly not given to it (CI, 2132449).
		await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
	}
	await answerStored(page);
	const { cards, reviews } = await stored(page);
	expect(reviews).toHaveLength(before + rounds);
	expect(inconsistencies(cards, reviews)).toEqual([]);
	// Some reloads really cut a write short: those answers were stored by the page that came next.
	expect(Number(await page.evaluate(() => sessionStorage.getItem('cut')))).toBeGreaterThan(0);
});

test('two tabs answering at the same moment lose no review', async ({ context }) => {
	await context.addInitScript(recordGradeTransactions);
	const tabs = [await context.newPage(), await context.newPage()];
	for (const tab of tabs) await openStudy(tab);
	const rounds = 6;
	let overlapping = 0;
	for (let round = 0; round < rounds; round++) {
		const buttons: { x: number; y: number; width: number }[] = [];
		for (const tab of tabs) buttons.push((await (await revealed(tab)).boundingBox())!);
		// Both clicks are fired together: real input events, dispatched without waiting for each other.
		await Promise.all(
			tabs.map((tab, i) => tab.mouse.click(buttons[i]!.x + buttons[i]!.width / 2, buttons[i]!.y + 10))
		);
		for (const tab of tabs) await answerStored(tab);
		const [a, b] = await Promise.all(
			tabs.map((tab) =>
				tab.evaluate(() =>
					(
						window as unknown as { __gradeTransactions: { start: number; end: number }[] }
					).__gradeTransactions.at(-1)!
				)
			)
		);
		if (a!.start < b!.end && b!.start < a!.end) overlapping++;
	}
	// The two grades were in flight at the same time, not one after the other.
	expect(overlapping).toBeGreaterThan(0);
	const { cards, reviews } = await stored(tabs[0]!);
	expect(reviews).toHaveLength(rounds * 2);
	expect(inconsistencies(cards, reviews)).toEqual([]);
	await tabs[0]!.goto('/progress');
	await expect(tabs[0]!.getByText(new RegExp(`\\b${rounds * 2} reviews\\b`)).first()).toBeVisible();
});

test.describe('storage full', () => {
	// The service worker's precache would use the quota too, at a moment of its own choosing.
	test.use({ serviceWorkers: 'block' });

	/** Room for the app's own pack, which the library installs on first run, and a day of study. */
	const ROOM = 16 * 1024 * 1024;

	/**
	 * Gives the origin a real quota of ROOM more than it uses, set on a file of the origin before the app first
	 * writes to IndexedDB: Chromium's IndexedDB asks the quota once for an allowance and spends it before asking
	 * again. Then opens Study.
	 */
	async function limitQuotaAndStudy(page: Page, cdp: CDPSession, origin: string): Promise<void> {
		await page.goto('/icon.svg');
		const { usage } = await page.evaluate(() => navigator.storage.estimate());
		await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage! + ROOM });
		await openStudy(page);
	}

	/** Fills the quota with incompressible data until a write of 64 bytes fails; returns the bytes written. */
	async function fillTheDisk(page: Page): Promise<number> {
		return page.evaluate(async () => {
			const db: IDBDatabase = await new Promise((resolve, reject) => {
				const open = indexedDB.open('disk-filler');
				open.onupgradeneeded = () => open.result.createObjectStore('blobs', { autoIncrement: true });
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const write = (size: number) =>
				new Promise<string>((resolve) => {
					const bytes = new Uint8Array(size);
					for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
					const tx = db.transaction('blobs', 'readwrite');
					tx.objectStore('blobs').add(bytes);
					tx.oncomplete = () => resolve('ok');
					tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
				});
			let filled = 0;
			for (let size = 128 * 1024; size >= 64;) {
				const outcome = await write(size);
				if (outcome === 'ok') filled += size;
				else if (outcome === 'QuotaExceededError') size /= 2;
				else throw new Error(outcome);
			}
			db.close();
			return filled;
		});
	}

	async function freeTheDisk(page: Page): Promise<void> {
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.deleteDatabase('disk-filler');
					request.onsuccess = () => resolve();
					request.onerror = () => reject(request.error);
				})
		);
	}

	test('a grade refused by a full disk says so, writes nothing, and works once space is freed', async ({
		page,
		baseURL
	}) => {
		const cdp = await page.context().newCDPSession(page);
		await limitQuotaAndStudy(page, cdp, new URL(baseURL!).origin);
		await (await revealed(page)).click();
		await answerStored(page);
		const filled = await fillTheDisk(page);
		expect(filled).toBeGreaterThan(512 * 1024);
		expect(filled).toBeLessThan(ROOM);
		const before = await stored(page);

		const prompt = await page.locator('#card-prompt').textContent();
		await (await revealed(page)).click();
		const alert = page.getByRole('alert').filter({ hasText: 'out of storage space' });
		await expect(alert).toBeVisible();
		await expect(alert).toContainText('Free some space');
		await answerStored(page);
		// The card comes back to be answered again, and nothing of the refused grade was stored.
		await expect(page.locator('#card-prompt')).toHaveText(prompt ?? '');
		expect(await stored(page)).toEqual(before);

		await freeTheDisk(page);
		await page.getByRole('button', { name: /^Good/ }).click();
		await expect(page.locator('#card-prompt')).not.toHaveText(prompt ?? '');
		await answerStored(page);
		await expect(alert).toBeHidden();
		const after = await stored(page);
		expect(after.reviews).toHaveLength(before.reviews.length + 1);
		expect(inconsistencies(after.cards, after.reviews)).toEqual([]);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin });
	});

	test('a reset on a full disk deletes nothing (no copy could be kept), and goes ahead once space is freed', async ({
		page,
		baseURL
	}) => {
		const cdp = await page.context().newCDPSession(page);
		await limitQuotaAndStudy(page, cdp, new URL(baseURL!).origin);
		await (await revealed(page)).click();
		await answerStored(page);
		await page.goto('/settings');
		await expect(page.locator('section[aria-labelledby="snapshots"]')).toHaveAttribute('aria-busy', 'false');
		expect(await fillTheDisk(page)).toBeLessThan(ROOM);
		const before = await stored(page);

		const reset = async () => {
			await page.getByRole('button', { name: 'Delete everything…' }).click();
			const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
			await dialog.getByLabel('Type RESET to confirm').fill('RESET');
			await dialog.getByRole('button', { name: 'Delete everything' }).click();
		};
		await reset();
		const alert = page.getByRole('alert').filter({ hasText: 'Nothing was deleted' });
		await expect(alert).toContainText('the device is out of storage space');
		expect(await stored(page)).toEqual(before);

		await freeTheDisk(page);
		await reset();
		await expect(page.getByRole('status').filter({ hasText: 'Everything was deleted' })).toBeVisible();
		expect(await readStore(page, 'reviews')).toEqual([]);
		await expect(page.getByRole('region', { name: 'Automatic copies' })).toContainText(
			'Before deleting everything'
		);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin });
	});
});

test('a tab open during a schema upgrade is told to reload, not broken', async ({ context }) => {
	const page = await context.newPage();
	await page.goto('/study');
	await expect(page.locator('#card-prompt')).toBeVisible();
	// The page has opened the database (the prerendered card shows before it does).
	await answerStored(page);
	const newer = await context.newPage();
	await newer.goto('/settings');
	// What a newer release does when it opens the database with a higher schema version.
	const upgraded = await newer.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('sourcedeck', 9_000);
				request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
				request.onsuccess = () => {
					const version = request.result.version;
					request.result.close();
					resolve(version);
				};
				request.onerror = () => reject(request.error);
				request.onblocked = () => reject(new Error('blocked by the open tab'));
			})
	);
	expect(upgraded).toBe(9_000);
	const notice = page.getByRole('alert').filter({ hasText: 'Sourcedeck was updated in another tab' });
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('button', { name: 'Reload page' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
});
