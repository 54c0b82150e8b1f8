import type { Page } from '@playwright/test';

/** Every page of the app and the heading it must show. */
export const ROUTES = [
	{ path: '/', heading: 'Today' },
	{ path: '/study', heading: 'Study' },
	{ path: '/quiz', heading: 'Quiz' },
	{ path: '/missed', heading: 'Missed cards' },
	{ path: '/assign', heading: 'Assign a quiz' },
	{ path: '/progress', heading: 'Progress' },
	{ path: '/sources', heading: 'Sources' },
	{ path: '/library', heading: 'Library' },
	{ path: '/settings', heading: 'Settings' }
] as const;

/** Resolves once the service worker controls the page, i.e. the app works offline from here on. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 30_000
	});
}
