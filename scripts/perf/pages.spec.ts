import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prerenderedPaths } from './pages';

describe('prerenderedPaths', () => {
	it('lists every prerendered page of a build, the start page first, and no asset', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pages-'));
		for (const sub of ['assign', '_app/immutable']) mkdirSync(join(dir, sub), { recursive: true });
		for (const file of [
			'index.html',
			'study.html',
			'assign.html',
			'assign/take.html',
			'_app/x.html',
			'sw.js'
		])
			writeFileSync(join(dir, file), '');
		expect(prerenderedPaths(dir)).toEqual(['/', '/assign', '/assign/take', '/study']);
	});
});
