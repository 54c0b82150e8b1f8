/** Reads a pack folder's YAML files and its source documents from disk (the compiler itself stays pure). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FILES, MANIFEST_FILE, type ContentFile } from '../../src/lib/content/schema';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The pack built into the app: one pack folder among any others. */
export const BUILT_IN_PACK_DIR = join(REPO_ROOT, 'content', 'isis-campaign-2016-2017');

/** Where the app imports the built-in pack from (for now). */
export const BUILT_IN_PACK_OUT = join(REPO_ROOT, 'src', 'lib', 'content', 'generated', 'pack.json');
/** What the app knows of the built-in pack before loading it: id, title, version and counts. */
export const BUILT_IN_META_OUT = join(REPO_ROOT, 'src/lib/content/generated/built-in.json');

/** The built-in pack's sources live beside the clone (../shared/seeds); SOURCES_DIR overrides, relative to the repo root. */
export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(REPO_ROOT, env.SOURCES_DIR ?? '../shared/seeds');
}

export interface PackFolder {
	/** pack.yaml, when the folder has one. */
	manifest?: string;
	/** YAML text per content file; files not written yet are simply absent. */
	files: Partial<Record<ContentFile, string>>;
}

export function readPackFolder(dir = BUILT_IN_PACK_DIR): PackFolder {
	const read = (name: string) => {
		const path = join(dir, `${name}.yaml`);
		return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	};
	const files: Partial<Record<ContentFile, string>> = {};
	for (const file of CONTENT_FILES) {
		const text = read(file);
		if (text !== undefined) files[file] = text;
	}
	return { manifest: read(MANIFEST_FILE), files };
}

/** The built-in pack's YAML files. */
export const readContentFiles = (dir = BUILT_IN_PACK_DIR) => readPackFolder(dir).files;

/**
 * Source texts by file name (every file in the folder, sub-folders included as "sub/name.txt"), or undefined
 * when the folder is absent.
 */
export function readSeeds(dir = seedsDir()): Record<string, string> | undefined {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
	const seeds: Record<string, string> = {};
	const walk = (folder: string, prefix: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
			else if (entry.isFile()) seeds[`${prefix}${entry.name}`] = readFileSync(join(folder, entry.name), 'utf8');
		}
	};
	walk(dir, '');
	return seeds;
}
