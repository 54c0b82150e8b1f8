// The floor: the bare minimum of this stack (SvelteKit 2, adapter-static, the Workbox service worker), built by
// `npm run perf` with the project's own node_modules, so every figure of the app is read against it.
import adapter from '@sveltejs/adapter-static';

const out = process.env.FLOOR_BUILD_DIR ?? '../../../build-floor';

/** @type {import('@sveltejs/kit').Config} */
export default {
	kit: {
		adapter: adapter({ pages: out, assets: out, strict: true, precompress: true }),
		serviceWorker: { register: false },
		inlineStyleThreshold: 50_000,
		outDir: '.svelte-kit'
	}
};
