/**
 * Making a pack on a phone (412 px wide), offline after the first visit: paste a source, find proposals, accept
 * one, compile and save. Nothing on the page is wider than the screen.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { describeSource, firstVisit, paste, REPORT, row, status } from './make-pack-page';
import { expectNoSidewaysScroll } from './layout';

test('a pack made on a phone, offline: paste, find, accept, compile, save', async ({ page, context }) => {
	expect(page.viewportSize()?.width).toBe(412);
	await firstVisit(page, context, () => page.goto('/library/new').then(() => undefined));
	await context.setOffline(true);
	// Offline from here: the page itself comes from the service worker.
	await page.reload();

	await page.getByLabel('Title of the pack').fill('Mosul on the phone');
	await paste(page, 'Report from Mosul', REPORT);
	await describeSource(page, 'Report from Mosul');
	await page.getByRole('button', { name: 'Find proposals' }).click();
	await expect(status(page, /^Found [\d,]+ proposals in \d+\.\d s\.$/)).toBeVisible();
	// A phone has no keys to press: no list of shortcuts.
	await expect(page.getByText(/^Keys:/)).toBeHidden();

	const haider = page.getByRole('button', { name: /^Haider al-Abadi to review/ });
	await haider.tap();
	// It opens under its own row, in sight: not after every list, screens below the row tapped.
	await expect(haider).toHaveAttribute('aria-expanded', 'true');
	const detail = page.locator('#review li').filter({ has: haider }).getByRole('article');
	await expect(detail.getByRole('heading', { name: 'Haider al-Abadi' })).toBeInViewport();
	await page.getByRole('button', { name: 'Use the drafted sentence' }).click();
	await expect(page.getByLabel('In your own words')).toHaveValue('The prime minister of Iraq');
	await page.getByRole('button', { name: 'Accept', exact: true }).tap();
	// Its buttons can be screens below the row: the row, saying what was decided, comes into sight, and the next
	// proposal to review opens under its own row.
	await expect(row(page, /^Haider al-Abadi “The prime minister of Iraq” accepted/)).toBeInViewport();
	const next = page.locator('#review').getByRole('button', { expanded: true });
	await expect(next).toBeFocused();
	await expect(next).toHaveAccessibleName(/to review$/);
	await expect(page.locator('#review article h3')).toBeInViewport();

	// Accepted without its own words: the compile says so, and Show it goes to the field, below the passages.
	await expect(next).toHaveAccessibleName(/^Islamic State to review/);
	await page.getByRole('button', { name: 'Accept', exact: true }).tap();
	await page.getByRole('button', { name: 'Compile the pack' }).tap();
	const problem = page
		.getByRole('list', { name: 'Problems to fix' })
		.getByRole('listitem')
		.filter({ hasText: '“Islamic State”: write who or what it is, in your own words.' });
	await problem.getByRole('button', { name: 'Show it' }).tap();
	await expect(page.getByLabel('In your own words')).toBeFocused();
	await expect(page.getByLabel('In your own words')).toBeInViewport();
	await page.getByRole('button', { name: 'Reject', exact: true }).tap();
	await expectNoSidewaysScroll(page, 'the pack maker on a phone');
	await expectNoAxeViolations(page, 'the pack maker');

	await page.getByRole('button', { name: 'Compile the pack' }).click();
	await expect(status(page, /^Ready: \d+ cards from 1 entry\.$/)).toBeVisible();
	await expect(page.getByRole('list', { name: /^Cards/ })).toContainText('Who is Haider al-Abadi?');
	await page.getByRole('button', { name: 'Save to the library' }).click();
	// Said beside the button tapped, not above the card preview a screen or more up.
	await expect(status(page, /“Mosul on the phone” installed/)).toBeInViewport();

	// Trying it out: Study opens on the new pack's cards, not the library's first ones.
	await page.getByRole('link', { name: 'Study this pack' }).tap();
	await expect(page.getByLabel('Cards').locator('option:checked')).toHaveText(/^Mosul on the phone/);
	await expect(page.locator('#card-prompt')).toContainText('Haider al-Abadi');
});
