/** Layout checks the journeys share. */
import { expect, type Page } from '@playwright/test';

/** How far the page scrolls sideways: its width beyond the window's, in CSS px (0 or less when it does not). */
export const sidewaysScroll = (page: Page): Promise<number> =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The page as it is now fits its window's width (a phone, or text at 200 %): it never scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
	const overflow = await sidewaysScroll(page);
	expect(overflow, `${what} is wider than the window by ${overflow} px`).toBeLessThanOrEqual(0);
}
