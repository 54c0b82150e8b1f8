import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * CSP hashes of the inline scripts written in src/app.html (the theme applied before first paint). SvelteKit
 * hashes only the scripts it generates; these are hashed here, from the file itself, so an edit cannot go stale.
 */
const templateScriptHashes = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(([, code]) => `sha256-${createHash('sha256').update(code).digest('base64')}`);

/**
 * The build's version, shown in Settings; tests rebuild with another one. Stored in the environment on first
 * evaluation so every part of one build (client, server, prerender worker) agrees on it.
 */
process.env.APP_VERSION ??= new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const version = process.env.APP_VERSION;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true,
			// .gz and .br beside every file: the static server sends them to browsers that accept them.
			precompress: true
		}),
		// Workbox (scripts/build-sw.ts) writes the service worker; SvelteKit must not register its own.
		serviceWorker: { register: false },
		// Every page's CSS (a few KB) goes into its HTML: no stylesheet request stands between the page and its
		// first paint on a slow network.
		inlineStyleThreshold: 50_000,
		version: { name: version },
		prerender: { handleHttpError: 'fail' },
		// Prerendered pages carry the policy in a <meta> tag with hashes of SvelteKit's own inline script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets WebAssembly compile (sql.js, for Anki files) and nothing else: script
				// eval stays forbidden.
				'script-src': ['self', 'wasm-unsafe-eval', ...templateScriptHashes],
				// Svelte sets style attributes (transitions, style: directives); no inline script is allowed.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// A pack can be installed from a link to any https site (a teacher's own page); what is fetched is
				// data, checked in full before anything is stored, and no script can be loaded from there.
				'connect-src': ['self', 'https:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
