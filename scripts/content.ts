/**
 * `npm run content`: compiles content/*.yaml into src/lib/content/generated/pack.json and prints counts.
 * `npm run content -- --json`: prints the compiled pack on stdout instead (messages go to stderr).
 * `--verbose` also lists the cards dropped for giving their answer away or repeating a prompt.
 * Exits 1 on any content error, naming the file, the entry and the field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compileContent, type CompileCounts } from './content/compile';
import { readContentFiles, readSeeds, REPO_ROOT, seedsDir } from './content/read-content';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const verbose = args.has('--verbose');
// With --json, stdout carries only the pack.
const say = (line: string) => (json ? console.error(line) : console.log(line));

const dir = seedsDir();
const seeds = readSeeds(dir);
if (!seeds) say(`Seed documents not found at ${dir}: skipping the verbatim excerpt check only.`);

const result = compileContent({ files: readContentFiles(), seeds });

for (const warning of result.warnings) console.error(`warning: ${warning}`);
if (verbose) for (const card of result.dropped) console.error(`dropped ${card.id}: ${card.reason}`);
if (result.errors.length > 0) {
	for (const error of result.errors) console.error(`error: ${error}`);
	console.error(`\n${result.errors.length} content error(s): pack not written.`);
	process.exit(1);
}

if (json) process.stdout.write(`${JSON.stringify(result.pack, null, '\t')}\n`);
else {
	const out = join(REPO_ROOT, 'src/lib/content/generated/pack.json');
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify(result.pack, null, '\t')}\n`);
	say(`Wrote ${relative(REPO_ROOT, out)} (version ${result.pack.version}).`);
}
for (const line of formatCounts(result.counts)) say(line);

function formatCounts(counts: CompileCounts): string[] {
	const list = (record: Partial<Record<string, number>>) =>
		Object.entries(record)
			.map(([key, n]) => `${key} ${n}`)
			.join(', ');
	const totalCards = Object.values(counts.cards).reduce((a, b) => a + (b ?? 0), 0);
	const totalDropped = counts.dropped['answer in prompt'] + counts.dropped['duplicate prompt'];
	return [
		`Sources: ${counts.sources}`,
		`Entries: ${list(counts.entries)}`,
		`Cards (${totalCards}): ${list(counts.cards) || 'none'}`,
		`Dropped cards (${totalDropped}): ${list(counts.dropped)}${verbose || !totalDropped ? '' : ' (--verbose lists them)'}`
	];
}
