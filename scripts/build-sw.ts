/**
 * Generates the service worker with Workbox after `vite build`: it precaches every built page and asset so the
 * whole app works offline. It waits for the user's "Reload" before taking over (skipWaiting on message only).
 */
import { generateSW } from 'workbox-build';

const buildDir = process.env.BUILD_DIR ?? 'build';

const { count, size, warnings } = await generateSW({
	globDirectory: buildDir,
	globPatterns: ['**/*.{html,js,css,json,svg,png,ico,webmanifest,woff2,txt}'],
	globIgnores: ['sw.js', 'workbox-*.js'],
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
