/**
 * Generates the service worker with Workbox after `vite build`: it precaches every built page and asset so the
 * whole app works offline. It waits for the user's "Reload" before taking over (skipWaiting on message only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { generateSW } from 'workbox-build';

const buildDir = process.env.BUILD_DIR ?? 'build';

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
	globIgnores: ['sw.js', 'workbox-*.js', '_app/immutable/workers/**', ...onDemandFiles()],
	// Hashed files never change: once fetched (the readers, the worker, its place list), they are kept.
	runtimeCaching: [
		{
			urlPattern: ({ url }) => url.pathname.startsWith('/_app/immutable/'),
			handler: 'CacheFirst',
			options: { cacheName: 'on-demand', expiration: { maxEntries: 60 } }
		}
	],
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
	maximumFileSizeToCacheInBytes: 5 * 1024 * 1024
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB) → ${buildDir}/sw.js`);
