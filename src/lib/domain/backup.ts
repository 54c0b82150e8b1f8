/**
 * The backup file: every user record in one versioned JSON document, validated strictly before anything is
 * restored. Pure: the db layer reads and writes the tables. Uses only valibot schemas that run without
 * `eval`/`new Function`, so it works under a strict Content-Security-Policy.
 */
import * as v from 'valibot';
import { backupProblem, type BackupProblem } from './backup-problem';
import { isDay } from './calendar';
import {
	LEGACY_PACK_ID,
	SESSION_PREFS_KEY,
	legacyAnswer,
	legacyKey,
	legacySessionPrefs,
	legacySet,
	legacySpec
} from './legacy-ids';
import { packOf } from './library';
import type { Pack } from './pack';
import { parsePack, type PackFileProblem } from './pack-file';

export type { BackupProblem } from './backup-problem';

export const BACKUP_FORMAT = 'sourcedeck-backup';
/** 2: ids qualified with their pack, and the library's packs. Version 1 files are still read. */
export const BACKUP_VERSION = 2;
/** Larger files are refused before parsing (a year of heavy study is a few megabytes). */
export const MAX_BACKUP_CHARS = 200_000_000;

const LIMITS = {
	id: 200,
	key: 100,
	answer: 500,
	name: 200,
	link: 100_000,
	settings: 1_000,
	cards: 100_000,
	reviews: 2_000_000,
	misses: 500_000,
	quizAttempts: 20_000,
	assignments: 10_000,
	results: 100_000,
	quizAnswers: 1_000,
	packs: 500
} as const;

/** Free-form JSON payloads (quiz specs, assignment sets) may not be deeper, bigger or longer than this. */
const JSON_LIMITS = { depth: 16, nodes: 50_000, string: 100_000, array: 10_000 } as const;
const MAX_TIME = 8.64e15;
const MAX_COUNT = 1_000_000;

// ---- field schemas: each message is "expected …"; the formatter adds the path and what it got ----

const finiteNumber = (range: string, min: number, max: number) =>
	v.pipe(
		v.number(`expected a number ${range}`),
		v.finite(`expected a finite number ${range}`),
		v.minValue(min, `expected a number ${range}`),
		v.maxValue(max, `expected a number ${range}`)
	);

const wholeNumber = (min: number, max: number, expected = `expected a whole number ${min}–${max}`) =>
	v.pipe(
		v.number(expected),
		v.finite(expected),
		v.integer(expected),
		v.minValue(min, expected),
		v.maxValue(max, expected)
	);

const text = (min: number, max: number) =>
	v.pipe(
		v.string(`expected text of ${min}–${max} characters`),
		v.minLength(min, `expected text of ${min}–${max} characters`),
		v.maxLength(max, `expected text of ${min}–${max} characters`)
	);

const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item, 'expected a list'), v.maxLength(max, `expected at most ${max} entries`));

const record = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, 'expected an object');

const timestamp = finiteNumber('(a time in epoch milliseconds)', 0, MAX_TIME);
const count = wholeNumber(0, MAX_COUNT, `expected a whole number 0–${MAX_COUNT}`);
const cardId = text(1, LIMITS.id);
const calendarDay = v.pipe(
	v.string('expected a day "YYYY-MM-DD"'),
	v.check((value: string) => isDay(value), 'expected a day "YYYY-MM-DD"')
);

function isBoundedJson(value: unknown): boolean {
	const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
	let nodes = 0;
	while (stack.length > 0) {
		const { value: node, depth } = stack.pop()!;
		if (++nodes > JSON_LIMITS.nodes || depth > JSON_LIMITS.depth) return false;
		if (node === null || typeof node === 'boolean') continue;
		if (typeof node === 'number') {
			if (!Number.isFinite(node)) return false;
		} else if (typeof node === 'string') {
			if (node.length > JSON_LIMITS.string) return false;
		} else if (Array.isArray(node)) {
			if (node.length > JSON_LIMITS.array) return false;
			for (const item of node) stack.push({ value: item, depth: depth + 1 });
		} else if (typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
			for (const [key, item] of Object.entries(node)) {
				if (key.length > LIMITS.key) return false;
				stack.push({ value: item, depth: depth + 1 });
			}
		} else return false;
	}
	return true;
}

const jsonData = v.custom<unknown>(
	isBoundedJson,
	`expected JSON data (at most ${JSON_LIMITS.depth} levels, ${JSON_LIMITS.nodes} values, finite numbers)`
);

const fsrsState = {
	due: timestamp,
	stability: finiteNumber('0–100000', 0, 100_000),
	difficulty: finiteNumber('0–10', 0, 10),
	elapsed_days: finiteNumber('0–100000', 0, 100_000),
	scheduled_days: finiteNumber('0–100000', 0, 100_000),
	learning_steps: count,
	reps: count,
	lapses: count,
	state: wholeNumber(0, 3, 'expected 0–3'),
	last_review: v.optional(timestamp)
};

// ---- record schemas: one per table ----

export const settingSchema = record({ key: text(1, LIMITS.key), value: jsonData });

export const cardSchema = record({
	id: cardId,
	introducedAt: timestamp,
	...fsrsState,
	pack: v.optional(text(1, LIMITS.id)),
	activePack: v.optional(text(1, LIMITS.id))
});

const fsrsStateSchema = record(fsrsState);

export const reviewSchema = record({
	id: v.optional(wholeNumber(1, Number.MAX_SAFE_INTEGER, 'expected a positive whole number')),
	cardId,
	at: timestamp,
	day: calendarDay,
	rating: wholeNumber(1, 4, 'expected 1–4'),
	durationMs: finiteNumber('0–1000000000', 0, 1e9),
	before: v.nullable(fsrsStateSchema),
	after: fsrsStateSchema,
	typed: v.optional(text(0, LIMITS.answer))
});

export const missSchema = record({
	id: v.optional(wholeNumber(1, Number.MAX_SAFE_INTEGER, 'expected a positive whole number')),
	cardId,
	at: timestamp,
	from: v.picklist(['study', 'quiz'], 'expected "study" or "quiz"'),
	given: v.optional(text(0, LIMITS.answer)),
	attemptId: v.optional(text(1, LIMITS.id)),
	clearedAt: v.optional(timestamp)
});

export const quizAttemptSchema = record({
	id: text(1, LIMITS.id),
	startedAt: timestamp,
	finishedAt: v.optional(timestamp),
	spec: jsonData,
	answers: list(jsonData, LIMITS.quizAnswers),
	score: v.optional(finiteNumber('0–100000', 0, 100_000)),
	maxScore: v.optional(finiteNumber('0–100000', 0, 100_000)),
	assignmentId: v.optional(text(1, LIMITS.id))
});

export const assignmentSchema = record({
	id: text(1, LIMITS.id),
	role: v.picklist(['teacher', 'student'], 'expected "teacher" or "student"'),
	createdAt: timestamp,
	set: jsonData,
	link: text(0, LIMITS.link),
	studentName: v.optional(text(0, LIMITS.name)),
	attemptId: v.optional(text(1, LIMITS.id)),
	status: v.picklist(['open', 'done'], 'expected "open" or "done"'),
	resultCode: v.optional(text(1, LIMITS.link)),
	doneAt: v.optional(timestamp)
});

export const resultSchema = record({
	id: text(1, LIMITS.id),
	assignmentId: text(1, LIMITS.id),
	studentName: text(0, LIMITS.name),
	receivedAt: timestamp,
	result: jsonData
});

const count0 = wholeNumber(0, MAX_COUNT);

/** A pack of the library: its record, and its content unless it is the app's built-in pack. */
export const libraryEntrySchema = record({
	record: record({
		id: text(1, LIMITS.id),
		title: text(1, 300),
		description: text(0, 2_000),
		version: text(1, 300),
		hash: text(0, 128),
		origin: v.picklist(['built-in', 'file', 'link', 'made'], 'expected "built-in", "file", "link" or "made"'),
		url: v.optional(text(1, 2_000)),
		installedAt: timestamp,
		updatedAt: timestamp,
		enabled: v.boolean('expected true or false'),
		topics: list(record({ id: text(1, 300), title: text(1, 300) }), 200),
		counts: record({ cards: count0, retired: count0, sources: count0, entities: count0 }),
		sizes: record({
			kinds: v.pipe(
				v.record(text(1, 40), count0),
				v.check((r) => Object.keys(r).length <= 20, 'expected at most 20 kinds')
			),
			sources: v.pipe(
				v.record(text(1, LIMITS.id), count0),
				v.check((r) => Object.keys(r).length <= 1_000, 'expected at most 1000 sources')
			)
		}),
		lastChange: v.optional(record({ at: timestamp, summary: text(0, 300) }))
	}),
	// Checked as a pack file (parsePack) once the backup's shape is known to be right.
	pack: v.optional(v.unknown())
});

export const backupDataSchema = record({
	settings: list(settingSchema, LIMITS.settings),
	cards: list(cardSchema, LIMITS.cards),
	reviews: list(reviewSchema, LIMITS.reviews),
	misses: list(missSchema, LIMITS.misses),
	quizAttempts: list(quizAttemptSchema, LIMITS.quizAttempts),
	assignments: list(assignmentSchema, LIMITS.assignments),
	results: list(resultSchema, LIMITS.results),
	// Absent from version 1 files, which knew only the built-in pack.
	library: v.optional(list(libraryEntrySchema, LIMITS.packs), [])
});

export const backupSchema = record({
	format: v.literal(BACKUP_FORMAT, `expected "${BACKUP_FORMAT}"`),
	version: v.picklist([1, BACKUP_VERSION], `expected 1 or ${BACKUP_VERSION}`),
	exportedAt: timestamp,
	data: backupDataSchema
});

export type BackupData = v.InferOutput<typeof backupDataSchema>;
export type BackupFile = v.InferOutput<typeof backupSchema>;
/** The tables of user records a backup holds (the library travels beside them). */
export type BackupTable = Exclude<keyof BackupData, 'library'>;
export type LibraryEntry = BackupData['library'][number];
/** A library entry whose pack content has been checked as a pack file. */
export type RestorablePack = { record: LibraryEntry['record']; pack?: Pack };
export const BACKUP_TABLES: readonly BackupTable[] = [
	'settings',
	'cards',
	'reviews',
	'misses',
	'quizAttempts',
	'assignments',
	'results'
];

/** What a backup holds: rows per table, and the packs installed or made on the device. */
export type BackupCounts = Record<BackupTable, number> & {
	/** Packs with their content: every pack but the app's built-in one (absent from copies kept before 2026-12-06). */
	packs?: number;
};

export function countBackup(data: BackupData): BackupCounts {
	const tables = Object.fromEntries(BACKUP_TABLES.map((table) => [table, data[table].length]));
	return { ...(tables as Record<BackupTable, number>), packs: data.library.filter((e) => e.pack).length };
}

export function createBackup(data: BackupData, now: number): BackupFile {
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, data };
}

export type BackupParse =
	{ ok: true; backup: BackupFile; packs: RestorablePack[] } | { ok: false; error: BackupProblem };

const refuse = (kind: BackupProblem['kind'], detail: string): BackupParse => ({
	ok: false,
	error: backupProblem(kind, detail)
});

/** Validates a parsed JSON value as a backup. The error's detail says what is wrong and where. */
export function parseBackup(input: unknown): BackupParse {
	const head = input as { format?: unknown; version?: unknown } | null;
	if (typeof head !== 'object' || head === null || Array.isArray(head)) {
		return refuse('not-backup', `expected a JSON object, got ${show(head)}`);
	}
	if (head.format !== BACKUP_FORMAT) return refuse('not-backup', `format is ${show(head.format)}`);
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
		return refuse(
			'newer-version',
			`backup version ${head.version}; this app reads up to version ${BACKUP_VERSION}`
		);
	}
	const result = v.safeParse(backupSchema, input, { abortEarly: true });
	if (!result.success) return refuse('damaged', describeIssue(result.issues[0]));
	const backup = withPackFromIds(result.output.version === 1 ? fromVersion1(result.output) : result.output);
	const duplicate = findDuplicate(backup.data);
	if (duplicate) return refuse('damaged', duplicate);
	const packs: RestorablePack[] = [];
	for (const [i, entry] of backup.data.library.entries()) {
		if (entry.pack === undefined) {
			packs.push({ record: entry.record });
			continue;
		}
		const pack = parsePack(entry.pack);
		if (!pack.ok) return refuse('damaged', packError(i, pack.problem));
		if (pack.pack.id !== entry.record.id)
			return refuse(
				'damaged',
				`library[${i}].pack.id: expected ${show(entry.record.id)}, got ${show(pack.pack.id)}`
			);
		packs.push({ record: entry.record, pack: pack.pack });
	}
	return { ok: true, backup, packs };
}

function packError(index: number, problem: PackFileProblem): string {
	return `library[${index}].pack: ${problem.details[0] ?? problem.message}`;
}

/**
 * A card state's pack is read from its id, never taken from the file: a state the file leaves without one (or
 * names wrongly) would be stored where no queue finds it. Whether it is in a queue (`activePack`) is the
 * library's to say once the packs are installed (db/library.ts reconcileProgress).
 */
function withPackFromIds(backup: BackupFile): BackupFile {
	const cards = backup.data.cards.map(({ pack: _pack, activePack: _active, ...card }) => {
		const pack = packOf(card.id);
		return pack ? { ...card, pack } : card;
	});
	return { ...backup, data: { ...backup.data, cards } };
}

/** A version 1 backup knew one pack and its ids as they were: they move under that pack, as the schema does. */
function fromVersion1(backup: BackupFile): BackupFile {
	const { data } = backup;
	return {
		...backup,
		version: BACKUP_VERSION,
		data: {
			...data,
			settings: data.settings.map((row) =>
				row.key === SESSION_PREFS_KEY ? { ...row, value: legacySessionPrefs(row.value) } : row
			),
			cards: data.cards.map((card) => ({
				...card,
				id: legacyKey(card.id),
				pack: LEGACY_PACK_ID,
				activePack: LEGACY_PACK_ID
			})),
			reviews: data.reviews.map((review) => ({ ...review, cardId: legacyKey(review.cardId) })),
			misses: data.misses.map((miss) => ({ ...miss, cardId: legacyKey(miss.cardId) })),
			quizAttempts: data.quizAttempts.map((attempt) => ({
				...attempt,
				spec: legacySpec(attempt.spec),
				answers: attempt.answers.map(legacyAnswer)
			})),
			assignments: data.assignments.map((assignment) => ({ ...assignment, set: legacySet(assignment.set) })),
			library: []
		}
	};
}

/** Parses the text of a backup file. */
export function parseBackupText(text: string): BackupParse {
	if (text.length > MAX_BACKUP_CHARS) {
		return refuse('too-large', `${text.length} characters; a backup has at most ${MAX_BACKUP_CHARS}`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return refuse('unreadable', `not valid JSON: ${(error as Error).message}`);
	}
	return parseBackup(json);
}

/** "reviews[12].rating" */
function pathOf(issue: v.BaseIssue<unknown>): string {
	let path = '';
	const items = issue.path ?? [];
	// Records live under "data"; the table name alone reads better ("reviews[12].rating").
	for (const item of items[0]?.key === 'data' && items.length > 1 ? items.slice(1) : items) {
		path +=
			typeof item.key === 'number'
				? `[${item.key}]`
				: path === ''
					? String(item.key)
					: `.${String(item.key)}`;
	}
	return path || 'backup';
}

function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	const json = JSON.stringify(value) ?? String(value);
	return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
	if (!issue) return 'backup: not valid';
	const path = pathOf(issue);
	if (issue.type === 'strict_object' && issue.expected === 'never') return `${path}: unexpected field`;
	if (issue.type === 'strict_object') return `${path}: missing`;
	const got =
		issue.type === 'max_length' && Array.isArray(issue.input)
			? `${issue.input.length} entries`
			: show(issue.input);
	return `${path}: ${issue.message}, got ${got}`;
}

const KEYS: Record<BackupTable, string> = {
	settings: 'key',
	cards: 'id',
	reviews: 'id',
	misses: 'id',
	quizAttempts: 'id',
	assignments: 'id',
	results: 'id'
};

/** Primary keys must be unique, or restoring would fail half-way. */
function findDuplicate(data: BackupData): string | null {
	for (const table of BACKUP_TABLES) {
		const key = KEYS[table];
		const seen = new Map<unknown, number>();
		const rows = data[table] as readonly Record<string, unknown>[];
		for (let i = 0; i < rows.length; i++) {
			const value = rows[i]![key];
			if (value === undefined) continue;
			const first = seen.get(value);
			if (first !== undefined)
				return `${table}[${i}].${key}: duplicate of ${table}[${first}], got ${show(value)}`;
			seen.set(value, i);
		}
	}
	return null;
}
