/**
 * Builds the floor (scripts/perf/floor/): a bare SvelteKit page with the app's adapter-static and build options,
 * the app's own Workbox service worker script, and one hard-coded card. No new dependency: it is built with the
 * project's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export function buildFloor(outDir: string): void {
	const out = resolve(outDir);
	const env = { ...process.env, FLOOR_BUILD_DIR: out };
	execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
		cwd: resolve('scripts/perf/floor'),
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build-sw.ts'], {
		env: { ...process.env, BUILD_DIR: out },
		stdio: ['ignore', 'ignore', 'inherit']
	});
}
