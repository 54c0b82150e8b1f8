/**
 * `npm run content`: compiles a pack folder of YAML into a pack file and prints counts and answer lengths.
 * With no flags: the built-in pack → src/lib/content/generated/pack.json. `--dir <folder> --out <file>`: any pack
 * folder; `--sources <folder>`: its source documents; `--json`: print the pack on stdout (messages go to stderr);
 * `--verbose`: also list dropped cards. Exits 1 on any content error, naming the file, the entry and the field;
 * 2 on a bad command line.
 */
import { toPackFile } from '../src/lib/domain/pack-file';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseContentArgs, USAGE } from './content/cli-args';
import { compileContent } from './content/compile';
import { formatReport } from './content/report';
import {
	BUILT_IN_PACK_DIR,
	BUILT_IN_META_OUT,
	BUILT_IN_PACK_OUT,
	readPackFolder,
	readSeeds,
	seedsDir
} from './content/read-content';

const parsed = parseContentArgs(process.argv.slice(2));
if (!parsed.ok) {
	console.error(`error: ${parsed.error}\n\n${USAGE}`);
	process.exit(2);
}
const { args } = parsed;
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
// With --json, stdout carries only the pack.
const say = (line: string) => (args.json ? console.error(line) : console.log(line));
/** Paths as the person typed them: relative below the working folder, absolute elsewhere. */
const shown = (path: string) => {
	const rel = relative(process.cwd(), path);
	return !rel ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};

const dir = args.dir ? resolve(args.dir) : BUILT_IN_PACK_DIR;
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
	console.error(`error: pack folder ${shown(dir)} not found\n\n${USAGE}`);
	process.exit(2);
}
const sourcesDir = args.sources ? resolve(args.sources) : args.dir ? resolve(dir, 'sources') : seedsDir();
if (args.sources && !existsSync(sourcesDir)) {
	console.error(`error: sources folder ${shown(sourcesDir)} not found\n\n${USAGE}`);
	process.exit(2);
}
const seeds = readSeeds(sourcesDir);
if (!seeds)
	say(`Source documents not found at ${shown(sourcesDir)}: skipping the verbatim excerpt check only.`);

const folder = readPackFolder(dir);
const result = compileContent({ ...folder, seeds, dir: shown(dir) });

for (const warning of result.warnings) console.error(`warning: ${warning}`);
if (args.verbose) for (const card of result.dropped) console.error(`dropped ${card.id}: ${card.reason}`);
if (result.errors.length > 0) {
	for (const error of result.errors) console.error(`error: ${error}`);
	console.error(`\n${result.errors.length} content error(s): pack not written.`);
	process.exit(1);
}

const json = `${JSON.stringify(toPackFile(result.pack), null, '\t')}\n`;
if (args.json) process.stdout.write(json);
else {
	const out = args.out ? resolve(args.out) : BUILT_IN_PACK_OUT;
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, json);
	say(`Wrote ${shown(out)}: ${result.pack.id} (version ${result.pack.version}).`);
	if (!args.out) {
		// What the app's pages know of the built-in pack without loading it (the pack itself is a static file).
		const meta = {
			id: result.pack.id,
			title: result.pack.title,
			version: result.pack.version,
			cards: result.pack.cards.length,
			sources: result.pack.sources.length
		};
		writeFileSync(BUILT_IN_META_OUT, `${JSON.stringify(meta, null, '\t')}\n`);
	}
}
for (const line of formatReport(result.counts, args.verbose)) say(line);
