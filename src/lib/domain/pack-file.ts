/**
 * Pack files: a pack as JSON (gzip allowed), versioned, validated strictly before anything is installed. The
 * format is documented in docs/pack-format.md. Pure: bytes in, a pack or a refusal out. A refusal says in a
 * person's words what is wrong, with the technical details (pack, entry, field) beside it.
 */
import { gunzipSync } from 'fflate';
import * as v from 'valibot';
import type { Pack } from './pack';

export const PACK_FORMAT = 'sourcedeck-pack';
export const PACK_FORMAT_VERSION = 1;
/** The largest pack file taken (a pack of 50,000 cards with their evidence is some 60 MB of JSON). */
export const MAX_PACK_FILE_BYTES = 50 * 1024 * 1024;
/** The largest a gzipped pack may unpack to. */
export const MAX_PACK_JSON_BYTES = 120 * 1024 * 1024;
export const MAX_EXCERPT_WORDS = 25;

const LIMITS = {
	cards: 50_000,
	entities: 20_000,
	sources: 1_000,
	text: 2_000,
	short: 300,
	list: 200
} as const;

/** A pack file as it is written: the pack with the format's name and version. */
export type PackFile = Pack & { format: typeof PACK_FORMAT; formatVersion: typeof PACK_FORMAT_VERSION };

export function toPackFile(pack: Pack): PackFile {
	return { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, ...pack };
}

// ---- field schemas ----

const text = (max: number = LIMITS.text) =>
	v.pipe(
		v.string('expected text'),
		v.trim(),
		v.minLength(1, 'expected text, got an empty string'),
		v.maxLength(max, `expected at most ${max} characters`)
	);
const optionalText = (max: number = LIMITS.text) =>
	v.pipe(v.string('expected text'), v.maxLength(max, `expected at most ${max} characters`));
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.list) =>
	v.pipe(v.array(item, 'expected a list'), v.maxLength(max, `expected at most ${max} entries`));
/** Ids inside a pack: no spaces, no '/', which the library uses to qualify them with the pack's id. */
const id = v.pipe(
	v.string('expected an id'),
	v.regex(/^[^\s/]{1,160}$/, 'expected an id of 1–160 characters without spaces or "/"')
);
const packId = v.pipe(
	v.string('expected an id'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "moon-landing-1969"'),
	v.maxLength(80, 'expected at most 80 characters')
);
const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const excerpt = v.pipe(
	text(),
	v.check(
		(s) => wordCount(s) <= MAX_EXCERPT_WORDS,
		`expected an excerpt of at most ${MAX_EXCERPT_WORDS} words`
	)
);
const importance = v.picklist([1, 2, 3], 'expected 1, 2 or 3');
const finite = (min: number, max: number) =>
	v.pipe(
		v.number('expected a number'),
		v.finite('expected a number'),
		v.minValue(min, `expected ${min}–${max}`),
		v.maxValue(max, `expected ${min}–${max}`)
	);
const whole = (min: number, max: number) => v.pipe(finite(min, max), v.integer('expected a whole number'));

const evidence = v.strictObject({
	// Empty for an imported card whose deck named no source: shown as "no source given".
	source: v.union([id, v.literal('')], 'expected a source id'),
	file: optionalText(LIMITS.short),
	excerpt,
	context: v.optional(text())
});

const source = v.strictObject({
	id,
	title: text(),
	kind: text(LIMITS.short),
	publisher: text(LIMITS.short),
	date: text(LIMITS.short),
	file: optionalText(LIMITS.short),
	reliability: text()
});

const packDate = v.strictObject({
	year: whole(-9999, 9999),
	month: v.optional(whole(1, 12)),
	day: v.optional(whole(1, 31)),
	basis: text()
});

const entity = v.strictObject({
	id,
	kind: v.picklist(
		['actor', 'place', 'event', 'figure', 'claim'],
		'expected actor, place, event, figure or claim'
	),
	name: text(LIMITS.short),
	aliases: list(text(LIMITS.short)),
	contested: v.boolean('expected true or false'),
	evidence: list(evidence),
	definite: v.optional(v.boolean('expected true or false')),
	plural: v.optional(v.boolean('expected true or false')),
	topic: text(LIMITS.short),
	importance,
	cloze: v.optional(list(text())),
	actor: v.optional(
		v.strictObject({
			type: text(LIMITS.short),
			title: text(LIMITS.short),
			affiliation: v.optional(id),
			leads: v.optional(list(id)),
			backedBy: v.optional(list(id)),
			role: text(),
			quotes: v.optional(list(evidence))
		})
	),
	place: v.optional(
		v.strictObject({
			type: text(LIMITS.short),
			country: text(LIMITS.short),
			lat: finite(-90, 90),
			lon: finite(-180, 180),
			title: text(LIMITS.short),
			within: v.optional(id),
			significance: text()
		})
	),
	event: v.optional(
		v.strictObject({
			date: packDate,
			places: list(id),
			actors: list(id),
			against: v.optional(list(id)),
			outcome: text()
		})
	),
	figure: v.optional(
		v.strictObject({
			value: text(LIMITS.short),
			counts: text(),
			givenBy: text(LIMITS.short),
			subject: v.optional(id),
			question: v.optional(text())
		})
	),
	claim: v.optional(
		v.strictObject({
			claimant: text(LIMITS.short),
			statement: text(),
			quote: v.optional(text()),
			speaker: v.optional(id)
		})
	)
});

const card = v.strictObject({
	id,
	entity: id,
	kind: v.picklist(
		['actor', 'place', 'event', 'figure', 'claim'],
		'expected actor, place, event, figure or claim'
	),
	type: text(LIMITS.short),
	prompt: text(),
	answer: text(),
	accepted: list(text()),
	contested: v.boolean('expected true or false'),
	evidence: list(evidence),
	sources: list(id),
	topic: text(LIMITS.short),
	importance,
	pair: id,
	context: v.optional(text())
});

const packFileSchema = v.strictObject({
	format: v.literal(PACK_FORMAT, `expected "${PACK_FORMAT}"`),
	formatVersion: v.literal(PACK_FORMAT_VERSION, `expected ${PACK_FORMAT_VERSION}`),
	id: packId,
	title: text(LIMITS.short),
	description: optionalText(),
	version: text(LIMITS.short),
	topics: list(v.strictObject({ id: text(LIMITS.short), title: text(LIMITS.short) })),
	sources: list(source, LIMITS.sources),
	entities: list(entity, LIMITS.entities),
	cards: v.pipe(list(card, LIMITS.cards), v.minLength(1, 'expected at least one card'))
});

// ---- reading ----

/** Why a file was refused: `message` for a person, `details` for whoever made the file. */
export interface PackFileProblem {
	message: string;
	details: string[];
}

export type PackFileResult = { ok: true; pack: Pack } | { ok: false; problem: PackFileProblem };

const refuse = (message: string, details: string[] = []): PackFileResult => ({
	ok: false,
	problem: { message, details: details.slice(0, 20) }
});

const NOT_A_PACK = 'This file is not a Sourcedeck pack, or it is damaged.';

/** Reads a pack file's bytes (JSON, or gzipped JSON). Never throws. */
export function readPackFile(bytes: Uint8Array): PackFileResult {
	if (bytes.length === 0) return refuse('This file is empty.');
	if (bytes.length > MAX_PACK_FILE_BYTES)
		return refuse(`This file is too large for a pack (over ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB).`);
	let json = bytes;
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			json = gunzipSync(bytes);
		} catch (error) {
			return refuse(NOT_A_PACK, [`gzip: ${(error as Error).message}`]);
		}
		if (json.length > MAX_PACK_JSON_BYTES) return refuse('This pack unpacks to more than a pack may hold.');
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(json);
	} catch {
		return refuse(NOT_A_PACK, ['the file is not UTF-8 text']);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return refuse(NOT_A_PACK, [`JSON: ${(error as Error).message}`]);
	}
	return parsePack(value);
}

/** Validates parsed JSON as a pack file: its shape, then that its ids are unique and its references resolve. */
export function parsePack(value: unknown): PackFileResult {
	const record = value as Record<string, unknown> | null;
	if (!record || typeof record !== 'object' || Array.isArray(record) || record.format !== PACK_FORMAT)
		return refuse(NOT_A_PACK, ['format: expected "sourcedeck-pack"']);
	if (record.formatVersion !== PACK_FORMAT_VERSION)
		return refuse(
			typeof record.formatVersion === 'number' && record.formatVersion > PACK_FORMAT_VERSION
				? 'This pack was made by a newer version of Sourcedeck. Update the app, then open it again.'
				: NOT_A_PACK,
			[`formatVersion: expected ${PACK_FORMAT_VERSION}, got ${JSON.stringify(record.formatVersion)}`]
		);
	const result = v.safeParse(packFileSchema, value);
	if (!result.success) {
		const title = typeof record.title === 'string' ? `“${record.title.slice(0, 80)}”` : 'This pack';
		return refuse(
			`${title} has mistakes, so it was not installed. Nothing was changed.`,
			result.issues.map((issue) => describeIssue(issue, value))
		);
	}
	const { format: _format, formatVersion: _version, ...pack } = result.output;
	const problems = referenceProblems(pack as Pack);
	if (problems.length > 0)
		return refuse(`“${pack.title}” has mistakes, so it was not installed. Nothing was changed.`, problems);
	return { ok: true, pack: pack as Pack };
}

/** "cards[12] (id "x:role") → answer: expected text, got a number". */
function describeIssue(issue: v.BaseIssue<unknown>, root: unknown): string {
	const path = issue.path ?? [];
	let where = '';
	let node: unknown = root;
	for (const item of path) {
		const key = item.key as string | number;
		node = (node as Record<string | number, unknown> | undefined)?.[key];
		if (typeof key === 'number') {
			where += `[${key}]`;
			const nodeId = (node as { id?: unknown } | undefined)?.id;
			if (where.split('[').length === 2 && typeof nodeId === 'string')
				where += ` (id "${nodeId.slice(0, 60)}")`;
		} else where += where ? (where.endsWith(')') ? ` → ${key}` : `.${key}`) : key;
	}
	if (issue.type === 'strict_object' && issue.expected === 'never')
		return `${where}: unknown field, not in the pack format`;
	const got = describeValue(issue.input);
	return `${where || 'pack'}: ${issue.message}${issue.kind === 'schema' || issue.type === 'strict_object' ? `, got ${got}` : ''}`;
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	if (typeof value === 'object') return 'an object';
	const json = JSON.stringify(value);
	return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

/** Unique ids, and every reference pointing at something the pack holds. */
function referenceProblems(pack: Pack): string[] {
	const problems: string[] = [];
	const unique = (what: string, ids: string[]) => {
		const seen = new Set<string>();
		for (const x of ids) {
			if (seen.has(x)) problems.push(`${what}: the id "${x}" is used twice`);
			seen.add(x);
		}
		return seen;
	};
	const sources = unique(
		'sources',
		pack.sources.map((s) => s.id)
	);
	const entities = unique(
		'entities',
		pack.entities.map((e) => e.id)
	);
	unique(
		'cards',
		pack.cards.map((c) => c.id)
	);
	const needs = (where: string, ids: Set<string>, ref: string | undefined, what: string) => {
		if (ref !== undefined && ref !== '' && !ids.has(ref))
			problems.push(`${where}: no ${what} "${ref}" in the pack`);
	};
	pack.entities.forEach((e, i) => {
		const at = `entities[${i}] (id "${e.id}")`;
		e.evidence.forEach((x, j) => needs(`${at} → evidence[${j}].source`, sources, x.source, 'source'));
		e.actor?.quotes?.forEach((x, j) =>
			needs(`${at} → actor.quotes[${j}].source`, sources, x.source, 'source')
		);
		needs(`${at} → actor.affiliation`, entities, e.actor?.affiliation, 'entity');
		e.actor?.leads?.forEach((x, j) => needs(`${at} → actor.leads[${j}]`, entities, x, 'entity'));
		e.actor?.backedBy?.forEach((x, j) => needs(`${at} → actor.backedBy[${j}]`, entities, x, 'entity'));
		needs(`${at} → place.within`, entities, e.place?.within, 'entity');
		e.event?.against?.forEach((x, j) => needs(`${at} → event.against[${j}]`, entities, x, 'entity'));
		e.event?.places.forEach((x, j) => needs(`${at} → event.places[${j}]`, entities, x, 'entity'));
		e.event?.actors.forEach((x, j) => needs(`${at} → event.actors[${j}]`, entities, x, 'entity'));
		needs(`${at} → figure.subject`, entities, e.figure?.subject, 'entity');
		needs(`${at} → claim.speaker`, entities, e.claim?.speaker, 'entity');
	});
	// A card's entity may be only a key that groups sibling cards (imported decks have no entities).
	pack.cards.forEach((c, i) => {
		const at = `cards[${i}] (id "${c.id}")`;
		c.sources.forEach((x, j) => needs(`${at} → sources[${j}]`, sources, x, 'source'));
		c.evidence.forEach((x, j) => needs(`${at} → evidence[${j}].source`, sources, x.source, 'source'));
	});
	return problems;
}
