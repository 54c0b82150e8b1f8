/** The content compiler's command line: which pack folder, which sources, where the pack goes. Pure. */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run content -- [--dir <pack folder> --out <file>] [--sources <folder>] [--json] [--verbose]

  (no flags)          compile the built-in pack (content/isis-campaign-2016-2017) into
                      src/lib/content/generated/pack.json, checking excerpts against ../shared/seeds
  --dir <folder>      the pack folder to compile: pack.yaml, sources.yaml, actors.yaml, places.yaml, ...
  --sources <folder>  the folder of the source documents that sources.yaml names
                      (default: <dir>/sources, or ../shared/seeds for the built-in pack)
  --out <file>        where to write the compiled pack (JSON); needed with --dir
  --json              print the compiled pack on standard output instead of writing it
  --verbose           also list the cards dropped for giving their answer away or repeating a prompt
  --help              show this message

See docs/making-a-pack.md.`;

export interface ContentArgs {
	/** Undefined: the built-in pack. */
	dir?: string;
	sources?: string;
	out?: string;
	json: boolean;
	verbose: boolean;
	help: boolean;
}

export type ParsedArgs = { ok: true; args: ContentArgs } | { ok: false; error: string };

/** Reads argv (without node and the script); any unknown flag or stray word is an error, never ignored. */
export function parseContentArgs(argv: readonly string[]): ParsedArgs {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			strict: true,
			allowPositionals: false,
			options: {
				dir: { type: 'string' },
				sources: { type: 'string' },
				out: { type: 'string' },
				json: { type: 'boolean', default: false },
				verbose: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			}
		}));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, error: message.replace(/\. To specify a positional argument.*$/s, '') };
	}
	const args: ContentArgs = {
		dir: values.dir,
		sources: values.sources,
		out: values.out,
		json: values.json ?? false,
		verbose: values.verbose ?? false,
		help: values.help ?? false
	};
	for (const flag of ['dir', 'sources', 'out'] as const)
		if (args[flag] !== undefined && !args[flag]!.trim()) return { ok: false, error: `--${flag} needs a folder or file` };
	if (args.dir !== undefined && args.out === undefined && !args.json)
		return { ok: false, error: 'say where the compiled pack goes: --out <file> (or --json to print it)' };
	if (args.out !== undefined && args.json) return { ok: false, error: 'use --out or --json, not both' };
	return { ok: true, args };
}
