/**
 * Offline cold starts of the installed app, timed to when its first card can be answered: a fresh browser on a
 * copy of a profile where the app was installed and used (service worker installed but not running, network
 * off, CPU slowed down), launched at a path; a real tap on the Study link where the launch is at `/`, then real
 * taps on "Show answer" until one takes effect: the answer shows with live grade buttons and nothing is still
 * loading (see in-page.ts). The card first painted (from the saved next card, when it holds) is timed too.
 * Each run is the first launch after the install, unless the profile was launched before (launchedBefore).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERF } from './config';
import { NAME_HELPER, blockingBefore, recordLearnerTimings, shiftDate, type PagePerf } from './in-page';
import { checkQueue, installLibrary, type PerfLibrary } from './library';

export interface ColdStartRun {
	/** Launch → the first card can be answered. */
	answerableMs: number;
	/** Launch → a card first painted; null if none was painted before it could be answered. */
	firstCardMs: number | null;
	/** The card first painted was the saved next card. */
	fromHint: boolean;
	/** Main-thread blocking (long tasks' time past 50 ms) from launch until the card can be answered. */
	blockingMs: number;
}

export interface Installed {
	profile: string;
	/** Until when the saved next card holds (the app's resume hint); null for the floor. */
	hintUntil: number | null;
	remove(): void;
}

const launch = (profile: string, offline: boolean) =>
	chromium.launchPersistentContext(profile, {
		executablePath: PERF.chromePath,
		args: PERF.browserArgs,
		viewport: PERF.viewport,
		deviceScaleFactor: 2.6,
		offline
	});

/** A copy of a profile in a new temporary folder, without the lock files of the browser that last ran it. */
function copyProfile(profile: string, prefix: string): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	cpSync(profile, copy, {
		recursive: true,
		filter: (source) => !/Singleton(Lock|Socket|Cookie)$/.test(source)
	});
	return copy;
}

const firstPage = async (context: BrowserContext) => context.pages()[0] ?? (await context.newPage());

/**
 * A learner's first visit to the app: it installs for offline use, the library is installed (when one is
 * given: else the built-in pack alone, as the app installs it), and a few cards are answered Easy (due in days,
 * so the saved next card holds until the end of the day).
 */
export async function installApp(origin: string, library?: PerfLibrary): Promise<Installed> {
	const profile = mkdtempSync(join(tmpdir(), 'sourcedeck-perf-app-'));
	const context = await launch(profile, false);
	try {
		const page = await firstPage(context);
		await page.goto(`${origin}/study`);
		await controlled(page);
		await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
		if (library) {
			await installLibrary(page, origin, library);
			await page.goto(`${origin}/study`);
			await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
			await checkQueue(page, library);
		}
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: /^Easy/ }).click();
			await page.getByRole('button', { name: 'Show answer' }).waitFor();
			await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
		}
		const hint = await page.waitForFunction(() => {
			const saved = JSON.parse(localStorage.getItem('sourcedeck.resume') ?? 'null') as {
				until?: number;
			} | null;
			return saved?.until ?? false;
		});
		const hintUntil = (await hint.jsonValue()) as number;
		return { profile, hintUntil, remove: () => rmSync(profile, { recursive: true, force: true }) };
	} finally {
		await context.close();
	}
}

/** The floor's first visit: it installs for offline use. */
export async function installFloor(origin: string): Promise<Installed> {
	const profile = mkdtempSync(join(tmpdir(), 'sourcedeck-perf-floor-'));
	const context = await launch(profile, false);
	try {
		const page = await firstPage(context);
		await page.goto(`${origin}/`);
		await controlled(page);
		return { profile, hintUntil: null, remove: () => rmSync(profile, { recursive: true, force: true }) };
	} finally {
		await context.close();
	}
}

/**
 * A copy of an installed profile, launched `times` more times offline, as a learner opens the app on the days
 * after installing it: each launch opens the card page and shows a card's answer. Chrome keeps the compiled code
 * of a script served from the service worker's cache only once it has run from there (the first launch after
 * the install has none: the install's own visit ran them from the network). After two such launches, 19 of the
 * cache's entries held compiled code against 2 (more launches added none).
 */
export async function launchedBefore(
	installed: Installed,
	origin: string,
	cardPath: string,
	times = 2
): Promise<Installed> {
	const profile = copyProfile(installed.profile, 'sourcedeck-perf-launched-');
	for (let launchNumber = 0; launchNumber < times; launchNumber++) {
		const context = await launch(profile, true);
		try {
			const page = await firstPage(context);
			await page.goto(`${origin}${cardPath}`);
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: /^Good/ }).waitFor();
			await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
		} finally {
			await context.close();
		}
	}
	return { ...installed, profile, remove: () => rmSync(profile, { recursive: true, force: true }) };
}

async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 120_000
	});
}

export interface ColdStartOptions {
	/** Where the installed app is launched. */
	launchPath: string;
	/** The page with the card; reached by a tap on its link when the launch is elsewhere. */
	cardPath: string;
	/** Moves the page's clock to this moment (past the saved next card), else the real time. */
	clockAt?: number;
}

/** One offline cold start on a copy of the installed profile. */
export async function coldStart(
	installed: Installed,
	origin: string,
	options: ColdStartOptions
): Promise<ColdStartRun> {
	const profile = copyProfile(installed.profile, 'sourcedeck-perf-run-');
	const context = await launch(profile, true);
	try {
		await context.addInitScript({ content: NAME_HELPER });
		await context.addInitScript(recordLearnerTimings);
		if (options.clockAt !== undefined) await context.addInitScript(shiftDate, options.clockAt - Date.now());
		const page = await firstPage(context);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: PERF.cpuSlowdown });
		await page.goto(`${origin}${options.launchPath}`, { waitUntil: 'commit' });
		const perf = await untilAnswerable(page, options.cardPath);
		await checkAnswerable(page);
		return {
			answerableMs: perf.answerableAt! - perf.launchAt,
			firstCardMs: perf.firstCardAt !== undefined ? perf.firstCardAt - perf.launchAt : null,
			fromHint: perf.firstCardFromHint === true,
			blockingMs: blockingBefore(perf, perf.answerableAt!)
		};
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

interface Probe {
	perf: PagePerf | null;
	path: string;
	/** The element under the last tap point is still "Show answer". */
	revealAtPoint: boolean;
	/** Where to tap next: the card page's link (on the launch page) or "Show answer". */
	target: { x: number; y: number } | null;
}

/** Taps as an impatient learner does, until a tap takes effect; returns what the page recorded. */
async function untilAnswerable(page: Page, cardPath: string): Promise<PagePerf> {
	const deadline = Date.now() + 120_000;
	let point: { x: number; y: number } | null = null;
	let linkTappedAt = 0;
	for (;;) {
		if (Date.now() > deadline) throw new Error(`no card became answerable on ${page.url()}`);
		let probe: Probe;
		try {
			probe = await page.evaluate(
				({ cardPath, point }) => {
					const perf = (window as unknown as { __perf?: PagePerf }).__perf ?? null;
					const center = (el: Element) => {
						const r = el.getBoundingClientRect();
						return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
					};
					const isReveal = (el: Element | null | undefined) =>
						el?.closest('button')?.textContent?.trim() === 'Show answer';
					const path = location.pathname;
					if (!perf || perf.answerableAt) return { perf, path, revealAtPoint: false, target: null };
					if (path !== cardPath) {
						const link = [...document.querySelectorAll('a[href]')].find(
							(a) => new URL((a as HTMLAnchorElement).href).pathname === cardPath && a.checkVisibility()
						);
						return { perf: null, path, revealAtPoint: false, target: link ? center(link) : null };
					}
					if (point && isReveal(document.elementFromPoint(point.x, point.y)))
						return { perf: null, path, revealAtPoint: true, target: point };
					const reveal = [...document.querySelectorAll('main button')].find(
						(b) => isReveal(b) && b.checkVisibility()
					);
					return { perf: null, path, revealAtPoint: false, target: reveal ? center(reveal) : null };
				},
				{ cardPath, point }
			);
		} catch {
			continue; // a navigation replaced the document: look again
		}
		if (probe.perf?.answerableAt) return probe.perf;
		if (!probe.target) continue;
		if (probe.path !== cardPath) {
			// One tap on the link, as a learner does; again only if it was lost (the page did not move on).
			if (Date.now() - linkTappedAt < 3000) continue;
			linkTappedAt = Date.now();
		} else point = probe.target;
		await page.mouse.click(probe.target.x, probe.target.y);
	}
}

/** The card really is answerable: a grade brings the next card. */
async function checkAnswerable(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Good/ }).click();
	await page.getByRole('button', { name: 'Show answer' }).waitFor();
}
