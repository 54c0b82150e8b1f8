/**
 * JavaScript a page fetches until it is idle, as a first visit sees it: every script the page requests (the
 * HTML's module preloads, its imports, and what its code imports on mount, such as Dexie), summed from Resource
 * Timing's transfer sizes (compressed bytes and headers, as they travel). The service worker is blocked, so every
 * request goes to the network and is counted.
 */
import type { Browser } from '@playwright/test';
import { PERF } from './config';

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
		await page.goto(`${origin}${path}`, { waitUntil: 'load' });
		// Idle: no request for 500 ms, then the main thread idle too, and still no new request after that.
		let seen = -1;
		for (;;) {
			await page.waitForLoadState('networkidle');
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
		if (scripts.some((script) => script.bytes === 0))
			throw new Error(`${path}: a script came from a cache, so its size is unknown`);
		return { path, bytes: scripts.reduce((sum, s) => sum + s.bytes, 0), files: scripts.length };
	} finally {
		await context.close();
	}
}
