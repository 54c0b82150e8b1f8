/**
 * How long "Quick quiz" takes on a first visit, against a later quiz in the same visit, on the production build:
 * from the click to the first change on screen, and to the first question painted. Prints the median of each.
 *
 *   npx tsx scripts/measure-quiz-start.ts [build-dir] [--runs 7] [--cpu 4] [--think 1500]
 *
 * Each run is a fresh browser profile (an empty database, nothing cached), a 390×844 touch screen like the
 * phone the delay was seen on. `--cpu` slows the CPU the way Lighthouse's mobile profile does. `--think` is how
 * long the person looks at the form before tapping, once the page has loaded (0: the moment the button works).
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serve } from './perf/serve';
import { median } from './perf/stats';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? Number(args[at + 1]) : fallback;
};
const buildDir = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'build';
const runs = option('runs', 7);
const cpu = option('cpu', 1);
const thinkMs = option('think', 0);
if (!existsSync(`${buildDir}/index.html`)) {
	console.error(`no build in ${buildDir}/ — run npm run build first.`);
	process.exit(1);
}

/** Installed before the page's scripts: stamps the click, the first change in <main> after it (the notices and the header do not count), and question 1. */
const OBSERVER = `(() => {
	window.__quizTimes = {};
	const t = window.__quizTimes;
	addEventListener('click', (event) => {
		if (!event.target.closest('button')?.textContent?.includes('Quick quiz')) return;
		Object.assign(t, { click: performance.now(), change: undefined, question: undefined });
	}, true);
	new MutationObserver((mutations) => {
		if (t.click === undefined) return;
		if (!mutations.some((m) => document.querySelector('main')?.contains(m.target))) return;
		const painted = (name) => requestAnimationFrame(() => { if (t[name] === undefined) t[name] = performance.now(); });
		if (t.change === undefined) painted('change');
		if (t.question === undefined && /Question 1 of/.test(document.querySelector('main')?.textContent ?? '')) painted('question');
	}).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

interface Times {
	changeMs: number;
	questionMs: number;
}

async function quickQuiz(page: Page): Promise<Times> {
	await page.getByRole('button', { name: 'Quick quiz' }).click();
	await page.getByText(/^Question 1 of \d+$/).waitFor();
	const times = await page.waitForFunction(() => {
		const t = (window as unknown as { __quizTimes: Record<string, number | undefined> }).__quizTimes;
		return t.question !== undefined && t.change !== undefined ? t : null;
	});
	const t = (await times.jsonValue()) as Record<string, number>;
	return { changeMs: t.change! - t.click!, questionMs: t.question! - t.click! };
}

const { origin, stop } = await serve(buildDir, Number(process.env.PERF_PORT ?? 4191));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: CHROMIUM_ARGS
});
const first: Times[] = [];
const later: Times[] = [];
try {
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true,
			deviceScaleFactor: 3
		});
		const page = await context.newPage();
		if (cpu > 1)
			await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
		await page.addInitScript(OBSERVER);
		await page.goto(`${origin}/quiz`, { waitUntil: 'load' });
		await page.getByRole('button', { name: 'Quick quiz' }).and(page.locator(':enabled')).waitFor();
		// A person reading the form (a model of one, not a wait for the app).
		if (thinkMs > 0) await page.waitForTimeout(thinkMs);
		first.push(await quickQuiz(page));
		await page.getByRole('button', { name: 'Leave this quiz' }).click();
		await page.getByRole('button', { name: 'Quick quiz' }).waitFor();
		later.push(await quickQuiz(page));
		await context.close();
	}
} finally {
	await browser.close();
	stop();
}

const line = (label: string, times: Times[]) =>
	`${label.padEnd(34)} first change ${median(times.map((t) => t.changeMs))
		.toFixed(0)
		.padStart(5)} ms` +
	`   question 1 painted ${median(times.map((t) => t.questionMs))
		.toFixed(0)
		.padStart(5)} ms` +
	`   (question 1: ${times.map((t) => t.questionMs.toFixed(0)).join(', ')})`;
console.log(
	`Quick quiz, ${buildDir}/, CPU ${cpu}x, tapped ${thinkMs} ms after the button works, median of ${runs} fresh profiles:`
);
console.log(line('first quiz of a first visit', first));
console.log(line('second quiz, same visit', later));
