import { unzipSync } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { apkg } from './apkg';
import { loadSqlFromAsset } from './anki/sql-asset';
import { syntheticPack } from './fixture';
import { NOTE_FIELDS } from './anki/notes';
import { NOTETYPE_NAMES } from './anki/collection';

const NOW = Date.UTC(2026, 2, 1, 12);
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

/** The package read the way Anki does: unzip, open collection.anki2 with SQLite, read the col JSON. */
async function readPackage(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	const db: Database = new SQL.Database(files['collection.anki2']);
	const rows = (sql: string) => db.exec(sql)[0]?.values ?? [];
	const [col] = rows('SELECT ver, models, decks, dconf, conf FROM col');
	const models = JSON.parse(String(col![1])) as Record<string, Record<string, unknown>>;
	const decks = JSON.parse(String(col![2])) as Record<string, Record<string, unknown>>;
	return {
		files,
		db,
		rows,
		ver: col![0],
		models,
		decks,
		dconf: JSON.parse(String(col![3])),
		conf: JSON.parse(String(col![4]))
	};
}

const pack = syntheticPack(60);
const write = (now = NOW, cardIds?: string[]) =>
	apkg.write({ pack, cardIds, now, loadSql: loadSqlFromAsset });

describe('Anki package export', { timeout: 20_000 }, () => {
	it('is a zip of a schema-11 collection.anki2 and an empty media list, which SQLite finds sound', async () => {
		const out = await write();
		const { files, db, ver } = await readPackage(out.bytes);
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(new TextDecoder().decode(files['media'])).toBe('{}');
		expect(ver).toBe(11);
		expect(db.exec('PRAGMA integrity_check')[0]!.values[0]![0]).toBe('ok');
		expect(out.fileName).toBe('synthetic-pack-formats-test.apkg');
	});

	it('has every card as an Anki card in a deck named after the pack, with every field of its note', async () => {
		const out = await write();
		const { rows, models, decks } = await readPackage(out.bytes);
		const deckEntries = Object.values(decks);
		const deck = deckEntries.find((d) => d.name === 'Synthetic pack: formats : test');
		expect(deck).toBeDefined();
		expect(rows('SELECT DISTINCT did FROM cards')).toEqual([[deck!.id]]);
		expect(Number(rows('SELECT count(*) FROM cards')[0]![0])).toBe(pack.cards.length);
		expect(out.count).toBe(pack.cards.length);

		const notes = rows('SELECT id, guid, mid, flds, tags FROM notes');
		const texts = notes.flatMap(([, , , flds]) => String(flds).split('\x1f'));
		const html = (s: string) =>
			s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
		for (const card of pack.cards) {
			if (card.type === 'cloze') {
				const [before, after] = card.prompt.split('_____');
				expect(texts).toContain(html(`${before}{{c1::${card.answer}}}${after}`));
			} else {
				expect(texts).toContain(html(card.prompt));
				expect(texts).toContain(html(card.answer));
			}
			for (const e of card.evidence) expect(texts.some((t) => t.includes(html(e.excerpt)))).toBe(true);
		}
		for (const [, , mid, flds] of notes) {
			const model = models[String(mid)]!;
			expect((model.flds as unknown[]).length).toBe(String(flds).split('\x1f').length);
		}
	});

	it('writes basic, reversed and cloze notes with the Source and Excerpt fields, one card per side or gap', async () => {
		const { rows, models } = await readPackage((await write()).bytes);
		const byName = new Map(Object.values(models).map((m) => [m.name, m]));
		for (const kind of ['basic', 'reversed', 'cloze'] as const) {
			const model = byName.get(NOTETYPE_NAMES[kind])!;
			expect((model.flds as { name: string }[]).map((f) => f.name)).toEqual(NOTE_FIELDS[kind]);
			expect((model.flds as { name: string }[]).map((f) => f.name)).toEqual(
				expect.arrayContaining(['Source', 'Excerpt'])
			);
		}
		const reversedId = byName.get(NOTETYPE_NAMES.reversed)!.id;
		const reversed = rows(
			`SELECT n.id, count(c.id) FROM notes n JOIN cards c ON c.nid = n.id WHERE n.mid = ${reversedId} GROUP BY n.id`
		);
		const pairs = pack.cards.filter((c) => c.type === 'role-actor').length;
		expect(reversed.length).toBe(pairs);
		expect(reversed.every(([, cards]) => cards === 2)).toBe(true);
		expect(byName.get(NOTETYPE_NAMES.cloze)!.type).toBe(1);
	});

	it('writes note types, decks and deck options with every key Anki requires to upgrade a schema-11 collection', async () => {
		const { models, decks, dconf, conf } = await readPackage((await write()).bytes);
		for (const model of Object.values(models)) {
			for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css'])
				expect(model).toHaveProperty(key);
			for (const t of model.tmpls as Record<string, unknown>[])
				for (const key of ['name', 'ord', 'qfmt', 'afmt']) expect(t).toHaveProperty(key);
			for (const f of model.flds as Record<string, unknown>[])
				for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size']) expect(f).toHaveProperty(key);
		}
		for (const deck of Object.values(decks))
			for (const key of [
				'id',
				'name',
				'usn',
				'lrnToday',
				'revToday',
				'newToday',
				'timeToday',
				'collapsed',
				'dyn',
				'conf'
			])
				expect(deck).toHaveProperty(key);
		for (const key of ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse'])
			expect(dconf['1']).toHaveProperty(key);
		expect(decks[String(conf.curDeck)]).toBeDefined();
	});

	it('keeps note GUIDs and note type ids across exports, with a newer modification time, so Anki updates notes', async () => {
		const first = await readPackage((await write(NOW)).bytes);
		const later = await readPackage((await write(NOW + 86_400_000)).bytes);
		const guids = (r: typeof first) => r.rows('SELECT guid FROM notes ORDER BY guid').map(([g]) => g);
		expect(guids(later)).toEqual(guids(first));
		expect(new Set(guids(first)).size).toBe(guids(first).length);
		expect(Object.keys(later.models)).toEqual(Object.keys(first.models));
		const mod = (r: typeof first) => Number(r.rows('SELECT max(mod) FROM notes')[0]![0]);
		expect(mod(later)).toBeGreaterThan(mod(first));
	});

	it('exports a selection of cards only, and a GUID does not depend on what else is selected', async () => {
		const chosen = pack.cards.filter((c) => c.type === 'event-date').map((c) => c.id);
		const { rows } = await readPackage((await write(NOW, chosen)).bytes);
		expect(Number(rows('SELECT count(*) FROM cards')[0]![0])).toBe(chosen.length);
		const all = await readPackage((await write(NOW)).bytes);
		const allGuids = new Set(all.rows('SELECT guid FROM notes').map(([g]) => g));
		for (const [guid] of rows('SELECT guid FROM notes')) expect(allGuids.has(guid)).toBe(true);
	});

	it('needs sql.js to be passed in', async () => {
		await expect(apkg.write({ pack, now: NOW })).rejects.toThrow(/loadSql/);
	});
});
