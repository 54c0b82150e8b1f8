import { chromium, expect, test, type Browser } from '@playwright/test';
import { DISABLED_FEATURES, executablePath } from '../playwright.config';

/** The features a browser runs with turned off, as Chromium itself reports them (its variations command line). */
async function disabledFeatures(browser: Browser): Promise<string[]> {
	const page = await browser.newPage();
	try {
		await page.goto('chrome://version/?show-variations-cmd');
		const text = await page.locator('body').innerText();
		// Every --disable-features given, then (quoted) the one Chromium settled on.
		const settled = [...text.matchAll(/--disable-features="([^"]*)"/g)].at(-1)?.[1];
		if (settled === undefined) throw new Error('chrome://version did not list the disabled features');
		return settled.split(',');
	} finally {
		await page.close();
	}
}

/** The address-bar popup's pages (WebUI targets) the browser has started. */
async function addressBarPopups(browser: Browser): Promise<string[]> {
	const cdp = await browser.newBrowserCDPSession();
	try {
		const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
		return targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://omnibox-popup'));
	} finally {
		await cdp.detach();
	}
}

test('the test browser turns off the address-bar popup and keeps every feature Playwright turns off', async ({
	browser
}) => {
	// Playwright's own flags alone (the config's args are the default here too): what the installed version turns off.
	const plain = await chromium.launch({ executablePath, args: [] });
	try {
		const playwrights = await disabledFeatures(plain);
		expect(playwrights).toContain('PaintHolding');
		const ours = await disabledFeatures(browser);
		expect(ours).toEqual(expect.arrayContaining([...playwrights, ...DISABLED_FEATURES]));
		expect(await addressBarPopups(browser)).toEqual([]);
	} finally {
		await plain.close();
	}
});
