/** Reads the knowledge-base YAML files and the seed documents from disk (the compiler itself stays pure). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FILES, type ContentFile } from '../../src/lib/content/schema';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The seeds live beside the clone (../shared/seeds); SOURCES_DIR overrides, relative to the repo root. */
export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(REPO_ROOT, env.SOURCES_DIR ?? '../shared/seeds');
}

/** YAML text per content file; files not written yet are simply absent. */
export function readContentFiles(root = REPO_ROOT): Partial<Record<ContentFile, string>> {
	const files: Partial<Record<ContentFile, string>> = {};
	for (const file of CONTENT_FILES) {
		const path = join(root, 'content', `${file}.yaml`);
		if (existsSync(path)) files[file] = readFileSync(path, 'utf8');
	}
	return files;
}

/** Seed texts by file name, or undefined when the directory is absent. */
export function readSeeds(dir = seedsDir()): Record<string, string> | undefined {
	if (!existsSync(dir)) return undefined;
	const seeds: Record<string, string> = {};
	for (const name of readdirSync(dir)) if (name.endsWith('.txt')) seeds[name] = readFileSync(join(dir, name), 'utf8');
	return seeds;
}
