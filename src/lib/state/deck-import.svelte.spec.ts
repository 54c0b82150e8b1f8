import { strToU8, zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listPacks, readPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import { ankiPackage } from '$lib/domain/formats/import/anki-fixture';
import { DeckImport, type PickedDeckFile } from './deck-import.svelte';
import { fakeStorage } from './test-storage';

const NOW = Date.UTC(2026, 11, 1, 9);
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});
beforeEach(() => {
	freshDatabase('deck-import');
	vi.stubGlobal('localStorage', fakeStorage());
	return () => vi.unstubAllGlobals();
});

const picked = (name: string, bytes: Uint8Array, size = bytes.length) => {
	const file: PickedDeckFile & { reads: number } = {
		name,
		size,
		reads: 0,
		arrayBuffer: async () => {
			file.reads++;
			return bytes.slice().buffer;
		}
	};
	return file;
};
const deck = () => new DeckImport({ clock: () => NOW, loadSql: async () => SQL });

const HEADED = `Prompt,Answer,Source,Excerpt
Who retook Mosul?,Iraqi forces,UN report 2017,"Iraqi forces retook the city in July."
Capital of Iraq?,Baghdad,,
`;
/** A spreadsheet whose header names no column the app knows. */
const FOREIGN = `Frage;Antwort;Quelle
Hauptstadt des Irak?;Bagdad;Atlas 2020
Fluss durch Mosul?;Tigris;
`;

describe('a CSV with a header row', () => {
	it('previews the cards, with “no source given” counted, before anything is written', async () => {
		const state = deck();
		await state.choose(picked('history.csv', strToU8(HEADED)));
		expect(state.problem).toBeNull();
		expect(state.preview).toMatchObject({ title: 'history', cardCount: 2, sourceCount: 1, withoutSource: 1 });
		expect(state.preview!.examples[1]).toEqual({
			prompt: 'Capital of Iraq?',
			answer: 'Baghdad',
			sources: []
		});
		expect(state.mapping).toMatchObject({ prompt: 0, answer: 1, source: 2, excerpt: 3, headerRow: true });
		expect(state.ankiPackage).toBe(false);
		// Said to a screen reader, whose focus stays on the file field while the preview appears below it.
		expect(state.status).toBe('Read “history.csv”: 2 cards. Check the preview, then add it to your library.');
		expect(await listPacks()).toEqual([]);
	});

	it('adds the pack to the library on request, turned on', async () => {
		const state = deck();
		await state.choose(picked('history.csv', strToU8(HEADED)));
		const id = state.pack!.id;
		expect(await state.install()).toBe(true);
		expect(state.status).toBe('“history” was added to your library, turned on for Today and Study.');
		expect(state.preview).toBeNull();
		const [record] = await listPacks();
		expect(record).toMatchObject({ id, title: 'history', origin: 'file', enabled: true });
		expect((await readPack(id))!.cards.map((c) => c.answer)).toEqual(['Iraqi forces', 'Baghdad']);
	});

	it('writes nothing when the preview is cancelled', async () => {
		const state = deck();
		await state.choose(picked('history.csv', strToU8(HEADED)));
		state.cancel();
		expect(state.pack).toBeNull();
		expect(await state.install()).toBe(false);
		expect(await listPacks()).toEqual([]);
	});
});

describe('a spreadsheet whose columns the person maps', () => {
	it('asks for the columns, then previews with the person’s choice', async () => {
		const state = deck();
		await state.choose(picked('vokabeln.csv', strToU8(FOREIGN)));
		expect(state.preview).toBeNull();
		expect(state.problem?.message).toMatch(/^Choose which column holds the prompts/);
		expect(state.mapping).toEqual({ headerRow: true });
		expect(state.columnLabels).toEqual(['Frage', 'Antwort', 'Quelle']);
		await state.mapColumn('prompt', 0);
		expect(state.preview).toBeNull();
		await state.mapColumn('answer', 1);
		await state.mapColumn('source', 2);
		expect(state.problem).toBeNull();
		expect(state.preview).toMatchObject({ cardCount: 2, sourceCount: 1, withoutSource: 1 });
		expect(state.preview!.examples[0]).toEqual({
			prompt: 'Hauptstadt des Irak?',
			answer: 'Bagdad',
			sources: ['Atlas 2020']
		});
	});

	it('moves a column out of the role it had, and reads the first row as a card when told it is one', async () => {
		const state = deck();
		await state.choose(picked('vokabeln.csv', strToU8(FOREIGN)));
		await state.mapColumn('prompt', 0);
		await state.mapColumn('answer', 1);
		await state.mapColumn('answer', 0);
		expect(state.mapping).toEqual({ headerRow: true, answer: 0 });
		await state.mapColumn('prompt', 1);
		await state.setHeaderRow(false);
		expect(state.preview!.cardCount).toBe(3);
		expect(state.columnLabels[0]).toBe('Column 1 (“Frage”…)');
	});
});

describe('an Anki package', () => {
	it('previews its notes and says media and scheduling are not imported', async () => {
		const state = deck();
		await state.choose(picked('iraq.apkg', ankiPackage(SQL)));
		expect(state.problem).toBeNull();
		expect(state.ankiPackage).toBe(true);
		expect(state.columns).toBeNull();
		expect(state.preview!.title).toBe('Geography › Iraq');
		expect(state.preview!.cardCount).toBeGreaterThan(4);
		expect(state.warnings.join(' ')).toMatch(/not imported/);
		// HTML from the deck is text: the script tag is gone, not run.
		expect(JSON.stringify(state.preview)).not.toContain('<script');
		expect(await state.install()).toBe(true);
		expect((await listPacks()).map((p) => p.title)).toEqual(['Geography › Iraq']);
	});
});

describe('bad files are refused with the plain message, and nothing is written', () => {
	it('a broken zip', async () => {
		const state = deck();
		const broken = zipSync({ 'collection.anki2': strToU8('x'.repeat(200)) }).slice(0, 60);
		await state.choose(picked('broken.apkg', broken));
		expect(state.problem?.message).toMatch(/damaged/);
		expect(state.preview).toBeNull();
		expect(await state.install()).toBe(false);
		expect(await listPacks()).toEqual([]);
	});

	it('a 100 MB file, refused from its size without being read', async () => {
		const state = deck();
		const huge = picked('huge.csv', new Uint8Array(0), 100 * 1024 * 1024);
		await state.choose(huge);
		expect(huge.reads).toBe(0);
		expect(state.problem?.message).toMatch(/^This file is 100 MB/);
	});

	it('formula-injection cells and HTML are cleaned, with a warning for each; nothing is written yet', async () => {
		const state = deck();
		const csv = 'Prompt,Answer\n"=HYPERLINK(""http://x"",""Mosul"")",<b>Baghdad</b>\nCapital?,@SUM(A1)\n';
		await state.choose(picked('evil.csv', strToU8(csv)));
		const cards = state.pack!.cards.map((card) => [card.prompt, card.answer]);
		expect(cards.flat().some((text) => /^[=@]/.test(text))).toBe(false);
		expect(cards.flat().join(' ')).not.toContain('<b>');
		expect(cards[0]![1]).toBe('Baghdad');
		expect(state.warnings).toEqual(
			expect.arrayContaining([
				'1 cell held HTML formatting; it was turned into plain text.',
				expect.stringMatching(/^2 cells began like a spreadsheet formula/)
			])
		);
		expect(await listPacks()).toEqual([]);
	});
});
