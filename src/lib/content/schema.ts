/**
 * Valibot schemas of a pack folder's YAML files (the format in docs/making-a-pack.md): `pack.yaml` says what the
 * pack is, the list files hold its sources and entries. Objects are strict: an unknown key is an error, so a typo
 * never silently drops a field. Entries are validated one by one so every message names the file, the entry and
 * the field. Nothing here is tied to one pack: topics come from its pack.yaml, source ids from its sources.yaml.
 */
import * as v from 'valibot';
import { SOURCE_KINDS } from '../domain/pack';
import { daysInMonth } from '../domain/quiz/dates';

export const CONTENT_FILES = ['sources', 'actors', 'places', 'events', 'figures', 'claims'] as const;
export type ContentFile = (typeof CONTENT_FILES)[number];
/** The pack's own description: `pack.yaml`, beside the list files. */
export const MANIFEST_FILE = 'pack';

export const MAX_EXCERPT_WORDS = 25;
/** A title is recalled as an answer: at most this many words (8 or fewer is better). */
export const MAX_TITLE_WORDS = 12;
/** Years are whole numbers, negative for BCE; there is no year 0. */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;

export { SOURCE_KINDS };
export const ACTOR_TYPES = [
	'person',
	'armed group',
	'militia',
	'army',
	'government',
	'agency',
	'coalition',
	'media',
	'other'
] as const;
export const PLACE_TYPES = [
	'city',
	'town',
	'village',
	'province',
	'border crossing',
	'base',
	'river',
	'region',
	'country',
	'other'
] as const;

export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const entityId = v.pipe(v.string(), v.regex(KEBAB_ID, 'must be a kebab-case ASCII id (e.g. deir-ez-zor)'));
const shortVerbatim = v.pipe(
	text,
	v.check(
		(t) => wordCount(t) <= MAX_EXCERPT_WORDS,
		(issue) => `over ${MAX_EXCERPT_WORDS} words (${wordCount(String(issue.input))})`
	)
);
const sourceRef = v.pipe(v.string(), v.nonEmpty('must not be empty'));
/** What a learner recalls: a few words, never a paragraph (domain/card-rules.ts). */
const shortTitle = v.pipe(
	text,
	v.check(
		(t) => wordCount(t) <= MAX_TITLE_WORDS,
		(issue) =>
			`over ${MAX_TITLE_WORDS} words (${wordCount(String(issue.input))}): a title is what a learner recalls; keep the rest for the description`
	)
);
const idList = v.optional(v.array(entityId), []);

const EvidenceSchema = v.strictObject({ source: sourceRef, excerpt: shortVerbatim });

/** One hidden part in [[double brackets]], not empty, nothing else bracketed. */
const ClozeSchema = v.pipe(
	text,
	v.check(
		(s) => /^[^[\]]*\[\[[^[\]]+\]\][^[\]]*$/.test(s),
		'must contain exactly one [[hidden part]] and no other brackets'
	)
);

/** A file name inside the sources folder: no absolute path, no way out of the folder. */
const sourceFile = v.pipe(
	text,
	v.check(
		(f) => !f.startsWith('/') && !f.split(/[\\/]/).includes('..'),
		'must be a file name inside the sources folder (no "/" at the start, no "..")'
	)
);

export const SourceSchema = v.strictObject({
	id: entityId,
	title: text,
	kind: v.picklist(SOURCE_KINDS),
	publisher: text,
	date: v.pipe(
		v.string(),
		v.regex(
			/^(?:-?\d{1,4}(?:-\d{2}(?:-\d{2})?)?|unknown)$/,
			'must be YYYY, YYYY-MM, YYYY-MM-DD or "unknown"'
		)
	),
	file: sourceFile,
	reliability: text
});

/** How an actor's or a place's name reads in a sentence: "the Iraqi government", "Arab clans are". */
const nameGrammar = {
	definite: v.optional(v.boolean()),
	plural: v.optional(v.boolean())
};

const yearMessage = `must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}, negative for BCE, never 0`;

const DateSchema = v.pipe(
	v.strictObject({
		year: v.pipe(
			v.number(),
			v.integer(yearMessage),
			v.minValue(MIN_YEAR, yearMessage),
			v.maxValue(MAX_YEAR, yearMessage),
			v.notValue(0, 'there is no year 0: 1 BCE is -1, 1 CE is 1')
		),
		month: v.optional(
			v.pipe(v.number(), v.integer('must be 1–12'), v.minValue(1, 'must be 1–12'), v.maxValue(12, 'must be 1–12'))
		),
		day: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be ≥ 1'))),
		basis: text
	}),
	v.forward(
		v.check((d) => d.day === undefined || d.month !== undefined, 'a day needs a month'),
		['day']
	),
	v.forward(
		v.check(
			(d) => d.day === undefined || d.month === undefined || d.day <= daysInMonth(d.year, d.month),
			(issue) => {
				const d = issue.input as { year: number; month: number; day: number };
				return `must be 1–${daysInMonth(d.year, d.month)} for ${d.year}-${String(d.month).padStart(2, '0')}`;
			}
		),
		['day']
	)
);

export interface SchemaOptions {
	/** The pack's topic ids (from pack.yaml); without them a topic only has to be a kebab-case id. */
	topics?: readonly string[];
}

/** The schema of each list file, for one pack. */
export function entrySchemas(options: SchemaOptions = {}) {
	const topics = options.topics;
	const topic = topics?.length
		? v.pipe(
				v.string(),
				v.check(
					(t) => topics.includes(t),
					(issue) => `must be a topic of pack.yaml: ${topics.join(', ')} (got ${JSON.stringify(issue.input)})`
				)
			)
		: v.pipe(v.string(), v.regex(KEBAB_ID, 'must be a topic id from pack.yaml'));
	const commonEntries = {
		id: entityId,
		name: text,
		aliases: v.optional(v.array(text), []),
		topic,
		importance: v.picklist([1, 2, 3]),
		evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1, 'needs at least one excerpt')),
		contested: v.optional(v.boolean(), false),
		cloze: v.optional(v.pipe(v.array(ClozeSchema), v.maxLength(2, 'at most 2 cloze sentences')), [])
	};
	return {
		sources: SourceSchema,
		actors: v.strictObject({
			...commonEntries,
			...nameGrammar,
			type: v.picklist(ACTOR_TYPES),
			title: shortTitle,
			affiliation: v.optional(entityId),
			leads: idList,
			backedBy: idList,
			role: text,
			quotes: v.optional(
				v.array(v.strictObject({ text: shortVerbatim, source: sourceRef, context: v.optional(text) })),
				[]
			)
		}),
		places: v.strictObject({
			...commonEntries,
			...nameGrammar,
			type: v.picklist(PLACE_TYPES),
			country: text,
			lat: v.pipe(v.number(), v.minValue(-90, 'must be −90…90'), v.maxValue(90, 'must be −90…90')),
			lon: v.pipe(v.number(), v.minValue(-180, 'must be −180…180'), v.maxValue(180, 'must be −180…180')),
			title: shortTitle,
			within: v.optional(entityId),
			significance: text
		}),
		events: v.strictObject({
			...commonEntries,
			date: DateSchema,
			places: idList,
			actors: idList,
			against: idList,
			outcome: text
		}),
		figures: v.strictObject({
			...commonEntries,
			value: v.pipe(v.union([v.string(), v.number()], 'must be text or a number'), v.transform(String), text),
			counts: text,
			givenBy: text,
			subject: v.optional(entityId),
			question: v.optional(v.pipe(text, v.endsWith('?', 'must be a question ending with "?"')))
		}),
		claims: v.strictObject({
			...commonEntries,
			contested: v.optional(v.literal(true, 'claims are always contested: true (or omit it)'), true),
			claimant: text,
			statement: v.pipe(text, v.startsWith('According to ', 'must be attributed: "According to <claimant>, …"')),
			speaker: v.optional(entityId)
		})
	} as const;
}

export type EntrySchemas = ReturnType<typeof entrySchemas>;

/** `pack.yaml`: the pack's id, title, description and topics in teaching order. */
export const ManifestSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.regex(KEBAB_ID, 'must be a kebab-case ASCII id (e.g. moon-landing-1969)')),
		title: text,
		description: text,
		topics: v.pipe(
			v.array(v.strictObject({ id: entityId, title: text })),
			v.minLength(1, 'needs at least one topic'),
			v.check((topics) => new Set(topics.map((t) => t.id)).size === topics.length, 'topic ids must be unique')
		)
	})
);

export type SourceEntry = v.InferOutput<typeof SourceSchema>;
export type ActorEntry = v.InferOutput<EntrySchemas['actors']>;
export type PlaceEntry = v.InferOutput<EntrySchemas['places']>;
export type EventEntry = v.InferOutput<EntrySchemas['events']>;
export type FigureEntry = v.InferOutput<EntrySchemas['figures']>;
export type ClaimEntry = v.InferOutput<EntrySchemas['claims']>;
export type EvidenceEntry = v.InferOutput<typeof EvidenceSchema>;
export type ManifestEntry = v.InferOutput<typeof ManifestSchema>;
export interface EntriesByFile {
	sources: SourceEntry[];
	actors: ActorEntry[];
	places: PlaceEntry[];
	events: EventEntry[];
	figures: FigureEntry[];
	claims: ClaimEntry[];
}

/** Where a file of the pack folder is, as messages name it: `content/events.yaml`. */
export const contentPath = (file: ContentFile | typeof MANIFEST_FILE, dir = 'content') => `${dir}/${file}.yaml`;

/** "content/events.yaml: entry 12 (fall-of-mosul)" — entries are counted from 1, as a reader counts them. */
export function entryLabel(file: ContentFile, index: number, raw: unknown, dir = 'content'): string {
	const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
	return `${contentPath(file, dir)}: entry ${index + 1}${typeof id === 'string' && id ? ` (${id})` : ''}`;
}

/** `evidence[0].excerpt` */
export function fieldPath(path: readonly (string | number)[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
		''
	);
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	const json = JSON.stringify(value);
	return json && json.length > 60 ? `${json.slice(0, 57)}…` : String(json);
}

/** Valibot's default messages are terse; say what to write instead. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field (not in the format)';
	if ((issue.type === 'strict_object' || issue.type === 'object') && issue.received === 'undefined')
		return 'missing (required)';
	if (issue.type === 'picklist') return `must be one of ${issue.expected} (got ${describe(issue.input)})`;
	if (issue.kind === 'schema' && issue.message.startsWith('Invalid type'))
		return `must be ${issue.expected} (got ${describe(issue.input)})`;
	return issue.message;
}

export interface EntryResult<T> {
	value?: T;
	errors: string[];
}

function issueLines(label: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
	return issues.map((issue) => {
		const path = fieldPath((issue.path ?? []).map((item) => item.key as string | number));
		return `${label} → ${path || '(entry)'}: ${issueMessage(issue)}`;
	});
}

/** Validates one entry; every issue becomes "<file>: entry <n> (<id>) → <field>: <problem>". */
export function validateEntry<F extends ContentFile>(
	file: F,
	index: number,
	raw: unknown,
	schemas: EntrySchemas = entrySchemas(),
	dir = 'content'
): EntryResult<EntriesByFile[F][number]> {
	const result = v.safeParse(schemas[file], raw);
	if (result.success) return { value: result.output as EntriesByFile[F][number], errors: [] };
	return { errors: issueLines(entryLabel(file, index, raw, dir), result.issues) };
}

/** Validates pack.yaml; every issue becomes "<dir>/pack.yaml → <field>: <problem>". */
export function validateManifest(raw: unknown, dir = 'content'): EntryResult<ManifestEntry> {
	const label = contentPath(MANIFEST_FILE, dir);
	if (!raw || typeof raw !== 'object' || Array.isArray(raw))
		return { errors: [`${label}: must be a YAML mapping of id, title, description and topics (not a list)`] };
	const result = v.safeParse(ManifestSchema, raw);
	if (result.success) return { value: result.output, errors: [] };
	return { errors: issueLines(label, result.issues) };
}
