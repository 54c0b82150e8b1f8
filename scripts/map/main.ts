/** `npx tsx scripts/map/main.ts`: regenerates src/lib/content/map/map-data.json (committed; a spec checks it). */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildMapData } from './build-map';
import { MAP_DATA_PATH } from './paths';

const json = `${JSON.stringify(buildMapData())}\n`;
writeFileSync(MAP_DATA_PATH, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`Wrote ${MAP_DATA_PATH}: ${kb(json.length)}, ${kb(gzipSync(json).length)} gzipped.`);
