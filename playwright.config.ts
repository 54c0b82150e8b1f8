import { defineConfig, devices } from '@playwright/test';

/** Tests serve the production build on their own port so a running `npm start` does not interfere. */
export const PORT = Number(process.env.PW_PORT ?? 4180);
/**
 * Chromium 15x starts its WebUI address-bar popup (about 400 modules) in a renderer of its own at every launch: a
 * second of CPU on a 2-core machine, taken from whatever page is loading then (a cold start, a first journey).
 */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];
/**
 * The features Playwright turns off (playwright-core's chromiumSwitches). Chromium keeps only the last
 * --disable-features it is given, so ours repeats them; tests/browser-flags.spec.ts checks none is lost.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu',
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...DISABLED_FEATURES].join(',')}`
];
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
