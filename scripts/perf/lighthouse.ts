/** Lighthouse 12 in its default mobile emulation (4x CPU slowdown, simulated slow 4G) on Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './stats';

export interface LighthouseFigures {
	path: string;
	score: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** LCP of each run, for the spread behind the median. */
	lcpRunsMs: number[];
}

/**
 * Runs Lighthouse `runs` times per page and keeps the median of each figure: a single run varies with what the
 * machine is doing (Lighthouse's own advice is the median of five).
 */
export async function runLighthouse(
	origin: string,
	paths: string[],
	chromePath: string,
	runs = 5
): Promise<LighthouseFigures[]> {
	const chrome = await chromeLauncher.launch({
		chromePath,
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
		const figures: LighthouseFigures[] = [];
		for (const path of paths) {
			const samples: LighthouseFigures[] = [];
			for (let run = 0; run < runs; run++) samples.push(await measure(origin, path, chrome.port));
			figures.push({
				path,
				score: median(samples.map((s) => s.score)),
				lcpMs: median(samples.map((s) => s.lcpMs)),
				tbtMs: median(samples.map((s) => s.tbtMs)),
				cls: median(samples.map((s) => s.cls)),
				lcpRunsMs: samples.map((s) => s.lcpMs)
			});
		}
		return figures;
	} finally {
		chrome.kill();
	}
}

async function measure(origin: string, path: string, port: number): Promise<LighthouseFigures> {
	const result = await lighthouse(`${origin}${path}`, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
	const { audits, categories } = result.lhr;
	return {
		path,
		score: Math.round((categories.performance?.score ?? 0) * 100),
		lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
		tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
		cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
		lcpRunsMs: []
	};
}
