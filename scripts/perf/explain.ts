/**
 * `npm run perf:explain -- <url>…`: why a page's Lighthouse figures are what they are. One Lighthouse run per
 * URL (the same mobile settings as `npm run perf`), printing what its LCP element is and when it was painted,
 * the long tasks and the scripts that cost the most main-thread time. Serve a build first (npm run preview);
 * each run's report is kept in perf-explain/ for a closer look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PERF } from './config';

interface Row {
	[key: string]: unknown;
}

const urls = process.argv.slice(2);
if (urls.length === 0) {
	console.error('usage: npm run perf:explain -- http://127.0.0.1:4173/sources …');
	process.exit(1);
}

const rows = (details: unknown): Row[] => ((details as { items?: Row[] } | undefined)?.items ?? []) as Row[];
const ms = (value: unknown) => `${Math.round(Number(value)).toLocaleString('en')} ms`;

mkdirSync('perf-explain', { recursive: true });
const chrome = await chromeLauncher.launch({
	chromePath: PERF.chromePath,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run']
});
try {
	for (const url of urls) {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance'],
			throttlingMethod: PERF.lighthouseThrottling
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { audits } = result.lhr;
		const file = `perf-explain/${new URL(url).pathname.replace(/\W+/g, '_') || '_'}.json`;
		writeFileSync(file, JSON.stringify(result.lhr));
		const figure = (id: string) => ms(audits[id]?.numericValue);
		console.log(
			`\n${url}: LCP ${figure('largest-contentful-paint')}, FCP ${figure('first-contentful-paint')}, TBT ${figure('total-blocking-time')} (report: ${file})`
		);
		// The LCP audit holds two tables: the element, then the phases of its time.
		const [element, phases] = rows(audits['largest-contentful-paint-element']?.details);
		for (const row of rows(element)) {
			const node = row.node as { selector?: string; nodeLabel?: string } | undefined;
			console.log(`  LCP element: ${node?.selector} “${node?.nodeLabel}”`);
		}
		for (const row of rows(phases)) console.log(`    ${row.phase}: ${ms(row.timing)}`);
		for (const row of rows(audits['long-tasks']?.details).slice(0, 10))
			console.log(`  long task at ${ms(row.startTime)}: ${ms(row.duration)} in ${row.url}`);
		for (const row of rows(audits['bootup-time']?.details).slice(0, 6))
			console.log(`  script ${row.url}: ${ms(row.total)} of main thread (${ms(row.scripting)} running)`);
	}
} finally {
	chrome.kill();
}
