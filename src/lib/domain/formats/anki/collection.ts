/**
 * The legacy Anki collection (schema 11, the `collection.anki2` of an .apkg): its tables, and the JSON of its
 * note types, deck and deck options as Anki 2.1.50+ and AnkiDroid read them when they upgrade an imported
 * collection. Ids of note types and decks are derived from stable names, so a re-import finds the same ones.
 */
import { stableNumericId } from '../hash';
import { NOTE_FIELDS, type NoteKind } from './notes';

export const SCHEMA_11_SQL = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
	ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
	models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
	usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
	flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
	mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
	ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
	left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
	ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
	type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Note type names as Anki lists them; the import recognises our own notes by them. */
export const NOTETYPE_NAMES: Record<NoteKind, string> = {
	basic: 'Sourcedeck Basic',
	reversed: 'Sourcedeck Basic (and reversed card)',
	cloze: 'Sourcedeck Cloze'
};

/** Stable per name (not per pack): every Sourcedeck deck shares the three note types in a collection. */
export const notetypeId = (kind: NoteKind) =>
	stableNumericId(`sourcedeck-notetype:${NOTETYPE_NAMES[kind]}:v1`);

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.45; text-align: left; color: black; background-color: white; }
.accepted { margin-top: 0.8em; font-size: 0.8em; color: #555; }
.source { margin-top: 1em; font-size: 0.8em; }
.excerpt { margin: 0.4em 0 0; padding-left: 0.8em; border-left: 3px solid #999; font-size: 0.8em; font-style: italic; }
.cloze { font-weight: bold; color: #0645ad; }
.nightMode .accepted { color: #bbb; }
.nightMode .cloze { color: #8ab4f8; }`;

/** What every answer side shows under the answer: the other spellings, the source and its excerpts. */
const evidenceBlock = (accepted: string) =>
	`{{#${accepted}}}<div class="accepted">Accepted answers: {{${accepted}}}</div>{{/${accepted}}}` +
	'{{#Source}}<div class="source">Source: {{Source}}</div>{{/Source}}' +
	'{{#Excerpt}}<blockquote class="excerpt">{{Excerpt}}</blockquote>{{/Excerpt}}';

interface Template {
	name: string;
	qfmt: string;
	afmt: string;
	/** Fields that must be non-empty for the card to exist. */
	requires: number[];
}

const TEMPLATES: Record<NoteKind, Template[]> = {
	basic: [
		{
			name: 'Card 1',
			qfmt: '{{Front}}',
			afmt: `{{FrontSide}}<hr id="answer">{{Back}}${evidenceBlock('Accepted')}`,
			requires: [0]
		}
	],
	reversed: [
		{
			name: 'Card 1',
			qfmt: '{{Front}}',
			afmt: `{{FrontSide}}<hr id="answer">{{Back}}${evidenceBlock('Accepted')}`,
			requires: [0]
		},
		{
			name: 'Card 2',
			qfmt: '{{Reverse front}}',
			afmt: `{{FrontSide}}<hr id="answer">{{Reverse back}}${evidenceBlock('Reverse accepted')}`,
			requires: [3]
		}
	],
	cloze: [
		{
			name: 'Cloze',
			qfmt: '{{cloze:Text}}',
			afmt: `{{cloze:Text}}${evidenceBlock('Accepted')}`,
			requires: [0]
		}
	]
};

const LATEX_PRE =
	'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
	'\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

/** A note type in schema-11 JSON. `mod` in seconds: a newer one replaces an older copy with the same fields. */
export function notetypeJson(kind: NoteKind, deckId: number, modSeconds: number): Record<string, unknown> {
	return {
		id: notetypeId(kind),
		name: NOTETYPE_NAMES[kind],
		type: kind === 'cloze' ? 1 : 0,
		mod: modSeconds,
		usn: -1,
		sortf: 0,
		did: deckId,
		tmpls: TEMPLATES[kind].map((t, ord) => ({
			name: t.name,
			ord,
			qfmt: t.qfmt,
			afmt: t.afmt,
			bqfmt: '',
			bafmt: '',
			did: null,
			bfont: '',
			bsize: 0
		})),
		flds: NOTE_FIELDS[kind].map((name, ord) => ({
			name,
			ord,
			sticky: false,
			rtl: false,
			font: 'Arial',
			size: 20,
			media: []
		})),
		css: CSS,
		latexPre: LATEX_PRE,
		latexPost: '\\end{document}',
		latexsvg: false,
		req: TEMPLATES[kind].map((t, ord) => [ord, 'all', t.requires]),
		tags: [],
		vers: []
	};
}

/** Anki reads "::" in a deck name as "parent::child"; a title is one deck. */
export const deckName = (title: string) => title.replace(/::+/g, ':').trim() || 'Sourcedeck';

export function decksJson(deckId: number, name: string, description: string, modSeconds: number) {
	const today = [0, 0];
	const deck = (id: number, deckName: string, desc: string) => ({
		id,
		mod: modSeconds,
		name: deckName,
		usn: -1,
		lrnToday: today,
		revToday: today,
		newToday: today,
		timeToday: today,
		collapsed: false,
		browserCollapsed: false,
		desc,
		dyn: 0,
		conf: 1,
		extendNew: 0,
		extendRev: 0
	});
	return { '1': deck(1, 'Default', ''), [String(deckId)]: deck(deckId, name, description) };
}

/** Anki's default deck options (id 1), which every deck may point at. */
export function deckConfigsJson(modSeconds: number) {
	return {
		'1': {
			id: 1,
			mod: modSeconds,
			name: 'Default',
			usn: -1,
			maxTaken: 60,
			autoplay: true,
			timer: 0,
			replayq: true,
			dyn: false,
			new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
			rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
			lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 }
		}
	};
}

export function collectionConfigJson(deckId: number, modelId: number) {
	return {
		activeDecks: [deckId],
		curDeck: deckId,
		curModel: modelId,
		nextPos: 1,
		sortType: 'noteFld',
		sortBackwards: false,
		addToCur: true,
		newSpread: 0,
		dueCounts: true,
		estTimes: true,
		collapseTime: 1200,
		timeLim: 0,
		schedVer: 2
	};
}
