/**
 * Export → import keeps what a card is: prompt, answer, accepted spellings, and each excerpt with the title of
 * its source, for 1,000 cards with text that breaks formats. Quizlet keeps prompt and answer (all it holds).
 */
import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack';
import { loadSqlFromAsset } from './anki/sql-asset';
import { sourceTitleOf, sourcesById } from './evidence';
import { syntheticPack } from './fixture';
import { EXPORTERS } from './index';
import { bytesSource, importFile } from './import';

const pack = syntheticPack(1000);
const NOW = Date.UTC(2026, 2, 1);

/** A card as a round trip must keep it; kind and type too where the format carries them. */
function essence(p: Pack, withKind: boolean) {
	const sources = sourcesById(p);
	return p.cards
		.map((card) => ({
			prompt: card.prompt,
			answer: card.answer,
			accepted: card.accepted,
			sources: card.sources.map((id) => sourceTitleOf(sources, id)).sort(),
			excerpts: card.evidence.map((e) => [e.excerpt, sourceTitleOf(sources, e.source)]),
			...(withKind ? { kind: card.kind, type: card.type, contested: card.contested } : {})
		}))
		.sort((a, b) => a.prompt.localeCompare(b.prompt));
}

// Each test writes and reads 1,000 cards (about a second); the CI machine is shared, hence the room.
describe('round trips of 1,000 cards', { timeout: 30_000 }, () => {
	it.each(['apkg', 'csv', 'anki-csv'] as const)(
		'%s keeps prompt, answer, accepted answers and sources',
		async (format) => {
			const file = await EXPORTERS[format].write({ pack, now: NOW, loadSql: loadSqlFromAsset });
			const imported = await importFile(bytesSource(file.fileName, file.bytes), {
				loadSql: loadSqlFromAsset
			});
			if (!imported.ok) throw new Error(imported.error.message);
			expect(imported.pack.cards).toHaveLength(1000);
			expect(essence(imported.pack, true)).toEqual(essence(pack, true));
			expect(imported.preview.withoutSource).toBe(pack.cards.filter((c) => c.sources.length === 0).length);
		}
	);

	it('quizlet keeps prompt and answer', async () => {
		const file = await EXPORTERS.quizlet.write({ pack, now: NOW });
		const imported = await importFile(bytesSource(file.fileName, file.bytes));
		if (!imported.ok) throw new Error(imported.error.message);
		const pairs = (p: Pack) => p.cards.map((c) => [c.prompt, c.answer]).sort();
		expect(pairs(imported.pack)).toEqual(pairs(pack));
		expect(imported.warnings).toContain('The file names no sources: every card will show "no source given".');
	});

	it('re-importing the same file gives the same pack id; a changed file another', async () => {
		const file = await EXPORTERS.csv.write({ pack, now: NOW });
		const first = await importFile(bytesSource('deck.csv', file.bytes));
		const again = await importFile(bytesSource('deck.csv', file.bytes));
		const other = await EXPORTERS.csv.write({
			pack,
			cardIds: pack.cards.slice(1).map((c) => c.id),
			now: NOW
		});
		const changed = await importFile(bytesSource('deck.csv', other.bytes));
		expect(first.ok && again.ok && changed.ok).toBe(true);
		if (!first.ok || !again.ok || !changed.ok) return;
		expect(again.pack.id).toBe(first.pack.id);
		expect(changed.pack.id).not.toBe(first.pack.id);
		expect(first.pack.id).toMatch(/^deck-[0-9a-f]{8}$/);
	});
});
