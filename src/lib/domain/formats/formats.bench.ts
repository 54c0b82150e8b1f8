/**
 * Import and export speed. Run: `npx vitest bench --run src/lib/domain/formats/formats.bench.ts`.
 * The built-in pack (581 cards) to .apkg and back, and 1,000 and 5,000 synthetic cards through .apkg and CSV.
 * sql.js is loaded once before timing (its first load, about 0.1–0.3 s, is paid once per page).
 * No budget yet: a person exports or imports a deck now and then, so about a second for a large deck is fine.
 */
import { bench, describe } from 'vitest';
import packJson from '../../content/generated/pack.json';
import type { Pack } from '../pack';
import { loadSqlFromAsset } from './anki/sql-asset';
import { syntheticPack } from './fixture';
import { EXPORTERS } from './index';
import { bytesSource, importFile } from './import';

const builtIn = packJson as unknown as Pack;
const NOW = Date.UTC(2026, 2, 1);
await loadSqlFromAsset();

async function roundTrip(pack: Pack, format: 'apkg' | 'csv') {
	const file = await EXPORTERS[format].write({ pack, now: NOW, loadSql: loadSqlFromAsset });
	const outcome = await importFile(bytesSource(file.fileName, file.bytes), { loadSql: loadSqlFromAsset });
	if (!outcome.ok || outcome.pack.cards.length !== pack.cards.length)
		throw new Error('round trip lost cards');
}

const builtInApkg = await EXPORTERS.apkg.write({ pack: builtIn, now: NOW, loadSql: loadSqlFromAsset });
const synthetic1k = syntheticPack(1000);
const synthetic5k = syntheticPack(5000);

describe('built-in pack (581 cards)', () => {
	bench('export to .apkg', async () => {
		await EXPORTERS.apkg.write({ pack: builtIn, now: NOW, loadSql: loadSqlFromAsset });
	});
	bench('import that .apkg', async () => {
		await importFile(bytesSource('built-in.apkg', builtInApkg.bytes), { loadSql: loadSqlFromAsset });
	});
	bench('export to .apkg and import it back', () => roundTrip(builtIn, 'apkg'));
	bench('export the Moodle XML bank (200 questions)', async () => {
		await EXPORTERS['moodle-xml'].write({ pack: builtIn, now: NOW });
	});
});

describe('synthetic packs', () => {
	bench('1,000 cards: .apkg out and back', () => roundTrip(synthetic1k, 'apkg'));
	bench('1,000 cards: CSV out and back', () => roundTrip(synthetic1k, 'csv'));
	bench('5,000 cards: .apkg out and back', () => roundTrip(synthetic5k, 'apkg'), { iterations: 3 });
});
