/** Lighthouse 12 in its default mobile emulation (4x CPU slowdown, simulated slow 4G) on Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseFigures {
	path: string;
	score: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

export async function runLighthouse(
	origin: string,
	paths: string[],
	chromePath: string
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
			const result = await lighthouse(`${origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance']
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { audits, categories } = result.lhr;
			figures.push({
				path,
				score: Math.round((categories.performance?.score ?? 0) * 100),
				lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
				tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
				cls: audits['cumulative-layout-shift']?.numericValue ?? NaN
			});
		}
		return figures;
	} finally {
		chrome.kill();
	}
}
