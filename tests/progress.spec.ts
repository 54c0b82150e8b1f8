import { expect, test } from '@playwright/test';
import { expectAxeCleanInBothThemes } from './axe';
import { backupText, importThroughSettings, pack, yearOfStudy } from './backup-fixture';
import { expectNoSidewaysScroll } from './layout';

const n = (value: number) => value.toLocaleString('en');

test('first launch: friendly empty state, zeros and no NaN', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/progress');
	await expect(page).toHaveTitle('Progress · Sourcedeck');
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect(page.getByTestId('total-reviews')).toHaveText('0 reviews');
	await expect(page.getByRole('heading', { name: 'Nothing to chart yet' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start studying' })).toHaveAttribute('href', '/study');
	await expect(
		page.getByText(`All cards: 0 of ${n(pack.cards.length)} mastered (0%), 0 started.`)
	).toBeVisible();
	await expect(
		page.getByText(/Mastered: cards the scheduler expects you to remember for 21 days/)
	).toBeVisible();
	const kinds = page.getByRole('list', { name: 'Mastery by kind' }).getByRole('listitem');
	await expect(kinds).toHaveCount(5);
	await expect(page.getByRole('list', { name: 'Mastery by source' }).getByRole('listitem')).toHaveCount(
		pack.sources.length
	);
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/NaN|undefined|Infinity/);
	// Nothing is stored yet, so these are the first visit's figures: no worker, no database created by looking.
	expect(workers).toEqual([]);
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

	// Each figure at the top fits its tile on a phone ("Retention" in bold ran past its tile's edge).
	for (const width of [412, 360, 320]) {
		await page.setViewportSize({ width, height: 800 });
		const overflowing = await page
			.getByRole('list', { name: 'At a glance' })
			.getByRole('listitem')
			.evaluateAll((tiles) =>
				tiles.filter((tile) => tile.scrollWidth > tile.clientWidth).map((tile) => tile.textContent)
			);
		expect(overflowing, `tiles overflowing at ${width}px`).toEqual([]);
	}
});

test('a year of reviews: totals, streak, heatmap and forecast with text alternatives', async ({ page }) => {
	const year = yearOfStudy();
	await importThroughSettings(page, backupText(year.data), 'year.json');

	// How fast these figures are read is benchmarked (`npm run bench`, src/lib/db/study.bench.ts), not timed here.
	await page.goto('/progress');
	const heatmap = page.getByRole('img', { name: /^Reviews per day from/ });
	await expect(heatmap).toBeVisible();

	await expect(page.getByTestId('total-reviews')).toHaveText(`${n(year.reviews)} reviews`);
	await expect(heatmap).toHaveAttribute(
		'aria-label',
		new RegExp(
			`: ${n(year.reviews)} reviews on ${year.activeDays} days; the busiest day was .+ with \\d+ reviews\\.$`
		)
	);
	// Yesterday to five days ago were studied; today not yet, so the streak is alive at 5.
	await expect(page.getByText('5 days', { exact: true })).toBeVisible();
	await expect(page.getByText(/study today to keep it/)).toBeVisible();

	// The heatmap's data table: every month, adding up to the total.
	await page.getByText('Reviews per month as a table').click();
	const monthRows = page.getByRole('table', { name: 'Reviews per month' }).locator('tbody tr');
	expect(await monthRows.count()).toBeGreaterThanOrEqual(12);
	const monthTotals = await monthRows.locator('td:nth-child(2)').allInnerTexts();
	expect(monthTotals.reduce((sum, t) => sum + Number(t.replaceAll(',', '')), 0)).toBe(year.reviews);

	const forecast = page.getByRole('img', { name: /^Cards due in the next 30 days/ });
	await expect(forecast).toHaveAttribute(
		'aria-label',
		new RegExp(`^Cards due in the next 30 days: ${n(year.dueIn30Days)} cards, \\d+ of them today`)
	);
	// Its axis labels are text at the page's size (they were drawn into the picture and shrank with it to ~7 px
	// on a phone): at least 12 px at 320 px wide.
	await page.setViewportSize({ width: 320, height: 800 });
	const axisLabel = forecast.locator('xpath=..').getByText('Today', { exact: true });
	await expect(axisLabel).toBeVisible();
	expect(
		await axisLabel.evaluate((label) => parseFloat(getComputedStyle(label).fontSize))
	).toBeGreaterThanOrEqual(12);
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.getByText('Cards due per day as a table').click();
	const dayRows = page.getByRole('table', { name: /Cards due per day/ }).locator('tbody tr');
	await expect(dayRows).toHaveCount(30);
	await expect(dayRows.first().getByRole('rowheader')).toContainText('Today');

	const retention = page.getByRole('region', { name: 'Retention' });
	await expect(retention).toContainText(
		/\d+% of your [\d,]+ answers to review cards in the last 30\s+days were Good or Easy \([\d,]+ remembered\)/
	);
	await expect(retention).toContainText('You aim for 90%');
	await expect(
		page.getByText(`All cards: ${n(year.mastered)} of ${n(pack.cards.length)} mastered`, { exact: false })
	).toBeVisible();

	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/NaN|undefined|Infinity/);

	await expectAxeCleanInBothThemes(page, 'progress with a year of reviews');
	// A phone at 320px (or 200% zoom) never scrolls sideways, even with data.
	await page.setViewportSize({ width: 320, height: 640 });
	await expectNoSidewaysScroll(page, 'Progress at 320 px');
});

test('the heatmap’s last month name is whole when that month began in the last week shown', async ({
	page
}) => {
	// December the 3rd: December's 1st is in the last column, whose name was cut to "De".
	const now = new Date(2025, 11, 3, 12).getTime();
	await page.clock.setFixedTime(now);
	await importThroughSettings(page, backupText(yearOfStudy(now).data, now), 'year.json');
	await page.goto('/progress');
	const heatmap = page.getByRole('img', { name: /^Reviews per day from/ });
	await expect(heatmap).toBeVisible();
	const labels = await heatmap.evaluate((svg) => {
		const width = (svg as SVGSVGElement).viewBox.baseVal.width;
		return [...svg.querySelectorAll('text')].map((text) => {
			const box = text.getBBox();
			return { text: text.textContent, left: box.x, right: box.x + box.width, width };
		});
	});
	const december = labels.find((label) => label.text === 'Dec');
	expect(december, 'December is labelled').toBeDefined();
	for (const label of labels) {
		expect(label.left, `${label.text} starts inside the picture`).toBeGreaterThanOrEqual(0);
		expect(label.right, `${label.text} ends inside the picture`).toBeLessThanOrEqual(label.width);
	}
});
