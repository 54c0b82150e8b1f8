/**
 * `npm run export -- --pack <pack file | built-in> --format <format> --out <file>`: the app's exporters from
 * the command line. Optional: --cards id,id,… (a selection) and --seed (the questions of quiz-bank formats).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMAT_IDS, EXPORTERS, isExportFormatId } from '../../src/lib/domain/formats';
import { loadSqlInNode } from './load-sql';
import { PackFileError, readPackFile } from './pack-file';

export const EXPORT_USAGE = `Usage: npm run export -- --pack <pack file, or "built-in"> --format <format> --out <file>
  --format   ${EXPORT_FORMAT_IDS.join(' | ')}
  --cards    only these card ids, comma-separated
  --seed     seed for the questions of gift, moodle-xml and kahoot (the pack's version by default)`;

export interface CommandIo {
	out(line: string): void;
	err(line: string): void;
	/** Unix ms. */
	now(): number;
}

export const consoleIo: CommandIo = {
	out: (line) => console.log(line),
	err: (line) => console.error(line),
	now: () => Date.now()
};

/** Runs the command; returns the exit code (0 done, 1 refused, 2 wrong usage). */
export async function runExport(argv: string[], io: CommandIo = consoleIo): Promise<number> {
	let values: Record<string, string | undefined>;
	try {
		({ values } = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: {
				pack: { type: 'string' },
				format: { type: 'string' },
				out: { type: 'string' },
				cards: { type: 'string' },
				seed: { type: 'string' }
			}
		}));
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${EXPORT_USAGE}`);
		return 2;
	}
	const { pack: packPath, format, out } = values;
	if (!packPath || !format || !out) {
		io.err(`--pack, --format and --out are required.\n\n${EXPORT_USAGE}`);
		return 2;
	}
	if (!isExportFormatId(format)) {
		io.err(`Unknown format "${format}".\n\n${EXPORT_USAGE}`);
		return 2;
	}
	let pack;
	try {
		pack = readPackFile(packPath);
	} catch (error) {
		if (error instanceof PackFileError) {
			io.err(error.message);
			return 1;
		}
		throw error;
	}
	const cardIds = values.cards
		?.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const unknown = cardIds?.filter((id) => !pack.cards.some((card) => card.id === id)) ?? [];
	if (unknown.length) {
		io.err(`No card with id ${unknown.map((id) => `"${id}"`).join(', ')} in ${packPath}.`);
		return 1;
	}
	const file = await EXPORTERS[format].write({
		pack,
		cardIds,
		seed: values.seed,
		now: io.now(),
		loadSql: loadSqlInNode
	});
	writeFileSync(out, file.bytes);
	io.out(
		`Wrote ${out}: ${file.count} ${EXPORTERS[format].holds === 'cards' ? 'cards' : 'questions'}, ${file.bytes.length.toLocaleString('en')} bytes.`
	);
	for (const note of file.notes) io.out(`note: ${note}`);
	return 0;
}
