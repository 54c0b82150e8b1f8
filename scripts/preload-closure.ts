/**
 * Completes a prerendered page's module preloads with every chunk its preloaded modules import statically.
 *
 * Why: SvelteKit (2.70) lists a page's scripts by walking Vite's manifest from the page's node, and one set of
 * chunks seen serves both that walk and the walk of dynamic imports it starts on the way (for their CSS). A
 * chunk reached first through a dynamic import (the runtime chunk imports the pack maker on demand, and the maker
 * shares chunks with every page) is then skipped when the page imports it statically: it is left out of the
 * HTML. The browser finds it only once the module importing it has arrived, a round trip later, and Vite's
 * preload helper adds its link at run time. Every page missed 2 to 16 chunks so; on a slow phone network
 * (Lighthouse's mobile settings) /study started hydrating ~300 ms later than with the complete list.
 */

/** The part of Vite's build manifest (`.vite/manifest.json`) this needs: each chunk's file and static imports. */
export type ViteManifest = Record<string, { file: string; imports?: string[] }>;

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;

/**
 * The scripts a page preloads, as files under `_app/`. Throws when the page has module preloads written another
 * way than SvelteKit writes them today: completing them would otherwise quietly do nothing.
 */
export function preloadedFiles(html: string): string[] {
	const files = [...html.matchAll(PRELOAD)].map(([, href]) => /_app\/.*$/.exec(href!)?.[0]);
	if (files.length !== html.split('rel="modulepreload"').length - 1 || files.includes(undefined))
		throw new Error('module preloads in an unexpected form: scripts/preload-closure.ts needs updating');
	return files as string[];
}

/** Every file the chunks in `files` import statically, directly or through others, themselves included. */
export function staticClosure(manifest: ViteManifest, files: Iterable<string>): Set<string> {
	const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const found = new Set<string>();
	const visit = (file: string) => {
		if (found.has(file)) return;
		found.add(file);
		const key = keyOf.get(file);
		for (const imported of (key && manifest[key]?.imports) ?? []) visit(manifest[imported]?.file ?? imported);
	};
	for (const file of files) visit(file);
	return found;
}

/**
 * The page with a modulepreload link added, after its last, for each chunk its preloaded scripts import
 * statically and it does not preload yet; `added` names them. A page without module preloads is left as is.
 */
export function completePreloads(html: string, manifest: ViteManifest): { html: string; added: string[] } {
	const preloaded = preloadedFiles(html);
	const last = [...html.matchAll(PRELOAD)].at(-1);
	if (!last) return { html, added: [] };
	// Links are relative to the page ("./_app/…" or "../_app/…"): the prefix before the app's directory is kept.
	const prefix = last[1]!.slice(0, last[1]!.indexOf('_app/'));
	const have = new Set(preloaded);
	const added = [...staticClosure(manifest, preloaded)].filter((file) => !have.has(file));
	if (added.length === 0) return { html, added };
	const end = last.index! + last[0].length;
	const tags = added.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`).join('');
	return { html: html.slice(0, end) + tags + html.slice(end), added };
}
