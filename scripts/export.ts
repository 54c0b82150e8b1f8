/** `npm run export`: see scripts/formats/export-command.ts. */
import { runExport } from './formats/export-command';

process.exitCode = await runExport(process.argv.slice(2));
