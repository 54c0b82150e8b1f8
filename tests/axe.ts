/** Axe checks the journeys share: the page as it is now, or in both themes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules whose outcome depends on colours: all a second theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** No violation axe can find on the page as it is now (every rule), each named with `what`. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
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
	const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
	expect(dark.violations.map((v) => `${what} (dark): ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });
}
