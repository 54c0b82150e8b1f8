/**
 * Cards from an Anki package (.apkg) or a bare collection (.anki2): the legacy collection inside the zip is
 * opened with sql.js and every card of every note becomes a Sourcedeck card, from the fields its template shows
 * on the front and on the back. Basic, reversed and cloze note types work, and so does any note type whose
 * templates name their fields. Media and scheduling are not imported, and the person is told.
 * The newer zstd-compressed collection (collection.anki21b alone) is refused with how to export the old way.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { unzipSync } from 'fflate';
import { readEvidence } from '../evidence';
import { hashHex } from '../hash';
import { metaFromTags, reverseType } from './card-meta';
import { plural, wasWere, type Cleaner } from './clean';
import { clozeCard } from './cloze';
import { importError, type ImportError } from './import-error';
import type { ImportedCard, ReadCards } from './types';

/** Uncompressed, a collection past this is not a deck of cards but a zip bomb or a whole media library. */
const MAX_COLLECTION_BYTES = 400 * 1024 * 1024;

const COLLECTIONS = ['collection.anki21', 'collection.anki2'];

export type PackageContents = { collection: Uint8Array; mediaCount: number } | { error: ImportError };

/** Counts the entries of Anki's legacy media list ({"0": "picture.jpg", …}); 0 when unreadable. */
function countMedia(bytes: Uint8Array | undefined): number {
	if (!bytes || bytes.length === 0) return 0;
	try {
		const list: unknown = JSON.parse(new TextDecoder().decode(bytes));
		return list && typeof list === 'object' ? Object.keys(list).length : 0;
	} catch {
		// The newer format's media list is binary: media is not imported either way.
		return 1;
	}
}

/** The legacy collection inside an .apkg zip, or why it cannot be read. */
export function unpackAnkiPackage(zip: Uint8Array): PackageContents {
	let files: Record<string, Uint8Array>;
	const names: string[] = [];
	let tooLarge = false;
	try {
		files = unzipSync(zip, {
			filter: (file) => {
				names.push(file.name);
				const wanted = COLLECTIONS.includes(file.name) || file.name === 'media' || file.name === 'meta';
				if (wanted && file.originalSize > MAX_COLLECTION_BYTES) tooLarge = true;
				return wanted && !tooLarge;
			}
		});
	} catch (error) {
		return { error: importError('broken-zip', { detail: String(error) }) };
	}
	if (tooLarge) return { error: importError('too-large', { size: MAX_COLLECTION_BYTES }) };
	const meta = files['meta'];
	// meta is protobuf: field 1 (version) as a varint; 3 = the zstd collection.anki21b.
	const latest = meta !== undefined && meta[0] === 0x08 && meta[1] !== undefined && meta[1] >= 3;
	const legacyName = COLLECTIONS.find((name) => files[name]);
	if (latest || (names.includes('collection.anki21b') && !files['collection.anki21']))
		return { error: importError('anki-too-new') };
	if (!legacyName)
		return { error: importError(names.includes('[Content_Types].xml') ? 'spreadsheet' : 'not-anki') };
	return { collection: files[legacyName]!, mediaCount: countMedia(files['media']) };
}

interface Field {
	name: string;
	ord: number;
}
interface Template {
	qfmt: string;
	afmt: string;
}
interface NoteType {
	name: string;
	cloze: boolean;
	fields: Field[];
	templates: Template[];
}

const SPECIAL_FIELDS = new Set([
	'frontside',
	'tags',
	'type',
	'deck',
	'subdeck',
	'card',
	'cardflag',
	'cardid'
]);

/** Fields a template shows, in order: "{{Front}}", "{{type:Back}}", "{{cloze:Text}}"; conditionals are skipped. */
function shownFields(template: string, { typed }: { typed: boolean }): string[] {
	const names: string[] = [];
	for (const match of template.matchAll(/\{\{\s*([^#^/!{}][^{}]*?)\s*\}\}/g)) {
		const parts = match[1]!.split(':');
		const name = parts.at(-1)!.trim();
		const filters = parts.slice(0, -1).map((f) => f.trim().toLowerCase());
		if (!typed && filters.includes('type')) continue;
		if (!SPECIAL_FIELDS.has(name.toLowerCase()) && !names.includes(name)) names.push(name);
	}
	return names;
}

/** Which fields a card of one template shows as prompt and answer, and which hold its accepted spellings. */
interface CardLayout {
	front: string[];
	/** The answer first, then any other field the back shows. */
	back: string[];
	accepted: string | undefined;
}

/** A note type's layouts, worked out once per template rather than once per card. */
function layoutsOf(type: NoteType): {
	cloze: string | undefined;
	cards: (CardLayout | undefined)[];
	source?: string;
	excerpt?: string;
} {
	const names = type.fields.map((f) => f.name);
	return {
		cloze: shownFields(type.templates[0]?.qfmt ?? '', { typed: false })[0] ?? names[0],
		cards: type.templates.map((template) => {
			const front = shownFields(template.qfmt, { typed: false }).filter((name) => !isSupport(name));
			const backShown = shownFields(template.afmt, { typed: true });
			return {
				front,
				back: backShown.filter((name) => !front.includes(name) && !isSupport(name)),
				accepted: (type.cloze ? names : backShown).find(isAccepted)
			};
		}),
		source: names.find(isSource),
		excerpt: names.find(isExcerpt)
	};
}

const isAccepted = (name: string) => /accepted|alternatives/i.test(name);
const isSource = (name: string) => /^sources?$/i.test(name.trim());
const isExcerpt = (name: string) => /^(excerpts?|quote|quotation|evidence)$/i.test(name.trim());
const isSupport = (name: string) => isAccepted(name) || isSource(name) || isExcerpt(name);

function readNoteTypes(db: Database): Map<number, NoteType> {
	const [row] = db.exec('SELECT models FROM col LIMIT 1');
	const json = row?.values[0]?.[0];
	const models = JSON.parse(typeof json === 'string' ? json : '{}') as Record<string, unknown>;
	const types = new Map<number, NoteType>();
	for (const [id, raw] of Object.entries(models)) {
		const model = raw as { name?: unknown; type?: unknown; flds?: unknown; tmpls?: unknown };
		if (!Array.isArray(model.flds) || !Array.isArray(model.tmpls)) continue;
		types.set(Number(id), {
			name: String(model.name ?? ''),
			cloze: model.type === 1,
			fields: (model.flds as { name?: unknown; ord?: unknown }[]).map((f, i) => ({
				name: String(f.name ?? ''),
				ord: typeof f.ord === 'number' ? f.ord : i
			})),
			templates: (model.tmpls as { qfmt?: unknown; afmt?: unknown; ord?: unknown }[])
				.map((t, i) => ({ t, ord: typeof t.ord === 'number' ? t.ord : i }))
				.sort((a, b) => a.ord - b.ord)
				.map(({ t }) => ({ qfmt: String(t.qfmt ?? ''), afmt: String(t.afmt ?? '') }))
		});
	}
	return types;
}

function readDeckNames(db: Database): Map<number, string> {
	const [row] = db.exec('SELECT decks FROM col LIMIT 1');
	const json = row?.values[0]?.[0];
	const decks = JSON.parse(typeof json === 'string' ? json : '{}') as Record<string, { name?: unknown }>;
	return new Map(Object.entries(decks).map(([id, deck]) => [Number(id), String(deck?.name ?? '')]));
}

const count = (db: Database, sql: string) => Number(db.exec(sql)[0]?.values[0]?.[0] ?? 0);

/** Cards from the collection's notes. Throws when the database is not an Anki collection. */
function readCollection(db: Database, cleaner: Cleaner): ReadCards {
	const types = readNoteTypes(db);
	const decks = readDeckNames(db);
	const cardsByNote = new Map<number, { ord: number; deck: number }[]>();
	for (const [nid, ord, did, odid] of db.exec('SELECT nid, ord, did, odid FROM cards ORDER BY due, id')[0]
		?.values ?? []) {
		const list = cardsByNote.get(Number(nid)) ?? [];
		list.push({ ord: Number(ord), deck: Number(odid) || Number(did) });
		cardsByNote.set(Number(nid), list);
	}
	const cards: ImportedCard[] = [];
	const deckCounts = new Map<string, number>();
	const unknownFields = new Set<string>();
	let empty = 0;
	let unknownType = 0;
	const notes = db.exec('SELECT id, guid, mid, tags, flds FROM notes ORDER BY id')[0]?.values ?? [];
	const layouts = new Map([...types].map(([id, type]) => [id, layoutsOf(type)]));
	const splitAccepted = (text: string) =>
		text
			.split('|')
			.map((s) => s.trim())
			.filter(Boolean);
	for (const [id, guid, mid, tags, flds] of notes as [SqlValue, SqlValue, SqlValue, SqlValue, SqlValue][]) {
		const type = types.get(Number(mid));
		const layout = layouts.get(Number(mid));
		const noteCards = cardsByNote.get(Number(id)) ?? [];
		if (!type || !layout) {
			unknownType += noteCards.length || 1;
			continue;
		}
		const values = String(flds ?? '').split('\x1f');
		const byName = new Map(type.fields.map((f) => [f.name, values[f.ord] ?? '']));
		const raw = (name: string | undefined) => (name ? (byName.get(name) ?? '') : '');
		const field = (name: string | undefined) => (name ? cleaner.cell(raw(name), true) : '');
		const base = {
			...metaFromTags(String(tags ?? '')),
			noteKey: `g-${hashHex(String(guid ?? id), 12)}`,
			evidence: readEvidence(field(layout.source), field(layout.excerpt))
		};
		for (const { ord, deck } of noteCards) {
			const deckName = decks.get(deck) ?? '';
			if (deckName) deckCounts.set(deckName, (deckCounts.get(deckName) ?? 0) + 1);
			const card = layout.cards[type.cloze ? 0 : ord];
			if (!card) {
				empty++;
				continue;
			}
			let prompt: string;
			let answer: string;
			if (type.cloze) {
				const cloze = clozeCard(raw(layout.cloze), ord + 1);
				prompt = cleaner.cell(cloze.prompt, true);
				answer = cleaner.cell(cloze.answer, true);
			} else {
				prompt = card.front
					.map((name) => field(name))
					.filter(Boolean)
					.join('\n');
				answer = field(card.back[0]);
				for (const name of card.back.slice(1)) if (raw(name).trim()) unknownFields.add(name);
			}
			if (!prompt || !answer) {
				empty++;
				continue;
			}
			const accepted = splitAccepted(field(card.accepted));
			cards.push({
				...base,
				deck: deckName,
				type: type.cloze ? 'cloze' : ord > 0 ? reverseType(base.type) : base.type,
				prompt,
				answer,
				accepted: accepted.length ? accepted : [answer]
			});
		}
	}
	const warnings: string[] = [];
	if (empty) warnings.push(`${plural(empty, 'card')} with an empty front or back ${wasWere(empty)} skipped.`);
	if (unknownType)
		warnings.push(`${plural(unknownType, 'card')} of an unknown note type ${wasWere(unknownType)} skipped.`);
	if (unknownFields.size)
		warnings.push(
			`Only the first answer field of each card was imported; ${[...unknownFields].map((f) => `"${f}"`).join(', ')} ${wasWere(unknownFields.size)} left out.`
		);
	if (
		count(db, 'SELECT count(*) FROM cards WHERE type != 0 OR reps > 0') +
			count(db, 'SELECT count(*) FROM revlog') >
		0
	)
		warnings.push('Review history and scheduling were not imported: the cards start as new.');
	const ranked = [...deckCounts].sort((a, b) => b[1] - a[1]);
	if (ranked.length > 1) warnings.push(`Cards from ${ranked.length} decks were put into one pack.`);
	return { cards, warnings, title: ranked[0]?.[0]?.replace(/::/g, ' › ') };
}

/** Cards from a legacy collection's bytes, or why not. */
export function readAnkiCollection(
	SQL: SqlJsStatic,
	collection: Uint8Array,
	mediaCount: number,
	cleaner: Cleaner
): ReadCards | { error: ImportError } {
	let db: Database | undefined;
	try {
		db = new SQL.Database(collection);
		const read = readCollection(db, cleaner);
		if (mediaCount > 0)
			read.warnings.push(
				`${plural(mediaCount, 'media file')} (pictures, sounds) in the package ${wasWere(mediaCount)} not imported.`
			);
		return read;
	} catch (error) {
		return { error: importError('broken-collection', { detail: String(error) }) };
	} finally {
		db?.close();
	}
}
