/**
 * Assignment links: a teacher's quiz set packed into a URL fragment (`…/assign/take#a1.<payload>`), so it never
 * reaches a server. Payload = base64url( CRC-32 of "a1." + body ‖ body ), body = raw DEFLATE (with a preset
 * dictionary) of a compact JSON array. Decoding never throws.
 */

import * as v from 'valibot';
import { decodeBase64url, encodeBase64url } from './base64url';
import { MAX_UNPACKED_BYTES, packJson, unpackJson, utf8 } from './compressed-json';
import { crc32, readUint32, writeUint32 } from './crc32';
import { LINK_DICTIONARY } from './link-dictionary';
import { ASSIGNMENT_FORMAT, AssignmentSetSchema, type AssignmentSet } from './assignment-set';
import { isKnownMode } from './quiz-spec';
import { shareError, type ShareError } from './share-error';

// What the assignment screens ask of a set's packs, from the module they read links with (one chunk for both).
export * from './assignment-packs';
// The set itself: its shape and schema (the device's own list reads those alone).
export * from './assignment-set';

/** Longest pasted text we even look at; a real link is well under 2,000 characters. */
export const MAX_LINK_CHARS = 8 * 1024;
export { MAX_UNPACKED_BYTES };

/** Human-readable problems that would stop `set` from being shared; empty when it can be encoded. */
export function assignmentIssues(set: unknown): string[] {
	const parsed = v.safeParse(AssignmentSetSchema, set);
	return parsed.success ? [] : parsed.issues.map(describeIssue);
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = v.getDotPath(issue);
	return path ? `${path}: ${issue.message}` : issue.message;
}

const PREFIX = `a${ASSIGNMENT_FORMAT}.`;
const PREFIX_CRC = crc32(utf8(PREFIX));

/** Compact positional form; absent optionals are null and trailing nulls are dropped. */
function toWire(set: AssignmentSet): unknown[] {
	const { selection } = set.spec;
	const spec = trimNulls([
		set.spec.count,
		set.spec.seed,
		set.spec.modes,
		selection.kinds ?? null,
		selection.sources ?? null,
		selection.cardIds ?? null,
		set.spec.timeLimitSec ?? null,
		selection.packs ?? null
	]);
	return trimNulls([
		set.id,
		set.title,
		set.instructions,
		set.createdAt,
		set.showAnswers ? 1 : 0,
		spec,
		set.dueAt ?? null,
		set.timeLimitSec ?? null,
		set.teacherNote ?? null,
		set.packVersion ?? null,
		set.packs?.map((p) => trimNulls([p.id, p.version ?? null, p.title ?? null, p.url ?? null])) ?? null
	]);
}

function trimNulls(values: unknown[]): unknown[] {
	let end = values.length;
	while (end > 0 && values[end - 1] === null) end--;
	return values.slice(0, end);
}

/** Rebuilds the object shape; the schema then judges every field, so nothing here trusts the input. */
function fromWire(wire: unknown): unknown {
	if (!Array.isArray(wire) || wire.length > 11) return wire;
	const spec: unknown[] = Array.isArray(wire[5]) && wire[5].length <= 8 ? wire[5] : [];
	const selection = present({ kinds: spec[3], sources: spec[4], cardIds: spec[5], packs: spec[7] });
	return present({
		v: ASSIGNMENT_FORMAT,
		packVersion: wire[9],
		packs: Array.isArray(wire[10]) ? wire[10].map(packFromWire) : wire[10],
		id: wire[0],
		title: wire[1],
		instructions: wire[2],
		teacherNote: wire[8],
		spec: Array.isArray(wire[5])
			? present({ selection, count: spec[0], modes: spec[2], seed: spec[1], timeLimitSec: spec[6] })
			: wire[5],
		dueAt: wire[6],
		timeLimitSec: wire[7],
		showAnswers: wire[4] === 1 ? true : wire[4] === 0 ? false : wire[4],
		createdAt: wire[3]
	});
}

/** `[id, version?, title?, url?]` back to an object (anything else is left for the schema to refuse). */
function packFromWire(wire: unknown): unknown {
	if (!Array.isArray(wire) || wire.length > 4) return wire;
	return present({ id: wire[0], version: wire[1], title: wire[2], url: wire[3] });
}

/** A well-formed quiz mode this app does not know: the link comes from a newer Sourcedeck. */
function newerModeIn(candidate: unknown): string | undefined {
	const modes = (candidate as { spec?: { modes?: unknown } } | null)?.spec?.modes;
	if (!Array.isArray(modes)) return undefined;
	return modes.find(
		(mode): mode is string =>
			typeof mode === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(mode) && !isKnownMode(mode)
	);
}

/** Drops keys whose wire value is null or missing. */
function present(fields: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(fields).filter(([, value]) => value !== null && value !== undefined)
	);
}

/**
 * The fragment token `a1.<payload>` (put it after `#`). Throws only on a set that fails the schema or cannot fit
 * a link, both programming errors: check forms with `assignmentIssues` first.
 */
export function encodeAssignment(set: AssignmentSet): string {
	const issues = assignmentIssues(set);
	if (issues.length > 0) throw new TypeError(`Cannot share this assignment: ${issues.join('; ')}`);
	const body = packJson(toWire(set), LINK_DICTIONARY);
	const bytes = new Uint8Array(4 + body.length);
	writeUint32(bytes, 0, crc32(body, PREFIX_CRC));
	bytes.set(body, 4);
	const token = PREFIX + encodeBase64url(bytes);
	if (token.length > MAX_LINK_CHARS - 200)
		throw new RangeError(`Assignment too large for a link (${token.length} characters): pick fewer cards`);
	return token;
}

/** `pageUrl` (any existing fragment replaced) + `#a1.<payload>`. */
export function assignmentLink(pageUrl: string, set: AssignmentSet): string {
	const hash = pageUrl.indexOf('#');
	return `${hash < 0 ? pageUrl : pageUrl.slice(0, hash)}#${encodeAssignment(set)}`;
}

export type AssignmentDecoded = { ok: true; set: AssignmentSet } | { ok: false; error: ShareError };

const refuse = (kind: ShareError['kind'], detail?: string): AssignmentDecoded => ({
	ok: false,
	error: shareError('link', kind, detail)
});

/**
 * Reads a full URL, a `#a1.…` fragment or the bare `a1.…` token, forgiving whitespace and line breaks (mail
 * wraps long links) and trailing punctuation. Never throws, whatever it is given.
 */
export function decodeAssignment(text: unknown): AssignmentDecoded {
	try {
		return decode(text);
	} catch {
		// Every path above is meant to be total; this is the last guard of the "never throws" promise.
		return refuse('damaged', 'unexpected failure');
	}
}

const TOKEN = /^a(\d{1,6})\.([A-Za-z0-9_-]*)/;

function decode(text: unknown): AssignmentDecoded {
	if (text === null || text === undefined) return refuse('empty');
	if (typeof text !== 'string') return refuse('not-sourcedeck', 'not text');
	if (text.length > MAX_LINK_CHARS) return refuse('too-large', `${text.length} characters`);
	const compact = text.replace(/\s+/g, '');
	if (compact === '') return refuse('empty');
	const hash = compact.indexOf('#');
	const match = TOKEN.exec(hash < 0 ? compact : compact.slice(hash + 1));
	if (!match) return refuse('not-sourcedeck');
	const version = Number(match[1]);
	if (version > ASSIGNMENT_FORMAT) return refuse('future-version', `format ${version}`);
	if (version !== ASSIGNMENT_FORMAT) return refuse('damaged', `format ${match[1]}`);

	const bytes = decodeBase64url(match[2]!);
	if (!bytes) return refuse('damaged', 'not base64url');
	if (bytes.length < 5) return refuse('damaged', 'truncated');
	const body = bytes.subarray(4);
	if (crc32(body, PREFIX_CRC) !== readUint32(bytes, 0)) return refuse('damaged', 'bad checksum');

	const unpacked = unpackJson(body, LINK_DICTIONARY);
	if (!unpacked.ok) return refuse(unpacked.reason, unpacked.detail);
	const candidate = fromWire(unpacked.value);
	const unknownMode = newerModeIn(candidate);
	if (unknownMode) return refuse('future-version', `quiz mode "${unknownMode}"`);
	const parsed = v.safeParse(AssignmentSetSchema, candidate);
	if (!parsed.success) return refuse('invalid', parsed.issues.map(describeIssue).join('; '));
	return { ok: true, set: parsed.output };
}
