/**
 * Valibot schemas of the knowledge-base YAML files (the contract in notes/content-format.md).
 * Objects are strict: an unknown key is an error, so a typo never silently drops a field.
 * Entries are validated one by one so every message names the file, the entry and the field.
 */
import * as v from 'valibot';

export const CONTENT_FILES = ['sources', 'actors', 'places', 'events', 'figures', 'claims'] as const;
export type ContentFile = (typeof CONTENT_FILES)[number];

/** The five seed documents: ids and files are fixed by the content contract. */
export const SOURCE_FILES = {
	'zh-2016': '000_3f12a4075941c5ee.txt',
	'blog-2017': '001_cad8f68dd4bd6a6f.txt',
	'magnier-2017': '002_d9a8878862ae51fe.txt',
	'digest-2017': '003_a80bcb9820343111.txt',
	'report-2017': '004_a72bc7ee66966df7.txt'
} as const;
export type SourceId = keyof typeof SOURCE_FILES;

export const MAX_EXCERPT_WORDS = 25;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2030;

export const TOPICS = [
	'falluja',
	'mosul',
	'raqqa',
	'deir-ez-zor',
	'border',
	'kirkuk-hawija',
	'militias',
	'international'
] as const;
export const SOURCE_KINDS = ['news report', 'analysis', 'opinion blog', 'digest'] as const;
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

const EvidenceSchema = v.strictObject({ source: sourceRef, excerpt: shortVerbatim });

/** One hidden part in [[double brackets]], not empty, nothing else bracketed. */
const ClozeSchema = v.pipe(
	text,
	v.check(
		(s) => /^[^[\]]*\[\[[^[\]]+\]\][^[\]]*$/.test(s),
		'must contain exactly one [[hidden part]] and no other brackets'
	)
);

const commonEntries = {
	id: entityId,
	name: text,
	aliases: v.optional(v.array(text), []),
	topic: v.picklist(TOPICS),
	importance: v.picklist([1, 2, 3]),
	evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1, 'needs at least one excerpt')),
	contested: v.optional(v.boolean(), false),
	cloze: v.optional(v.pipe(v.array(ClozeSchema), v.maxLength(2, 'at most 2 cloze sentences')), [])
};

export const SourceSchema = v.pipe(
	v.strictObject({
		id: v.picklist(Object.keys(SOURCE_FILES) as SourceId[]),
		title: text,
		kind: v.picklist(SOURCE_KINDS),
		publisher: text,
		date: v.pipe(
			v.string(),
			v.regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|unknown)$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or "unknown"')
		),
		file: v.string(),
		reliability: text
	}),
	v.forward(
		v.check((s) => SOURCE_FILES[s.id] === s.file, 'does not match the fixed file for this source id'),
		['file']
	)
);

/** How an actor's or a place's name reads in a sentence: "the Iraqi government", "Arab clans are". */
const nameGrammar = {
	definite: v.optional(v.boolean()),
	plural: v.optional(v.boolean())
};

export const ActorSchema = v.strictObject({
	...commonEntries,
	...nameGrammar,
	type: v.picklist(ACTOR_TYPES),
	affiliation: v.optional(entityId),
	role: text,
	quotes: v.optional(
		v.array(v.strictObject({ text: shortVerbatim, source: sourceRef, context: v.optional(text) })),
		[]
	)
});

export const PlaceSchema = v.strictObject({
	...commonEntries,
	...nameGrammar,
	type: v.picklist(PLACE_TYPES),
	country: text,
	lat: v.pipe(v.number(), v.minValue(-90, 'must be −90…90'), v.maxValue(90, 'must be −90…90')),
	lon: v.pipe(v.number(), v.minValue(-180, 'must be −180…180'), v.maxValue(180, 'must be −180…180')),
	significance: text
});

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const DateSchema = v.pipe(
	v.strictObject({
		year: v.pipe(
			v.number(),
			v.integer('must be a whole number'),
			v.minValue(MIN_YEAR, `must be ${MIN_YEAR}–${MAX_YEAR}`),
			v.maxValue(MAX_YEAR, `must be ${MIN_YEAR}–${MAX_YEAR}`)
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

export const EventSchema = v.strictObject({
	...commonEntries,
	date: DateSchema,
	places: v.optional(v.array(entityId), []),
	actors: v.optional(v.array(entityId), []),
	outcome: text
});

export const FigureSchema = v.strictObject({
	...commonEntries,
	value: v.pipe(v.union([v.string(), v.number()], 'must be text or a number'), v.transform(String), text),
	counts: text,
	givenBy: text,
	subject: v.optional(entityId)
});

export const ClaimSchema = v.strictObject({
	...commonEntries,
	contested: v.optional(v.literal(true, 'claims are always contested: true (or omit it)'), true),
	claimant: text,
	statement: v.pipe(
		text,
		v.startsWith('According to ', 'must be attributed: "According to <claimant>, …"')
	),
	speaker: v.optional(entityId)
});

export const ENTRY_SCHEMAS = {
	sources: SourceSchema,
	actors: ActorSchema,
	places: PlaceSchema,
	events: EventSchema,
	figures: FigureSchema,
	claims: ClaimSchema
} as const;

export type SourceEntry = v.InferOutput<typeof SourceSchema>;
export type ActorEntry = v.InferOutput<typeof ActorSchema>;
export type PlaceEntry = v.InferOutput<typeof PlaceSchema>;
export type EventEntry = v.InferOutput<typeof EventSchema>;
export type FigureEntry = v.InferOutput<typeof FigureSchema>;
export type ClaimEntry = v.InferOutput<typeof ClaimSchema>;
export type EvidenceEntry = v.InferOutput<typeof EvidenceSchema>;
export interface EntriesByFile {
	sources: SourceEntry[];
	actors: ActorEntry[];
	places: PlaceEntry[];
	events: EventEntry[];
	figures: FigureEntry[];
	claims: ClaimEntry[];
}

export const contentPath = (file: ContentFile) => `content/${file}.yaml`;

/** "content/events.yaml: entry 12 (fall-of-mosul)" — entries are counted from 1, as a reader counts them. */
export function entryLabel(file: ContentFile, index: number, raw: unknown): string {
	const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
	return `${contentPath(file)}: entry ${index + 1}${typeof id === 'string' && id ? ` (${id})` : ''}`;
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

/** Validates one entry; every issue becomes "<file>: entry <n> (<id>) → <field>: <problem>". */
export function validateEntry<F extends ContentFile>(
	file: F,
	index: number,
	raw: unknown
): EntryResult<EntriesByFile[F][number]> {
	const result = v.safeParse(ENTRY_SCHEMAS[file], raw);
	if (result.success) return { value: result.output as EntriesByFile[F][number], errors: [] };
	const label = entryLabel(file, index, raw);
	const errors = result.issues.map((issue) => {
		const path = fieldPath((issue.path ?? []).map((item) => item.key as string | number));
		return `${label} → ${path || '(entry)'}: ${issueMessage(issue)}`;
	});
	return { errors };
}
