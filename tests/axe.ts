/** Axe checks the journeys share: the page as it is now, or in both themes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { expectNoSidewaysScroll } from './layout';

/** The rules whose outcome depends on colours: all a second theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe run in the page itself ("legacy mode"): the default opens a second, blank page to merge the results of
 * each frame, which took half of every run (about 1.5 s against 0.8 s a page here); the app has no frames.
 */
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

/**
 * No violation axe can find on the page as it is now (every rule), each named with `what`; `within` (a CSS
 * selector) limits the run to one part of the page.
 */
export async function expectNoAxeViolations(page: Page, what: string, within?: string): Promise<void> {
	const builder = axe(page);
	const results = await (within ? builder.include(within) : builder).analyze();
	expect(results.violations.map((v) => `${what}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/**
 * Every rule in the light theme, then the colour rules in the dark one: the dark theme changes colours only, so
 * a second full run (seconds on a two-core machine) would check the same structure again. Ends in the light theme.
 */
export async function expectAxeCleanInBothThemes(page: Page, what: string): Promise<void> {
	await page.emulateMedia({ colorScheme: 'light' });
	await expectNoAxeViolations(page, `${what} (light)`);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await axe(page).withRules(COLOUR_RULES).analyze();
	expect(dark.violations.map((v) => `${what} (dark): ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });
}

/** The page as it is now fits its window (no sideways scroll) and axe finds nothing in either theme. */
export async function expectFitsAndAxeClean(page: Page, what: string): Promise<void> {
	await expectNoSidewaysScroll(page, what);
	await expectAxeCleanInBothThemes(page, what);
}
