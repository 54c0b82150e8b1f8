/**
 * A browser context a worker's tests share, for tests that only look at pages: a fresh context per test pays a
 * first visit each time (the service worker precaching every page, the built-in pack's install), which was most
 * of such a test's time.
 */
import type { BrowserContextOptions, WorkerInfo } from '@playwright/test';

/** The options a test's own context would get from its project (the device it plays), with `overrides`. */
export function projectContextOptions(
	workerInfo: WorkerInfo,
	overrides: BrowserContextOptions = {}
): BrowserContextOptions {
	const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
	return { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, ...overrides };
}
