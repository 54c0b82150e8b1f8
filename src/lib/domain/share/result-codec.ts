/**
 * Result codes: what a student hands back after an offline assignment, as text or a QR code.
 *
 *   SDR1-<header><payload>, grouped in fives with hyphens (any spaces, hyphens or line breaks are ignored)
 *
 * Crockford base32 throughout (case-insensitive, fits QR alphanumeric mode). header = 3 characters giving the
 * payload length, so a code can be found inside any pasted text and a cut-off one is noticed. payload =
 * CRC-32("SDR1-" ‖ body) ‖ CRC-32(assignment id ‖ body) ‖ body, body = raw DEFLATE of a compact JSON array.
 * The first checksum catches damage; the second binds the code to one assignment without spending characters
 * on its id. Decoding never throws.
 */

import * as v from 'valibot';
import { base32Digit, base32Value, decodeBase32, encodeBase32 } from './base32';
import { packJson, unpackJson, utf8 } from './compressed-json';
import { crc32, readUint32, writeUint32 } from './crc32';
import { MAX_QUESTIONS } from './quiz-spec';
import { shareError, type ShareError } from './share-error';

export const RESULT_FORMAT = 1;
export const RESULT_PREFIX = `SDR${RESULT_FORMAT}-`;
/** Longest pasted text `decodeResult` looks at (a whole class's codes go through `splitResultCodes` first). */
export const MAX_RESULT_CHARS = 8 * 1024;
/** A QR code holds 4,296 alphanumeric characters at most; past this, typed answers are left out of the code. */
export const RESULT_QR_LIMIT = 4000;

export interface QuizAnswer {
	/** true = right, false = missed, a number in (0, 1) = partial credit. */
	correct: boolean | number;
	/** What the student chose or typed, when worth showing the teacher. */
	given?: string;
}

export interface QuizResult {
	v: 1;
	assignmentId: string;
	student: string;
	/** Epoch ms. */
	startedAt: number;
	/** Epoch ms, not before `startedAt`. */
	finishedAt: number;
	/** One per question, in quiz order. */
	answers: QuizAnswer[];
	score: number;
	maxScore: number;
}

/** The credit an answer earns, 0..1. */
export function creditOf(answer: QuizAnswer): number {
	return typeof answer.correct === 'number' ? answer.correct : answer.correct ? 1 : 0;
}

const epochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export const QuizResultSchema = v.pipe(
	v.strictObject({
		v: v.literal(RESULT_FORMAT),
		assignmentId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,32}$/)),
		student: v.pipe(
			v.string(),
			v.maxLength(80),
			v.check((name) => name.trim().length > 0, 'the student name must not be blank')
		),
		startedAt: epochMs,
		finishedAt: epochMs,
		answers: v.pipe(
			v.array(
				v.strictObject({
					correct: v.union([v.boolean(), v.pipe(v.number(), v.minValue(0), v.maxValue(1))]),
					given: v.optional(v.pipe(v.string(), v.maxLength(80)))
				})
			),
			v.minLength(1),
			v.maxLength(MAX_QUESTIONS)
		),
		score: v.pipe(v.number(), v.finite(), v.minValue(0)),
		maxScore: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100_000))
	}),
	v.check((result) => result.finishedAt >= result.startedAt, 'finished before it started'),
	v.check((result) => result.score <= result.maxScore, 'score above the maximum')
);

export function resultIssues(result: unknown): string[] {
	const parsed = v.safeParse(QuizResultSchema, result);
	return parsed.success ? [] : parsed.issues.map((issue) => issue.message);
}

const PREFIX_CRC = crc32(utf8(RESULT_PREFIX));
const HEADER_CHARS = 3;
const CHECKSUM_BYTES = 8;
const GROUP = 5;

type WireAnswer = number | [number, string];

function toWire(result: QuizResult, keepGiven: (answer: QuizAnswer) => boolean): unknown[] {
	const answers: WireAnswer[] = result.answers.map((answer) => {
		const credit = creditOf(answer);
		return answer.given !== undefined && keepGiven(answer) ? [credit, answer.given] : credit;
	});
	return [
		result.student,
		result.startedAt,
		result.finishedAt - result.startedAt,
		result.score,
		result.maxScore,
		answers
	];
}

function fromWire(wire: unknown, assignmentId: string): unknown {
	if (!Array.isArray(wire) || wire.length !== 6) return wire;
	const [student, startedAt, duration, score, maxScore, answers] = wire as unknown[];
	return {
		v: RESULT_FORMAT,
		assignmentId,
		student,
		startedAt,
		finishedAt:
			typeof startedAt === 'number' && typeof duration === 'number' ? startedAt + duration : duration,
		answers: Array.isArray(answers) ? answers.map(answerFromWire) : answers,
		score,
		maxScore
	};
}

function answerFromWire(item: unknown): unknown {
	const [credit, given] = Array.isArray(item) && item.length === 2 ? item : [item, undefined];
	const correct = credit === 1 ? true : credit === 0 ? false : credit;
	return given === undefined ? { correct } : { correct, given };
}

function codeFor(result: QuizResult, keepGiven: (answer: QuizAnswer) => boolean): string {
	const body = packJson(toWire(result, keepGiven));
	const bytes = new Uint8Array(CHECKSUM_BYTES + body.length);
	writeUint32(bytes, 0, crc32(body, PREFIX_CRC));
	writeUint32(bytes, 4, crc32(body, crc32(utf8(result.assignmentId))));
	bytes.set(body, CHECKSUM_BYTES);
	const payload = encodeBase32(bytes);
	const header = [2, 1, 0].map((place) => base32Digit(payload.length >> (5 * place))).join('');
	return RESULT_PREFIX + groupInFives(header + payload);
}

/** Hyphens every five characters, never starting a group with "SDR" + digit (that would read as a new code). */
export function groupInFives(chars: string): string {
	const groups: string[] = [];
	let start = 0;
	while (start < chars.length) {
		let end = Math.min(start + GROUP, chars.length);
		while (end < chars.length && /^SDR\d/.test(chars.slice(end, end + 4))) end++;
		groups.push(chars.slice(start, end));
		start = end;
	}
	return groups.join('-');
}

/**
 * The student's code. Typed answers ride along while the code fits a QR code; past that, those on correct
 * questions are left out, then all of them. Throws only on a result that fails the schema (a programming error).
 */
export function encodeResult(result: QuizResult): string {
	const issues = resultIssues(result);
	if (issues.length > 0) throw new TypeError(`Cannot encode this result: ${issues.join('; ')}`);
	const full = codeFor(result, () => true);
	if (full.length <= RESULT_QR_LIMIT) return full;
	const missedOnly = codeFor(result, (answer) => creditOf(answer) < 1);
	if (missedOnly.length <= RESULT_QR_LIMIT) return missedOnly;
	return codeFor(result, () => false);
}

export type ResultDecoded = { ok: true; result: QuizResult } | { ok: false; error: ShareError };

const refuse = (kind: ShareError['kind'], detail?: string): ResultDecoded => ({
	ok: false,
	error: shareError('result', kind, detail)
});

/** "SDR", a one-digit format version, and a hyphen or space (either may be missing if the code was retyped). */
const PREFIX_PATTERN = /SDR[\s-]?(\d)[\s-]?/gi;
const PREFIX_HERE = /SDR[\s-]?(\d)[\s-]?/iy;
const SEPARATOR = /[\s-]/;
const WORD_CHAR = /[0-9A-Za-z]/;

interface Found {
	/** Index of "SDR" and one past the last character that belongs to the code. */
	start: number;
	end: number;
	version: number;
	/** Version-1 payload characters with separators removed; complete when the header's length was reached. */
	chars: string;
	complete: boolean;
}

/**
 * A code prefix at `index`, on a word boundary (so "…XSDR1-" in the middle of something else is not one) unless
 * the previous code ended right there (codes pasted back to back).
 */
function prefixAt(text: string, index: number, previousEnd = -1): RegExpExecArray | null {
	if (index > 0 && index !== previousEnd && WORD_CHAR.test(text[index - 1]!)) return null;
	PREFIX_HERE.lastIndex = index;
	return PREFIX_HERE.exec(text);
}

/** Every code in `text`, in order, complete or not. */
function findCodes(text: string): Found[] {
	const found: Found[] = [];
	let from = 0;
	let previousEnd = -1;
	while (from < text.length) {
		PREFIX_PATTERN.lastIndex = from;
		const match = PREFIX_PATTERN.exec(text);
		if (!match) break;
		const here = prefixAt(text, match.index, previousEnd);
		if (!here) {
			from = match.index + 1;
			continue;
		}
		const code = readCode(text, here);
		found.push(code);
		previousEnd = code.end;
		from = Math.max(code.end, match.index + 1);
	}
	return found;
}

function readCode(text: string, match: RegExpExecArray): Found {
	const version = Number(match[1]);
	const start = match.index;
	let i = start + match[0].length;
	if (version !== RESULT_FORMAT) {
		// Another format: we cannot know its layout, so take the rest of the word.
		while (i < text.length && !/\s/.test(text[i]!)) i++;
		return { start, end: i, version, chars: '', complete: false };
	}
	let chars = '';
	let wanted = HEADER_CHARS;
	let end = i;
	while (i < text.length && chars.length < wanted) {
		const char = text[i]!;
		if (SEPARATOR.test(char)) {
			i++;
			continue;
		}
		if (base32Value(char) < 0) break;
		if (SEPARATOR.test(text[i - 1]!) && prefixAt(text, i)) break;
		chars += char;
		i++;
		end = i;
		if (chars.length === HEADER_CHARS) wanted = HEADER_CHARS + headerLength(chars);
	}
	return { start, end, version, chars, complete: chars.length === wanted && wanted > HEADER_CHARS };
}

function headerLength(header: string): number {
	return [...header].reduce((length, char) => length * 32 + base32Value(char), 0);
}

/** Every result code in a blob of pasted text (messages, a spreadsheet column …), as pasted, in order. */
export function splitResultCodes(text: string): string[] {
	if (typeof text !== 'string' || text.length > MAX_RESULT_CHARS * 64) return [];
	return findCodes(text).map((code) => text.slice(code.start, code.end).trim());
}

/** Reads the first code in `text` for the assignment `assignmentId`. Never throws, whatever it is given. */
export function decodeResult(text: unknown, assignmentId: string): ResultDecoded {
	try {
		return decode(text, assignmentId);
	} catch {
		return refuse('damaged', 'unexpected failure');
	}
}

function decode(text: unknown, assignmentId: string): ResultDecoded {
	if (text === null || text === undefined) return refuse('empty');
	if (typeof text !== 'string') return refuse('not-sourcedeck', 'not text');
	if (text.length > MAX_RESULT_CHARS) return refuse('too-large', `${text.length} characters`);
	if (text.trim() === '') return refuse('empty');
	const code = findCodes(text)[0];
	if (!code) return refuse('not-sourcedeck');
	if (code.version > RESULT_FORMAT) return refuse('future-version', `format ${code.version}`);
	if (code.version !== RESULT_FORMAT) return refuse('damaged', `format ${code.version}`);
	if (!code.complete) return refuse('damaged', 'truncated');

	const bytes = decodeBase32(code.chars.slice(HEADER_CHARS));
	if (!bytes || bytes.length <= CHECKSUM_BYTES) return refuse('damaged', 'truncated');
	const body = bytes.subarray(CHECKSUM_BYTES);
	if (crc32(body, PREFIX_CRC) !== readUint32(bytes, 0)) return refuse('damaged', 'bad checksum');
	if (crc32(body, crc32(utf8(String(assignmentId)))) !== readUint32(bytes, 4))
		return refuse('wrong-assignment');

	const unpacked = unpackJson(body);
	if (!unpacked.ok) return refuse(unpacked.reason, unpacked.detail);
	const parsed = v.safeParse(QuizResultSchema, fromWire(unpacked.value, assignmentId));
	if (!parsed.success) return refuse('invalid', parsed.issues.map((issue) => issue.message).join('; '));
	return { ok: true, result: parsed.output };
}
