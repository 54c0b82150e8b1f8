import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, firstPageAssets, measure, precachedUrls, report } from './budget';

const HTML = `<!doctype html><html><head>
<link href="./_app/immutable/entry/start.abc.js" rel="modulepreload">
<link href="./_app/immutable/chunks/x.js" rel="modulepreload">
<link href="./_app/immutable/assets/0.css" rel="stylesheet">
<script src="./theme-init.js"></script>
<style>main{color:red}</style>
<link rel="stylesheet" href="https://cdn.example/x.css">
</head><body><script>import("./_app/immutable/entry/app.def.js")</script></body></html>`;

describe('bundle budget', () => {
	it('finds the local scripts and stylesheets the first page loads', () => {
		const { js, css, inlineCss } = firstPageAssets(HTML);
		expect(js.sort()).toEqual([
			'_app/immutable/chunks/x.js',
			'_app/immutable/entry/app.def.js',
			'_app/immutable/entry/start.abc.js',
			'theme-init.js'
		]);
		expect(css).toEqual(['_app/immutable/assets/0.css']);
		expect(inlineCss).toBe('main{color:red}');
	});

	it('reads the precache list of a Workbox service worker', () => {
		const sw = 'e.precacheAndRoute([{url:"/index.html",revision:"1"},{url:"_app/a.js",revision:null}],{})';
		expect(precachedUrls(sw)).toEqual(['index.html', '_app/a.js']);
	});

	it('measures gzip sizes and fails a missed budget', () => {
		const dir = mkdtempSync(join(tmpdir(), 'budget-'));
		mkdirSync(join(dir, '_app/immutable/entry'), { recursive: true });
		mkdirSync(join(dir, '_app/immutable/chunks'), { recursive: true });
		mkdirSync(join(dir, '_app/immutable/assets'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), HTML);
		writeFileSync(join(dir, 'theme-init.js'), 'x');
		writeFileSync(join(dir, '_app/immutable/entry/start.abc.js'), 'a'.repeat(1000));
		writeFileSync(join(dir, '_app/immutable/entry/app.def.js'), 'b');
		// Random bytes do not compress: 64 KB of them break the 60 KB JavaScript budget.
		writeFileSync(join(dir, '_app/immutable/chunks/x.js'), randomBytes(64_000));
		writeFileSync(join(dir, '_app/immutable/assets/0.css'), 'body{}');
		writeFileSync(join(dir, 'sw.js'), 'precacheAndRoute([{url:"index.html",revision:"1"}])');
		const budgets = measure(dir);
		expect(budgets[0]!.bytes).toBeGreaterThan(0);
		// The stylesheet and the inline <style> both count.
		expect(budgets[1]!.bytes).toBeGreaterThan(gzipSync('body{}').length);
		expect(budgets[0]!.bytes).toBeGreaterThan(LIMITS.firstPageJs);
		const { ok, text } = report(budgets);
		expect(ok).toBe(false);
		expect(text.split('\n')[0]).toMatch(/^OVER\s+JavaScript the first page preloads/);
		expect(text.split('\n')[1]).toMatch(/^ok\s+CSS loaded by the first page/);
	});
});
