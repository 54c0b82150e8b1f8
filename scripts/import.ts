/** `npm run import`: see scripts/formats/import-command.ts. */
import { runImport } from './formats/import-command';

process.exitCode = await runImport(process.argv.slice(2));
