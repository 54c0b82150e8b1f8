/**
 * Anki packages as Anki itself makes them, for the import specs: the stock note types with their real
 * templates (Basic, Basic (and reversed card), Basic (type in the answer), Cloze), fields in HTML, a picture,
 * a reviewed card with its review log, and the package variants (legacy, newer zstd, broken).
 */
import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { SCHEMA_11_SQL } from '../anki/collection';

const BASIC = 1001;
const REVERSED = 1002;
const TYPED = 1003;
const CLOZE = 1004;
const DECK = 2001;

const fields = (...names: string[]) =>
	names.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20 }));
const MODELS = {
	[BASIC]: {
		id: BASIC,
		name: 'Basic',
		type: 0,
		flds: fields('Front', 'Back'),
		tmpls: [
			{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' }
		]
	},
	[REVERSED]: {
		id: REVERSED,
		name: 'Basic (and reversed card)',
		type: 0,
		flds: fields('Front', 'Back'),
		tmpls: [
			{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' },
			{ name: 'Card 2', ord: 1, qfmt: '{{Back}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}' }
		]
	},
	[TYPED]: {
		id: TYPED,
		name: 'Basic (type in the answer)',
		type: 0,
		flds: fields('Front', 'Back'),
		tmpls: [
			{
				name: 'Card 1',
				ord: 0,
				qfmt: '{{Front}}\n\n{{type:Back}}',
				afmt: '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}'
			}
		]
	},
	[CLOZE]: {
		id: CLOZE,
		name: 'Cloze',
		type: 1,
		flds: fields('Text', 'Back Extra'),
		tmpls: [{ name: 'Cloze', ord: 0, qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}' }]
	}
};

interface FixtureNote {
	mid: number;
	fields: string[];
	/** Card ords that exist. */
	ords: number[];
	tags?: string;
}

export const ANKI_NOTES: FixtureNote[] = [
	{ mid: BASIC, fields: ['Capital of <b>Iraq</b>?', 'Baghdad<br><img src="baghdad.jpg">'], ords: [0] },
	{ mid: REVERSED, fields: ['Mosul', 'City on the Tigris &amp; Nineveh&#39;s capital'], ords: [0, 1] },
	{ mid: TYPED, fields: ['Raqqa lies on which river?', 'Euphrates [sound:euphrates.mp3]'], ords: [0] },
	{
		mid: CLOZE,
		fields: ['{{c1::Mosul}} fell in {{c2::2017::year}}.', 'Per the <i>report</i>.'],
		ords: [0, 1]
	},
	{
		mid: BASIC,
		fields: ['<script>alert(1)</script>Who retook Falluja?', '<div>Iraqi forces</div>'],
		ords: [0]
	}
];

/** A legacy collection.anki2 with the notes above; one card reviewed, with its review log. */
export function ankiCollection(SQL: SqlJsStatic): Uint8Array {
	const db = new SQL.Database();
	db.run(SCHEMA_11_SQL);
	db.run("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')", [
		JSON.stringify(MODELS),
		JSON.stringify({ [DECK]: { id: DECK, name: 'Geography::Iraq', dyn: 0, conf: 1 } })
	]);
	let cardId = 1;
	ANKI_NOTES.forEach((note, i) => {
		db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [
			100 + i,
			`guid${i}`,
			note.mid,
			note.tags ?? '',
			note.fields.join('\x1f'),
			note.fields[0]!,
			''
		]);
		for (const ord of note.ords)
			db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, ?)', [
				cardId++,
				100 + i,
				DECK,
				ord,
				i === 0 ? 2 : 0,
				i === 0 ? 2 : 0,
				i === 0 ? 3 : 0,
				''
			]);
	});
	db.run('INSERT INTO revlog VALUES (1, 1, 0, 3, 1, 0, 2500, 5000, 0)');
	const bytes = db.export();
	db.close();
	return bytes;
}

/** The legacy package: collection.anki2, a media list with one picture, and the picture. */
export function ankiPackage(SQL: SqlJsStatic): Uint8Array {
	return zipSync({
		'collection.anki2': ankiCollection(SQL),
		media: strToU8(JSON.stringify({ '0': 'baghdad.jpg' })),
		'0': new Uint8Array([0xff, 0xd8, 0xff])
	});
}

/** What Anki 2.1.50+ exports by default: the zstd collection.anki21b, a `meta` saying so, and a stub anki2. */
export function newerAnkiPackage(SQL: SqlJsStatic): Uint8Array {
	return zipSync({
		'collection.anki2': ankiCollection(SQL),
		'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0]),
		meta: new Uint8Array([0x08, 0x03]),
		media: new Uint8Array([0x28, 0xb5, 0x2f, 0xfd])
	});
}
