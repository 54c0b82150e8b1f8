/**
 * After `vite build`, before the service worker is generated (it hashes the pages): adds to every prerendered
 * page the module preloads SvelteKit left out (see preload-closure.ts), and writes its .br and .gz again.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { completePreloads, type ViteManifest } from './preload-closure';

const buildDir = process.env.BUILD_DIR ?? 'build';
const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as ViteManifest;

const pages = (readdirSync(buildDir, { recursive: true }) as string[]).filter((file) =>
	file.endsWith('.html')
);
let added = 0;
for (const page of pages) {
	const path = join(buildDir, page);
	const completed = completePreloads(readFileSync(path, 'utf8'), manifest);
	if (completed.added.length === 0) continue;
	added += completed.added.length;
	writeFileSync(path, completed.html);
	// The settings SvelteKit compresses with (adapter-static, precompress).
	if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(completed.html, { level: 9 }));
	if (existsSync(`${path}.br`))
		writeFileSync(
			`${path}.br`,
			brotliCompressSync(completed.html, {
				params: {
					[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
					[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
					[constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(completed.html)
				}
			})
		);
}
console.log(`module preloads: ${added} added over ${pages.length} pages`);
