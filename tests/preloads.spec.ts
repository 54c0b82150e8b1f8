import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { completePreloads, preloadedFiles, type ViteManifest } from '../scripts/preload-closure';

// The build the journeys run against (playwright.config.ts builds it) and the manifest Vite wrote with it.
const pages = (readdirSync('build', { recursive: true }) as string[])
	.filter((file) => file.endsWith('.html'))
	.map((file) => `/${file.replace(/(index)?\.html$/, '')}`);
const manifest = (): ViteManifest =>
	JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as ViteManifest;

for (const path of pages) {
	// A script the page imports at start and does not preload is fetched a round trip later on a slow network.
	test(`${path} preloads every script its start imports`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.ok()).toBe(true);
		const html = await response.text();
		expect(preloadedFiles(html).length).toBeGreaterThan(0);
		expect(completePreloads(html, manifest()).added).toEqual([]);
	});
}
