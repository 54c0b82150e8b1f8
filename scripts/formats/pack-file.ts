/**
 * Pack files for the command line: "built-in" (what `npm run content` compiled) or any pack file (JSON, or
 * gzip-compressed JSON, told by its first bytes), checked by the app's own reader (src/lib/domain/pack-file.ts)
 * before use: a pack file is input like any other.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Pack } from '../../src/lib/domain/pack';
import { readPackFile as readPackBytes, toPackFile } from '../../src/lib/domain/pack-file';
import { REPO_ROOT } from '../content/read-content';

export const BUILT_IN = 'built-in';
export const BUILT_IN_PATH = join(REPO_ROOT, 'src/lib/content/generated/pack.json');

export class PackFileError extends Error {}

/** Reads and checks a pack file; throws PackFileError with a sentence for the person at the terminal. */
export function readPackFile(path: string): Pack {
	const file = path === BUILT_IN ? BUILT_IN_PATH : path;
	if (!existsSync(file))
		throw new PackFileError(
			path === BUILT_IN
				? 'The built-in pack is not compiled yet: run `npm run content` first.'
				: `No such file: ${path}`
		);
	const result = readPackBytes(new Uint8Array(readFileSync(file)));
	if (!result.ok)
		throw new PackFileError(
			[`${path}: ${result.problem.message}`, ...result.problem.details.map((d) => `  ${d}`)].join('\n')
		);
	return result.pack;
}

/** Writes a pack file, gzip-compressed when the name ends in .gz. */
export function writePackFile(path: string, pack: Pack): void {
	const json = Buffer.from(`${JSON.stringify(toPackFile(pack), null, '\t')}\n`);
	writeFileSync(path, path.endsWith('.gz') ? gzipSync(json) : json);
}
