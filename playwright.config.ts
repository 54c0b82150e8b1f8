import { defineConfig, devices } from '@playwright/test';

/** Tests serve the production build on their own port so a running `npm start` does not interfere. */
export const PORT = Number(process.env.PW_PORT ?? 4180);
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu'
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	// Two workers fit the two cores CI has (each drives a browser and the page's own work); PW_WORKERS changes it.
	workers: Number(process.env.PW_WORKERS ?? 2),
	retries: process.env.CI ? 1 : 0,
	// A test that passes only on its retry is a failing test.
	failOnFlakyTests: true,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /phone\.spec\.ts/ },
		{ name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /phone\.spec\.ts/ }
	],
	// One build serves every journey: Playwright runs this once per `playwright test` (update.spec.ts makes a
	// second build of its own on purpose: a deploy of the next release).
	webServer: {
		command: `npm run build && npx sirv build --port ${PORT} --host 127.0.0.1 --quiet`,
		url: `http://127.0.0.1:${PORT}/`,
		// PW_REUSE_SERVER=1 runs against a build you already serve on PW_PORT.
		reuseExistingServer: Boolean(process.env.PW_REUSE_SERVER),
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
