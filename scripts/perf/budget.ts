/**
 * Bundle budgets, measured on the built site: what the first page loads and what the service worker precaches,
 * all as gzip bytes (what travels over the network).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Budget {
	name: string;
	bytes: number;
	limit: number;
}

export const LIMITS = {
	// Svelte's runtime is one shared chunk, tree-shaken over every page: a feature any page uses (the library's
	// dialog and switches) lands in what the first page preloads. `npm run perf` judges what is fetched by idle
	// against the floor; this catches a library pulled into the first page by mistake. Raised from 52 KB when the
	// pages' preloads were completed (scripts/preload-closure.ts): the figure was 45.7 KB because SvelteKit's list
	// missed three chunks the first page imports, which it fetched a round trip later (58.4 KB, nothing added).
	firstPageJs: 60 * 1024,
	firstPageCss: 10 * 1024,
	// Everything a page needs offline, the built-in pack (130 KB) included. Raised from 600 KB when the library
	// gained its import/export formats (~17 KB) and the pack maker's screens (~14 KB), both usable offline once
	// installed; the heavy readers, sql.js and the workers are cached on first use instead (scripts/build-sw.ts).
	// Raised from 640 KB when Today, Progress and Missed were prerendered with a first visit's numbers (~3 KB of
	// HTML and __data.json), so a device with nothing stored loads no database code there. Raised from 648 KB when
	// every page's preloads were completed (~0.2 KB of links) and a shared idle helper reshuffled Rollup's merging
	// of small chunks (648.1 KB; the JavaScript in all chunks fell by 0.3 KB).
	precache: 650 * 1024
};

export const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Local assets an HTML page loads up front: its scripts (module preloads and imports), its stylesheets, and the
 * CSS written into the page itself.
 */
export function firstPageAssets(html: string): { js: string[]; css: string[]; inlineCss: string } {
	const js = new Set<string>();
	const css = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href && rel === 'modulepreload') js.add(href);
		if (href && rel === 'stylesheet') css.add(href);
	}
	for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) js.add(src!);
	for (const [, spec] of html.matchAll(/import\("([^"]+)"\)/g)) js.add(spec!);
	const local = (url: string) => !/^[a-z]+:/i.test(url);
	const clean = (url: string) => url.replace(/^\.?\//, '');
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
		.map(([, text]) => text)
		.join('\n');
	return { js: [...js].filter(local).map(clean), css: [...css].filter(local).map(clean), inlineCss };
}

/** The URLs a Workbox-generated service worker precaches. */
export function precachedUrls(serviceWorker: string): string[] {
	return [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:/g)].map(([, url]) => url!.replace(/^\//, ''));
}

export function measure(buildDir: string): Budget[] {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const { js, css, inlineCss } = firstPageAssets(html);
	const sum = (files: string[]) => files.reduce((total, file) => total + gzipSize(join(buildDir, file)), 0);
	const precache = precachedUrls(readFileSync(join(buildDir, 'sw.js'), 'utf8'));
	return [
		// What the HTML asks for up front; what the page fetches by the time it is idle (the code it imports on
		// mount) is more, and `npm run perf` measures that.
		{ name: 'JavaScript the first page preloads', bytes: sum(js), limit: LIMITS.firstPageJs },
		{
			name: 'CSS loaded by the first page (files and inline)',
			bytes: sum(css) + (inlineCss ? gzipSync(inlineCss, { level: 9 }).length : 0),
			limit: LIMITS.firstPageCss
		},
		{
			name: `Whole precache (${precache.length} files)`,
			bytes: sum([...precache, 'sw.js']),
			limit: LIMITS.precache
		}
	];
}

export function formatTable(rows: { name: string; value: string; budget: string; ok: boolean }[]): string {
	const width = Math.max(...rows.map((row) => row.name.length));
	return rows
		.map(
			(row) =>
				`${row.ok ? 'ok  ' : 'OVER'}  ${row.name.padEnd(width)}  ${row.value.padStart(10)}  budget ${row.budget}`
		)
		.join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function report(budgets: Budget[]): { text: string; ok: boolean } {
	const rows = budgets.map((b) => ({
		name: b.name,
		value: kb(b.bytes),
		budget: `≤ ${kb(b.limit)} gzip`,
		ok: b.bytes <= b.limit
	}));
	return { text: formatTable(rows), ok: rows.every((row) => row.ok) };
}
