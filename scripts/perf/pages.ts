/** The prerendered pages of a build, as paths ("/", "/study", "/assign/take"). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function prerenderedPaths(buildDir: string): string[] {
	const paths: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory() && entry.name !== '_app') walk(path);
			else if (entry.isFile() && entry.name.endsWith('.html')) {
				const page = relative(buildDir, path)
					.replace(/\.html$/, '')
					.replace(/(^|\/)index$/, '');
				paths.push(`/${page}`);
			}
		}
	};
	walk(buildDir);
	return paths.sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}
