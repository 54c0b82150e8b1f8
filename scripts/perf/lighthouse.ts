/**
 * Lighthouse 12 in its default mobile emulation (4× CPU slowdown, slow 4G), applied while the page loads (see
 * PERF.lighthouseThrottling), on Debian's Chromium.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PERF } from './config';

/** Every run's figures for one page. */
export interface LighthouseRuns {
	origin: string;
	path: string;
	score: number[];
	lcpMs: number[];
	tbtMs: number[];
	cls: number[];
}

/**
 * Runs Lighthouse `runs` times on each page of each site, one Chromium for all, listening on `port`; the pages
 * take turns, so a busy moment of the machine does not land on one page only.
 */
export async function runLighthouse(
	sites: { origin: string; paths: string[] }[],
	chromePath: string,
	port: number,
	runs: number
): Promise<LighthouseRuns[]> {
	const chrome = await chromeLauncher.launch({
		chromePath,
		port,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	try {
		const all = sites.flatMap(({ origin, paths }) =>
			paths.map((path): LighthouseRuns => ({ origin, path, score: [], lcpMs: [], tbtMs: [], cls: [] }))
		);
		for (let run = 0; run < runs; run++) {
			for (const page of all) {
				const { score, lcpMs, tbtMs, cls } = await measure(`${page.origin}${page.path}`, chrome.port);
				page.score.push(score);
				page.lcpMs.push(lcpMs);
				page.tbtMs.push(tbtMs);
				page.cls.push(cls);
			}
		}
		return all;
	} finally {
		chrome.kill();
	}
}

async function measure(url: string, port: number) {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance'],
		throttlingMethod: PERF.lighthouseThrottling
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { audits, categories } = result.lhr;
	const figure = (id: string) => {
		const value = audits[id]?.numericValue;
		if (value === undefined || !Number.isFinite(value)) throw new Error(`Lighthouse has no ${id} for ${url}`);
		return value;
	};
	return {
		score: Math.round((categories.performance?.score ?? 0) * 100),
		lcpMs: figure('largest-contentful-paint'),
		tbtMs: figure('total-blocking-time'),
		cls: figure('cumulative-layout-shift')
	};
}
