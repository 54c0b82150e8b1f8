import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const PAGE_HELPERS = [
	'/src/lib/domain/share/csv.ts',
	'/src/lib/domain/quiz/types.ts',
	'/src/lib/state/format.ts',
	'/src/lib/domain/quoted-excerpt.ts'
];

const MAKER_ONLY = [
	'/src/routes/library/new/+page.svelte',
	'/src/lib/content/documents/html.ts',
	'/src/lib/domain/extract/excerpt.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		alias: [
			// Dexie's package entry wraps its UMD build for Node's sake (one instance when both require and import load
			// it); its author points pure-ESM clients to the module build instead. Its modern flavour (ES2018, which
			// every browser the app runs in has) is 12 KB smaller, and importing it took a quarter less time with the
			// CPU 4x slower (median of 12: 120 → 92 ms).
			{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }
		]
	},
	build: {
		rollupOptions: {
			// Merge the many tiny shared chunks (a few hundred bytes each) into their neighbours: on a slow phone
			// network each request costs a round trip, and the first page used to make some 45 of them. Larger
			// limits merge code into pages that never run it (20 KB put quiz generation on /study).
			output: {
				experimentalMinChunkSize: 8_000,
				// Valibot checks untrusted input (links, result codes, backups, stored quiz specs), always in code
				// loaded on demand. Left to the merging above it can be folded into the small chunk every page
				// preloads (it happened when a few-line module was shared between the quiz and the gradebook):
				// its own chunk keeps it off the first page whatever the module graph looks like.
				manualChunks: (id) => {
					if (id.includes('/node_modules/valibot/')) return 'valibot';
					// Small helpers with no imports, shared by the pages that list packs, export and grade: left to the
					// merging above they landed in the first page's chunks when the import/export formats came in. The
					// quotation marks around a source's passage too: in card-text.ts, /sources fetched the 3.5 KB chunk of
					// answer checking merged with it; in a module of its own, the merging put it where /sources and
					// /missed fetched 1.3 KB more (2026-12-06, JavaScript by idle).
					if (PAGE_HELPERS.some((path) => id.endsWith(path))) return 'page-helpers';
					// Making a pack's own small modules (its page, the HTML reader, the excerpt rules): the merging above
					// folded them into a chunk the first page preloads (+2.3 KB). Rollup adds a manual chunk's static
					// imports to it, so this chunk also holds the Svelte and Kit client code the page imports: it is the
					// runtime chunk every page preloads, carrying the page's 2 KB. The two other splits tried were no
					// better (2026-12-04, the page's own scripts fetched by idle): without the page here the runtime split
					// into more chunks (/ 24 → 33 files, 120.8 → 128.0 KB; the first page's preloads over budget); a
					// 'runtime' chunk of all of Svelte and Kit preloaded 2.5 KB more on the first page, to save 1–2 KB by
					// idle on eight of twelve pages (four gained 0.5–1 KB).
					if (MAKER_ONLY.some((path) => id.endsWith(path))) return 'maker';
					// The study page's list of answers not yet stored (0.8 KB), also cleared by Settings: shared by the two, the
					// merging above regrouped the shared chunks and the first page preloaded 3–4 KB more (2026-12-06).
					if (id.endsWith('/src/lib/state/study/given-answers.ts')) return 'given-answers';
					return undefined;
				}
			}
		}
	},
	// Workers are modules (they import the db and domain code the pages use, split into chunks).
	worker: { format: 'es' },
	server: { port: 5173, strictPort: false },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['fake-indexeddb/auto'],
		// Vitest's default is one worker fewer than the cores: on CI's two cores, one, and the 165 files ran one
		// after another (4 min). The second core was idle; the files are independent (each has its own fake DB).
		maxWorkers: 2,
		benchmark: { include: ['src/**/*.bench.ts', 'scripts/**/*.bench.ts'] }
	}
});
