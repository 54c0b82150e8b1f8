import { describe, expect, it } from 'vitest';
import { completePreloads, preloadedFiles, staticClosure, type ViteManifest } from './preload-closure';

// A page node importing the runtime and a shared chunk; the runtime imports the maker on demand, and the maker
// imports the shared chunk too (how SvelteKit came to leave the shared chunk out).
const manifest: ViteManifest = {
	'nodes/2.js': { file: '_app/immutable/nodes/2.abc.js', imports: ['_runtime.js', '_shared.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	'_shared.js': { file: '_app/immutable/chunks/shared.js', imports: ['_deep.js'] },
	'_deep.js': { file: '_app/immutable/chunks/deep.js', imports: ['_runtime.js'] },
	'src/Maker.svelte': { file: '_app/immutable/chunks/maker.js', imports: ['_shared.js'] }
};

const page = (prefix: string, files: string[]) =>
	`<head>\n\t\t${files.map((file) => `<link href="${prefix}${file}" rel="modulepreload">`).join('\n\t\t')}\n\t\t<style>a{}</style>\n</head>`;

describe('staticClosure', () => {
	it('follows static imports through other chunks, each once, and not the dynamic ones', () => {
		expect([...staticClosure(manifest, ['_app/immutable/nodes/2.abc.js'])].sort()).toEqual([
			'_app/immutable/chunks/deep.js',
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/nodes/2.abc.js'
		]);
	});

	it('keeps a file the manifest does not know (an entry) without following it', () => {
		expect([...staticClosure(manifest, ['_app/immutable/entry/start.js'])]).toEqual([
			'_app/immutable/entry/start.js'
		]);
	});
});

describe('completePreloads', () => {
	it('adds what the preloaded scripts import and the page left out, after its last preload', () => {
		const html = page('./', ['_app/immutable/nodes/2.abc.js', '_app/immutable/chunks/runtime.js']);
		const { html: completed, added } = completePreloads(html, manifest);
		expect(added.sort()).toEqual(['_app/immutable/chunks/deep.js', '_app/immutable/chunks/shared.js']);
		const hrefs = [...completed.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map(([, h]) => h);
		expect(hrefs.slice(0, 2)).toEqual([
			'./_app/immutable/nodes/2.abc.js',
			'./_app/immutable/chunks/runtime.js'
		]);
		expect(hrefs.slice(2).sort()).toEqual([
			'./_app/immutable/chunks/deep.js',
			'./_app/immutable/chunks/shared.js'
		]);
		expect(completed.indexOf('<style>')).toBeGreaterThan(completed.lastIndexOf('modulepreload'));
	});

	it('writes the links relative to a nested page, as its own are', () => {
		const html = page('../', ['_app/immutable/nodes/2.abc.js']);
		const { html: completed } = completePreloads(html, manifest);
		expect(completed).toContain('<link href="../_app/immutable/chunks/shared.js" rel="modulepreload">');
		expect(completed).not.toContain('"./_app');
	});

	it('leaves a complete page, and a page without preloads, unchanged', () => {
		const complete = page('./', [
			'_app/immutable/nodes/2.abc.js',
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/deep.js'
		]);
		expect(completePreloads(complete, manifest)).toEqual({ html: complete, added: [] });
		expect(completePreloads('<p>404</p>', manifest)).toEqual({ html: '<p>404</p>', added: [] });
	});

	it('refuses preloads written in a form it does not read, rather than quietly adding nothing', () => {
		const reordered = '<link rel="modulepreload" href="./_app/immutable/nodes/2.abc.js">';
		expect(() => completePreloads(reordered, manifest)).toThrow(/unexpected form/);
		expect(() => preloadedFiles('<link href="https://cdn/x.js" rel="modulepreload">')).toThrow(
			/unexpected form/
		);
	});
});
