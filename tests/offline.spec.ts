import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ROUTES, waitForServiceWorker } from './routes';
import { withSharedContext } from './shared-context';
import { answerStored, readStore } from './idb';
import { cardPrompt, currentPrompt } from './study-helpers';

/** Collects what goes wrong while the app is used: requests the network refused, uncaught errors. */
function watchFailures(page: Page): { failed: string[]; errors: string[] } {
	const failed: string[] = [];
	const errors: string[] = [];
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? '';
		// ERR_ABORTED is a request cancelled by our own next navigation, not one the network refused.
		if (!reason.includes('ERR_ABORTED')) failed.push(`${request.url()} (${reason})`);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return { failed, errors };
}

/** Opens the app once, so the service worker installs and precaches it, then takes the network away. */
async function installThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('status').getByText('Ready to work offline')).toBeVisible();

	await context.setOffline(true);
}

/** One browser per worker with the app installed, then offline: each page's test opens a tab in it. */
const offline = withSharedContext({}, async (context) =>
	installThenGoOffline(await context.newPage(), context)
);

for (const route of ROUTES) {
	offline(`once installed, ${route.path} works offline`, async ({ shared }) => {
		const page = await shared.newPage();
		const { failed, errors } = watchFailures(page);
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		await expect(page).toHaveTitle(`${route.heading} · Sourcedeck`);
		// Its code, loaded once the prerendered page shows, comes from the cache too.
		await page.waitForLoadState('networkidle');
		expect(failed, 'requests that failed offline').toEqual([]);
		expect(errors, 'uncaught page errors').toEqual([]);
		await page.close();
	});
}

test('once installed, the app navigates offline by its own links', async ({ page, context }) => {
	const { failed, errors } = watchFailures(page);
	await installThenGoOffline(page, context);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
	// Today's data (the pack facts in its welcome) comes from a prerendered __data.json, cached too.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	await expect(page.getByRole('region', { name: 'Welcome to Sourcedeck' })).toContainText(
		/holds \d+ cards built from\s+5 source documents/
	);

	expect(failed, 'requests that failed offline').toEqual([]);
	expect(errors, 'uncaught page errors').toEqual([]);
});

test('the "ready offline" news is shown once, in the header, and goes by itself', async ({ page }) => {
	// The page's own clock, moved on instead of waited for: the news stays 12 s.
	await page.clock.install();
	await page.goto('/');
	await waitForServiceWorker(page);
	const notice = page.getByRole('banner').getByRole('status').getByText('Ready to work offline');
	await expect(notice).toBeVisible();
	// Nothing to answer: no button comes with it.
	await expect(page.getByRole('banner').getByRole('status').getByRole('button')).toHaveCount(0);
	await page.clock.runFor(5_000);
	await expect(notice).toBeVisible();
	await page.clock.runFor(10_000);
	await expect(notice).toBeHidden();
	// Once: remembered, so a reload does not bring it back.
	expect(await page.evaluate(() => localStorage.getItem('sourcedeck.offlineReadyShown'))).toBe('1');
	await page.goto('/settings');
	// The app's offline code has run (it reports the page as served by the service worker): no news again.
	await expect(page.getByText('Works offline: every page and card is stored on this device.')).toBeVisible();
	await expect(notice).toBeHidden();
	await page.reload();
	await expect(page.getByText('Works offline: every page and card is stored on this device.')).toBeVisible();
	await expect(notice).toBeHidden();
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('the "ready offline" news and the install button fit beside the name: the page is not pushed down', async ({
		page
	}) => {
		await page.goto('/');
		const banner = page.getByRole('banner');
		const install = banner.getByRole('button', { name: 'Install app' });
		// What Chrome on a phone does when the app can be installed (again until the app listens for it).
		await expect(async () => {
			await page.evaluate(() => {
				const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
					prompt: async () => undefined,
					userChoice: Promise.resolve({ outcome: 'dismissed' })
				});
				window.dispatchEvent(offer);
			});
			await expect(install).toBeVisible({ timeout: 1000 });
		}).toPass();
		await waitForServiceWorker(page);
		await expect(banner.getByRole('status').getByText('Ready to work offline')).toBeVisible();
		// One row, as high as the app's name: the header did not grow when they came.
		const header = (await banner.boundingBox())!;
		const brand = (await banner.getByRole('link', { name: 'Sourcedeck' }).boundingBox())!;
		expect(header.height).toBeLessThanOrEqual(brand.height + 17);
	});
});

/**
 * Takes the device back to before its first install: no library, no note of the built-in version. Done from a
 * page of the site that runs no app code, so nothing holds the database open.
 */
async function forgetTheLibrary(page: Page): Promise<void> {
	await page.goto('/manifest.webmanifest');
	await page.evaluate(async () => {
		localStorage.removeItem('sourcedeck.builtInVersion');
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.deleteDatabase('sourcedeck');
			request.onsuccess = () => resolve();
			request.onerror = () => reject(request.error);
			request.onblocked = () => reject(new Error('the library is still open somewhere'));
		});
	});
}

/**
 * Of the workers' files the service worker kept on first use, keeps only each worker's entry: the install worker
 * starts, and the code it imports is missing, as when the signal went while it was fetching it.
 */
async function dropWorkerImports(page: Page): Promise<{ entries: number; imports: number }> {
	// The browser's own HTTP cache would still hold them (fresh for a while by their Last-Modified date).
	const devtools = await page.context().newCDPSession(page);
	await devtools.send('Network.clearBrowserCache');
	await devtools.detach();
	return page.evaluate(async () => {
		const kept = await caches.open('sourcedeck-on-demand');
		const workerFiles = (await kept.keys()).filter((request) =>
			new URL(request.url).pathname.startsWith('/_app/immutable/workers/')
		);
		const imports = workerFiles.filter((request) => !/\.worker-[\w-]+\.js$/.test(request.url));
		await Promise.all(imports.map((request) => kept.delete(request)));
		return { entries: workerFiles.length - imports.length, imports: imports.length };
	});
}

test('a first visit cut off mid-install still studies offline: the page installs the pack itself', async ({
	page,
	context
}) => {
	const { errors } = watchFailures(page);
	await page.goto('/');
	await waitForServiceWorker(page);
	// A first install the service worker sees: the install worker's files go into its on-demand cache.
	await forgetTheLibrary(page);
	await page.goto('/study');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await answerStored(page);

	await forgetTheLibrary(page);
	const dropped = await dropWorkerImports(page);
	expect(dropped.entries, 'worker entries kept').toBeGreaterThan(0);
	expect(dropped.imports, 'worker imports dropped').toBeGreaterThan(0);
	await context.setOffline(true);
	await page.goto('/study');
	const first = await currentPrompt(page);
	await page.getByRole('button', { name: 'Show answer' }).click();
	// The worker's imports fail offline; the rating buttons come once the page has installed the pack itself.
	await page.getByRole('button', { name: /^Good/ }).click();
	await expect(cardPrompt(page)).not.toHaveText(first);
	await answerStored(page);
	expect(await readStore(page, 'packs'), 'the library installed offline').toHaveLength(1);
	expect(await readStore(page, 'reviews'), 'the answer kept').toHaveLength(1);
	expect(errors, 'uncaught page errors').toEqual([]);
});
