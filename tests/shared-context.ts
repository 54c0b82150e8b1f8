/**
 * A browser context a worker's tests share, for tests that only look at pages: a fresh context per test pays a
 * first visit each time (the service worker precaching every page, the built-in pack's install), which was most
 * of such a test's time.
 */
import {
	test as base,
	type BrowserContext,
	type BrowserContextOptions,
	type WorkerInfo
} from '@playwright/test';

/** The options a test's own context would get from its project (the device it plays), with `overrides`. */
export function projectContextOptions(
	workerInfo: WorkerInfo,
	overrides: BrowserContextOptions = {}
): BrowserContextOptions {
	const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
	return { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, ...overrides };
}

/**
 * `test` with `shared`: one context per worker, the project's device with `overrides`, readied once by `prepare`
 * (installed and taken offline, say). Each test opens its own tab in it and closes it.
 */
export function withSharedContext(
	overrides: BrowserContextOptions = {},
	prepare?: (context: BrowserContext) => Promise<void>
) {
	return base.extend<object, { shared: BrowserContext }>({
		shared: [
			async ({ browser }, use, workerInfo) => {
				const context = await browser.newContext(projectContextOptions(workerInfo, overrides));
				await prepare?.(context);
				await use(context);
				await context.close();
			},
			{ scope: 'worker' }
		]
	});
}
