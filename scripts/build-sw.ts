/**
 * Generates the service worker with Workbox after `vite build`: it precaches every built page and asset so the
 * whole app works offline. It waits for the user's "Reload" before taking over (skipWaiting on message only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, type ManifestTransform } from 'workbox-build';

const buildDir = process.env.BUILD_DIR ?? 'build';

/**
 * sql.js (SQLite as JavaScript, ~20 KB gzip, beside its ~340 KB WebAssembly) serves Anki files only: it is left
 * out of the precache every visitor downloads, and kept by the runtime cache below on first use. Its chunk has
 * a hashed name, so it is told by the SQLite API names in it.
 */
const onDemandOnly = (url: string) =>
	url.endsWith('.js') && readFileSync(join(buildDir, url), 'utf8').includes('sqlite3_prepare_v2');
const leaveOnDemandOut: ManifestTransform = async (entries) => ({
	manifest: entries.filter((entry) => !onDemandOnly(entry.url)),
	warnings: []
});

/**
 * The big code only /library/new loads (the PDF and Word readers; the extraction worker, under workers/): kept
 * out of the precache, which every visitor downloads, and cached at run time the first time it is fetched.
 * Vite's manifest names their hashed files.
 */
function onDemandFiles(manifestPath = '.svelte-kit/output/client/.vite/manifest.json'): string[] {
	if (!existsSync(manifestPath)) return [];
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;
	return Object.entries(manifest)
		.filter(([source]) =>
			/node_modules\/pdfjs-dist\/|src\/lib\/content\/documents\/(?:docx|pdf)\.ts$/.test(source)
		)
		.map(([, chunk]) => chunk.file);
}

const { count, size, warnings } = await generateSW({
	globDirectory: buildDir,
	globPatterns: ['**/*.{html,js,css,json,svg,png,ico,webmanifest,woff2,txt}'],
	// Web Workers bundle their own copy of what they import (Dexie among it): they serve the first run's pack
	// install (the page does it itself when a worker cannot load) and making a pack, so they are kept on first
	// use by the runtime cache below rather than downloaded by every visitor.
	globIgnores: ['sw.js', 'workbox-*.js', '_app/immutable/workers/**', ...onDemandFiles()],
	swDest: `${buildDir}/sw.js`,
	// Hashed files are immutable: no cache-busting query needed.
	dontCacheBustURLsMatching: /^_app\/immutable\//,
	// Pages are prerendered, so a query (/quiz?seed=…) never selects another file: match the page without it.
	ignoreURLParametersMatching: [/./],
	// Pages are prerendered as /study.html etc.; precaching maps /study to it (Workbox's cleanURLs).
	navigateFallback: '/index.html',
	navigateFallbackDenylist: [/^\/_app\//, /\.[a-z0-9]+$/i],
	inlineWorkboxRuntime: true,
	cleanupOutdatedCaches: true,
	clientsClaim: true,
	skipWaiting: false,
	sourcemap: false,
	maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
	manifestTransforms: [leaveOnDemandOut],
	// What is not precached under _app/immutable (sql.js and its WebAssembly, the document readers, the workers
	// and the place list) is kept the first time a page fetches it, so an Anki export, making a pack and the
	// first run's install work offline from then on. Names are hashed: a kept copy never goes stale.
	runtimeCaching: [
		{
			urlPattern: ({ url }) => url.pathname.startsWith('/_app/immutable/'),
			handler: 'CacheFirst',
			options: { cacheName: 'sourcedeck-on-demand', expiration: { maxEntries: 60 } }
		}
	]
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB) → ${buildDir}/sw.js`);
