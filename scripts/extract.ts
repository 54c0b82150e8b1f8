/**
 * `npm run extract -- <files…> [--json] [--date YYYY[-MM[-DD]]]`: proposals for documents, from the code the
 * extraction worker runs (see scripts/extract-cli.ts). Messages and warnings go to stderr, results to stdout.
 */
import { runExtract } from './extract-cli';

process.exitCode = await runExtract(process.argv.slice(2), {
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`)
});
