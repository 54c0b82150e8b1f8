/**
 * Pack files for the command line: "built-in" (what `npm run content` compiled) or a file of the same JSON,
 * optionally gzip-compressed (told by its first bytes, not its name). Checked with valibot before use: a pack
 * file is input like any other.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { SOURCE_KINDS } from '../../src/lib/content/schema';
import type { Pack } from '../../src/lib/domain/pack';
import { REPO_ROOT } from '../content/read-content';

export const BUILT_IN = 'built-in';
export const BUILT_IN_PATH = join(REPO_ROOT, 'src/lib/content/generated/pack.json');

const text = v.string();
const EvidenceSchema = v.object({ source: text, file: text, excerpt: text, context: v.optional(text) });
const CardSchema = v.object({
	id: text,
	entity: text,
	kind: v.picklist(['actor', 'place', 'event', 'figure', 'claim']),
	type: text,
	prompt: text,
	answer: text,
	accepted: v.array(text),
	contested: v.boolean(),
	evidence: v.array(EvidenceSchema),
	sources: v.array(text),
	topic: text,
	importance: v.picklist([1, 2, 3]),
	pair: text
});
const SourceSchema = v.object({
	id: text,
	title: text,
	kind: v.picklist(SOURCE_KINDS),
	publisher: text,
	date: text,
	file: text,
	reliability: text
});
const PackSchema = v.object({
	id: text,
	title: text,
	version: text,
	sources: v.array(SourceSchema),
	entities: v.array(v.looseObject({ id: text, kind: text, name: text })),
	cards: v.array(CardSchema)
});

export class PackFileError extends Error {}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Reads and checks a pack file; throws PackFileError with a sentence for the person at the terminal. */
export function readPackFile(path: string): Pack {
	const file = path === BUILT_IN ? BUILT_IN_PATH : path;
	if (!existsSync(file))
		throw new PackFileError(
			path === BUILT_IN
				? 'The built-in pack is not compiled yet: run `npm run content` first.'
				: `No such file: ${path}`
		);
	let json: unknown;
	try {
		const bytes = readFileSync(file);
		json = JSON.parse((isGzip(bytes) ? gunzipSync(bytes) : bytes).toString('utf8'));
	} catch (error) {
		throw new PackFileError(
			`${path} is not a pack file (JSON, or gzip-compressed JSON): ${(error as Error).message}`
		);
	}
	const checked = v.safeParse(PackSchema, json);
	if (!checked.success) {
		const issue = checked.issues[0];
		const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
		throw new PackFileError(`${path} is not a valid pack${where ? ` (at ${where})` : ''}: ${issue.message}`);
	}
	return json as Pack;
}

/** Writes a pack as JSON, gzip-compressed when the name ends in .gz. */
export function writePackFile(path: string, pack: Pack): void {
	const json = Buffer.from(`${JSON.stringify(pack, null, '\t')}\n`);
	writeFileSync(path, path.endsWith('.gz') ? gzipSync(json) : json);
}
