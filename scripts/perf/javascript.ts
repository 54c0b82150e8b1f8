/**
 * JavaScript a page fetches until it is idle, as a first visit sees it: every script the page requests (the
 * HTML's module preloads, its imports, what its code imports on mount, such as Dexie, and what it loads once the
 * built-in pack's install has ended), summed from Resource Timing's transfer sizes (compressed bytes and
 * headers, as they travel), and every script its workers import. A worker is bundled on its own, with its own
 * copy of what it shares with the page (the built-in install worker has its own Dexie), and what it imports is
 * in the worker's Resource Timing, not the page's: those come from the network events (body and headers as
 * received). The service worker is blocked, so every request goes to the network and is counted.
 */
import type { Browser, Request } from '@playwright/test';
import { PERF } from './config';

/**
 * How long no request may begin or end before the page counts as idle. 500 ms ended the count early in 2 of 5
 * runs on / and /quiz (18 or 17 files against 24 and 30): the page's reply to the install's end, and the quiz's
 * warm-up in idle time (a second and more with no request before the map's code), came later than that. With
 * 2 s, 5 runs of each gave one count.
 */
const QUIET_MS = 2_000;

export interface PageJavaScript {
	path: string;
	bytes: number;
	files: number;
}

export async function javascriptByIdle(
	browser: Browser,
	origin: string,
	path: string
): Promise<PageJavaScript> {
	const context = await browser.newContext({ viewport: PERF.viewport, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		// Requests in flight and when the last one began or ended (Playwright's 'networkidle' is reached once only).
		let inFlight = 0;
		let lastChange = Date.now();
		const changed = (by: number) => () => {
			inFlight += by;
			lastChange = Date.now();
		};
		// A first visit installs the built-in pack in a worker, and the page loads more code once it ends (the
		// library it reads, the quiz it builds): the page is not idle while that worker lives. Once its code has
		// arrived (its imports are reported with the page's requests) it writes for seconds without a request, so
		// network idle alone can come in the middle of the install.
		const installs = new Set<Promise<unknown>>();
		page.on('worker', (worker) => {
			if (!worker.url().includes('built-in-install')) return;
			// Its end is a change too: the page loads what comes next (the library's reading) only then.
			installs.add(
				new Promise<void>((ended) =>
					worker.once('close', () => {
						lastChange = Date.now();
						ended();
					})
				)
			);
		});
		page.on('request', changed(1));
		page.on('requestfinished', changed(-1));
		page.on('requestfailed', changed(-1));
		// Every script that arrived, the workers' imports included (their sizes read once the count is done).
		const arrived: Request[] = [];
		page.on('requestfinished', (request) => {
			if (request.resourceType() === 'script') arrived.push(request);
		});
		const networkQuiet = async () => {
			while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) await page.waitForTimeout(50);
		};
		await page.goto(`${origin}${path}`, { waitUntil: 'load' });
		// Idle: no install running, no request for QUIET_MS, then the main thread idle too, and still no new request
		// after that.
		let seen = -1;
		for (;;) {
			await Promise.all(installs);
			await networkQuiet();
			const count = await page.evaluate(
				() =>
					new Promise<number>((resolve) =>
						requestIdleCallback(() => resolve(performance.getEntriesByType('resource').length))
					)
			);
			if (count === seen) break;
			seen = count;
		}
		const scripts = await page.evaluate(() =>
			(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((entry) => /\.m?js(\?|$)/.test(new URL(entry.name).pathname))
				.map((entry) => ({ url: entry.name, bytes: entry.transferSize }))
		);
		const inPage = new Set(scripts.map((script) => script.url));
		for (const request of arrived) {
			if (inPage.has(request.url())) continue;
			inPage.add(request.url());
			const sizes = await request.sizes();
			scripts.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
		}
		const unknown = scripts.find((script) => !(script.bytes > 0));
		if (unknown) throw new Error(`${path}: ${unknown.url} came from a cache, so its size is unknown`);
		return { path, bytes: scripts.reduce((sum, s) => sum + s.bytes, 0), files: scripts.length };
	} finally {
		await context.close();
	}
}
