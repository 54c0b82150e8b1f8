/**
 * `npm run import -- <file> --out <pack file>`: a CSV/TSV, Quizlet or Anki file into a pack file (JSON, gzip
 * when the name ends in .gz), printing the preview and warnings. A spreadsheet whose columns are not recognised
 * lists them; pass --columns prompt=1,answer=2,source=3,excerpt=4 (1-based) and --header yes|no.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importFile } from '../../src/lib/domain/formats/import';
import { plural } from '../../src/lib/domain/formats/import/clean';
import type { ColumnMapping, ColumnRole, ImportSource } from '../../src/lib/domain/formats/import';
import { consoleIo, type CommandIo } from './export-command';
import { loadSqlInNode } from './load-sql';
import { writePackFile } from './pack-file';

export const IMPORT_USAGE = `Usage: npm run import -- <file> --out <pack file>
  <file>      .csv, .tsv or .txt (spreadsheet, Quizlet, Anki text export), or an Anki package (.apkg)
  --out       the pack file to write (JSON; gzip-compressed when it ends in .gz)
  --title     the new pack's title (the deck's or the file's name by default)
  --columns   which column holds what, 1-based: prompt=1,answer=2[,accepted=3,source=4,excerpt=5]
  --header    yes | no: whether the first row names the columns (with --columns)`;

const ROLES: ColumnRole[] = [
	'prompt',
	'answer',
	'accepted',
	'source',
	'excerpt',
	'kind',
	'type',
	'contested'
];

/** "prompt=1,answer=2" → a mapping (0-based), or a sentence on what is wrong with it. */
export function parseColumns(text: string, header: boolean): ColumnMapping | string {
	const mapping: Partial<ColumnMapping> = { headerRow: header };
	for (const part of text.split(',')) {
		const [role, column] = part.split('=').map((s) => s.trim());
		const index = Number(column);
		if (!ROLES.includes(role as ColumnRole) || !Number.isInteger(index) || index < 1)
			return `--columns takes role=number pairs with roles ${ROLES.join(', ')}; "${part}" is not one.`;
		mapping[role as ColumnRole] = index - 1;
	}
	if (mapping.prompt === undefined || mapping.answer === undefined)
		return '--columns needs prompt= and answer=.';
	return mapping as ColumnMapping;
}

function fileSource(path: string): ImportSource {
	return {
		name: path,
		size: statSync(path).size,
		bytes: async () => new Uint8Array(readFileSync(path))
	};
}

export async function runImport(argv: string[], io: CommandIo = consoleIo): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				title: { type: 'string' },
				columns: { type: 'string' },
				header: { type: 'string' }
			}
		});
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${IMPORT_USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1 || !values.out) {
		io.err(`Give one file to import and --out.\n\n${IMPORT_USAGE}`);
		return 2;
	}
	if (values.header !== undefined && !['yes', 'no'].includes(values.header)) {
		io.err(`--header takes yes or no.\n\n${IMPORT_USAGE}`);
		return 2;
	}
	let mapping: ColumnMapping | undefined;
	if (values.columns) {
		const columns = parseColumns(values.columns, values.header !== 'no');
		if (typeof columns === 'string') {
			io.err(`${columns}\n\n${IMPORT_USAGE}`);
			return 2;
		}
		mapping = columns;
	}
	const path = positionals[0]!;
	let source: ImportSource;
	try {
		source = fileSource(path);
	} catch {
		io.err(`No such file: ${path}`);
		return 1;
	}
	const outcome = await importFile(source, { loadSql: loadSqlInNode, mapping, title: values.title });
	if (!outcome.ok) {
		io.err(outcome.error.message);
		if (outcome.columns && outcome.error.kind === 'needs-columns') {
			io.err('Columns found:');
			for (const column of outcome.columns.columns)
				io.err(
					`  ${column.index + 1}. ${column.name}: ${column.samples.map((s) => JSON.stringify(s)).join(', ')}`
				);
			io.err('Then run again with, for example, --columns prompt=1,answer=2,source=3,excerpt=4');
		}
		return 1;
	}
	writePackFile(values.out, outcome.pack);
	const { preview } = outcome;
	io.out(
		`Wrote ${values.out}: "${preview.title}", ${plural(preview.cardCount, 'card')}, ${plural(preview.sourceCount, 'source')} (${preview.withoutSource} with no source given); pack id ${outcome.pack.id}.`
	);
	for (const example of preview.examples) io.out(`  ${example.prompt} → ${example.answer}`);
	for (const warning of outcome.warnings) io.out(`warning: ${warning}`);
	return 0;
}
