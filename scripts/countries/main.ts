/** `npx tsx scripts/countries/main.ts`: regenerates src/lib/domain/extract/countries.json (committed; a spec checks it). */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildCountries } from './build-countries';
import { COUNTRIES_PATH } from './paths';

const json = `${JSON.stringify(buildCountries())}\n`;
writeFileSync(COUNTRIES_PATH, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`Wrote ${COUNTRIES_PATH}: ${kb(json.length)}, ${kb(gzipSync(json).length)} gzipped.`);
