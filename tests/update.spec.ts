import { expect, test } from '@playwright/test';
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gradeGood, readStore } from './idb';
import { waitForServiceWorker } from './routes';

const NEXT_VERSION = 'e2e-next-version';

let site: string;
let nextBuild: string;
let firstBuild: string;
let server: ChildProcess;
let origin: string;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	// A second build of the same code with another version: what a deploy of a new release looks like.
	nextBuild = mkdtempSync(join(tmpdir(), 'sourcedeck-next-'));
	execSync('npx vite build && npx tsx scripts/complete-preloads.ts && npx tsx scripts/build-sw.ts', {
		env: { ...process.env, BUILD_DIR: nextBuild, APP_VERSION: NEXT_VERSION },
		stdio: 'pipe'
	});
	firstBuild = mkdtempSync(join(tmpdir(), 'sourcedeck-first-'));
	cpSync('build', firstBuild, { recursive: true });
	site = mkdtempSync(join(tmpdir(), 'sourcedeck-site-'));
	deploy(firstBuild);
	// --dev: read files on every request, so swapping the folder's contents "deploys" the new version.
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(
		'node_modules/.bin/sirv',
		[site, '--dev', '--port', String(port), '--host', '127.0.0.1', '--quiet'],
		{
			stdio: 'ignore'
		}
	);
	await waitForServer(`${origin}/`);
});

test.afterAll(() => {
	server?.kill();
	rmSync(site, { recursive: true, force: true });
	rmSync(nextBuild, { recursive: true, force: true });
	rmSync(firstBuild, { recursive: true, force: true });
});

/** Replaces what the server serves, as a deploy of a release does. */
function deploy(build: string): void {
	rmSync(site, { recursive: true, force: true });
	cpSync(build, site, { recursive: true });
}

test('a new version waits for the user, then Reload activates it', async ({ page }) => {
	deploy(firstBuild);
	await page.goto(`${origin}/settings`);
	await waitForServiceWorker(page);
	const firstVersion = await page.getByTestId('app-version').textContent();
	expect(firstVersion).not.toBe(NEXT_VERSION);

	deploy(nextBuild);

	await page.reload();
	const prompt = page.getByRole('region', { name: 'Update' });
	await expect(prompt.getByText('A new version is available.')).toBeVisible({ timeout: 30_000 });
	// Nothing changed under the user: the old version keeps running until they choose.
	await expect(page.getByTestId('app-version')).toHaveText(firstVersion ?? '');

	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByTestId('app-version')).toHaveText(NEXT_VERSION, { timeout: 30_000 });
	await expect(page.getByText('A new version is available.')).toBeHidden();
});

test('an update arriving mid-study breaks nothing until the learner chooses Reload', async ({ page }) => {
	deploy(firstBuild);
	await page.goto(`${origin}/study`);
	await waitForServiceWorker(page);
	await gradeGood(page);
	await page.evaluate(() => ((window as { sameVisit?: boolean }).sameVisit = true));

	deploy(nextBuild);
	// The periodic update check, done now rather than in an hour.
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	const prompt = page.getByRole('region', { name: 'Update' });
	await expect(prompt.getByText('A new version is available.')).toBeVisible({ timeout: 30_000 });

	// Studying goes on in the same visit, on the old version, with every answer saved; on a phone the notice
	// covers none of the rating buttons (its height is kept free above the bottom bar).
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('button', { name: 'Show answer' }).click();
	for (const rating of ['Again', 'Hard', 'Good', 'Easy']) {
		const button = page.getByRole('button', { name: new RegExp(`^${rating},`) });
		const box = (await button.boundingBox())!;
		const centre = [box.x + box.width / 2, box.y + box.height / 2] as const;
		const reached = await button.evaluate(
			(element, [x, y]) => element.contains(document.elementFromPoint(x!, y!)),
			centre
		);
		expect(reached, `nothing lies over ${rating}`).toBe(true);
	}
	const good = page.getByRole('button', { name: /^Good/ });
	const goodBox = (await good.boundingBox())!;
	await page.mouse.click(goodBox.x + goodBox.width / 2, goodBox.y + goodBox.height / 2);
	await expect(good).toBeHidden();
	await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
	await gradeGood(page);
	expect(await page.evaluate(() => (window as { sameVisit?: boolean }).sameVisit)).toBe(true);
	expect(await readStore(page, 'reviews')).toHaveLength(3);

	// Reload activates the new version and reloads the page into it: wait for that new page.
	const reloaded = page.waitForEvent('load');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.locator('#card-prompt')).toBeVisible({ timeout: 30_000 });
	expect(await page.evaluate(() => (window as { sameVisit?: boolean }).sameVisit)).toBeUndefined();
	await page.goto(`${origin}/settings`);
	await expect(page.getByTestId('app-version')).toHaveText(NEXT_VERSION);
	expect(await readStore(page, 'reviews')).toHaveLength(3);
});

async function waitForServer(url: string): Promise<void> {
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`server at ${url} did not start`);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}
