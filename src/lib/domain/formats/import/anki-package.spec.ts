import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ankiCollection, ankiPackage, newerAnkiPackage } from './anki-fixture';
import { bytesSource, importFile } from './index';
import { strToU8, zipSync } from 'fflate';

let SQL: SqlJsStatic;
const loadSql = async () => SQL;
beforeAll(async () => {
	SQL = await initSqlJs();
});

describe('Anki package import', () => {
	it('reads basic, reversed, type-in and cloze notes as Anki shows them, as text', async () => {
		const outcome = await importFile(bytesSource('Iraq.apkg', ankiPackage(SQL)), { loadSql });
		if (!outcome.ok) throw new Error(outcome.error.message);
		expect(outcome.pack.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['Capital of Iraq?', 'Baghdad'],
			['Mosul', "City on the Tigris & Nineveh's capital"],
			["City on the Tigris & Nineveh's capital", 'Mosul'],
			['Raqqa lies on which river?', 'Euphrates'],
			['_____ fell in 2017.', 'Mosul'],
			['Mosul fell in _____ (year).', '2017'],
			['Who retook Falluja?', 'Iraqi forces']
		]);
		expect(outcome.pack.title).toBe('Geography › Iraq');
		expect(outcome.pack.id).toMatch(/^geography-iraq-[0-9a-f]{8}$/);
	});

	it('keeps the two sides of a note, and the gaps of a cloze, as one pair (never back to back)', async () => {
		const outcome = await importFile(bytesSource('Iraq.apkg', ankiPackage(SQL)), { loadSql });
		if (!outcome.ok) throw new Error(outcome.error.message);
		const [, forward, backward, , gap1, gap2] = outcome.pack.cards;
		expect(forward!.pair).toBe(backward!.pair);
		expect(gap1!.pair).toBe(gap2!.pair);
		expect(forward!.pair).not.toBe(gap1!.pair);
		expect(new Set(outcome.pack.cards.map((c) => c.id)).size).toBe(outcome.pack.cards.length);
	});

	it('says that media and scheduling were not imported, and that no source was given', async () => {
		const outcome = await importFile(bytesSource('Iraq.apkg', ankiPackage(SQL)), { loadSql });
		if (!outcome.ok) throw new Error(outcome.error.message);
		expect(outcome.warnings).toEqual(
			expect.arrayContaining([
				'Review history and scheduling were not imported: the cards start as new.',
				'1 media file (pictures, sounds) in the package was not imported.',
				'2 pictures or sounds in the cards were left out: Sourcedeck does not import media.',
				'The file names no sources: every card will show "no source given".'
			])
		);
		expect(outcome.pack.sources).toEqual([]);
		expect(outcome.pack.cards.every((c) => c.evidence.length === 0 && c.sources.length === 0)).toBe(true);
		expect(outcome.preview).toMatchObject({ cardCount: 7, sourceCount: 0, withoutSource: 7 });
	});

	it('reads a bare collection.anki2 too', async () => {
		const outcome = await importFile(bytesSource('collection.anki2', ankiCollection(SQL)), { loadSql });
		expect(outcome.ok && outcome.pack.cards.length).toBe(7);
	});

	it('refuses the newer zstd format with how to export the compatible one, even beside a stub collection.anki2', async () => {
		const outcome = await importFile(bytesSource('new.apkg', newerAnkiPackage(SQL)), { loadSql });
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.error.kind).toBe('anki-too-new');
		expect(outcome.error.message).toMatch(/Support older Anki versions/);
		const only21b = zipSync({ 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]) });
		const alone = await importFile(bytesSource('new.apkg', only21b), { loadSql });
		expect(!alone.ok && alone.error.kind).toBe('anki-too-new');
	});

	it('refuses a zip without a collection, a damaged zip and a damaged collection', async () => {
		const noCollection = zipSync({ 'notes.txt': strToU8('hello') });
		const broken = ankiPackage(SQL).slice(0, 400);
		const garbage = zipSync({ 'collection.anki2': strToU8('SQLite format 3\0 but not really') });
		const kinds = await Promise.all(
			[noCollection, broken, garbage].map(async (bytes) => {
				const outcome = await importFile(bytesSource('x.apkg', bytes), { loadSql });
				return outcome.ok ? 'ok' : outcome.error.kind;
			})
		);
		expect(kinds).toEqual(['not-anki', 'broken-zip', 'broken-collection']);
	});
});
