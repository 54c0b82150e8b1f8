import { expect, test, type Page } from '@playwright/test';
import type { AssignmentSet } from '../src/lib/domain/share/assignment-codec';
import { backupText, importThroughSettings, pack } from './backup-fixture';
import { ROUTES } from './routes';

const PAYLOADS = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(2)>',
	"javascript:alert(3)//'",
	'<svg onload=alert(4)>'
];

/** Fails the test on any dialog or uncaught error: an injected script would produce one. */
function watchForExecution(page: Page): string[] {
	const executed: string[] = [];
	page.on('dialog', (dialog) => {
		executed.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => executed.push(`error: ${error.message}`));
	return executed;
}

for (const route of ROUTES) {
	// One load per page checks both: the policy it carries, and that nothing it loads breaks it.
	test(`${route.path} carries a Content-Security-Policy with no inline script allowed, and loads with no violation of it`, async ({
		page
	}) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
				violations.push(message.text());
		});
		await page.goto(route.path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, route.path).toBeTruthy();
		const scriptSrc = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
		expect(scriptSrc).not.toContain('unsafe-inline');
		// No script eval; WebAssembly may compile (sql.js reads and writes Anki files).
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(scriptSrc.match(/'[a-z-]*eval'/g)).toEqual(["'wasm-unsafe-eval'"]);
		expect(policy).toContain("object-src 'none'");

		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		// Every script the page loads, those its code imports on mount included, was checked against the policy.
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
	});
}

test('the inline theme script is allowed by its hash and applies the saved theme before any app code', async ({
	page
}) => {
	// With the app's code blocked, only the inline script in the page head can set the theme.
	await page.route('**/_app/**', (route) => route.abort());
	await page.addInitScript(() => localStorage.setItem('sourcedeck.theme', 'dark'));
	await page.goto('/study');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the policy blocks an injected inline script', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
			violations.push(message.text());
	});
	await page.goto('/');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		return (window as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('strings from a backup file are shown as text, never run', async ({ page }) => {
	const executed = watchForExecution(page);
	const now = Date.now();
	const card = pack.cards[0]!;
	const set: AssignmentSet = {
		v: 1,
		id: 'xss-set',
		title: PAYLOADS[0]!,
		instructions: PAYLOADS[1]!,
		teacherNote: PAYLOADS[3]!,
		spec: { selection: {}, count: 5, modes: ['multiple-choice'], seed: 'xss' },
		showAnswers: true,
		createdAt: now - 1000
	};
	const text = backupText({
		misses: [{ id: 1, cardId: card.id, at: now - 60_000, from: 'quiz', given: PAYLOADS[1]! }],
		assignments: [
			{
				id: 'student:xss-set',
				role: 'student',
				createdAt: now - 1000,
				set,
				link: `http://127.0.0.1/assign/take#${PAYLOADS[2]}`,
				studentName: PAYLOADS[0]!,
				status: 'open'
			}
		]
	});
	await importThroughSettings(page, text);

	await page.goto('/missed');
	await expect(page.getByText(PAYLOADS[1]!, { exact: true })).toBeVisible();
	await page.goto('/');
	await expect(page.getByText(PAYLOADS[0]!, { exact: true }).first()).toBeVisible();
	expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
	expect(executed).toEqual([]);
});
