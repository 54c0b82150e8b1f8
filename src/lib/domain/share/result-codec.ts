/**
 * Result codes: what a student hands back after an offline assignment, read out, as text or a QR code. Two
 * formats, told apart by their prefix; the gradebook reads both, so codes handed out before format 2 still count.
 *
 * Format 2 (result-code-v2.ts, made whenever it can be): the student's answers against the questions the
 * teacher's app regenerates, some 40–100 characters. Format 1, below: the credits themselves, self-contained
 * but some 400–600 characters; made when the student's app has other study content than the teacher's (so its
 * questions may differ) or an answer cannot be carried exactly.
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
import { describeAnswer, scoreAnswer, type QuizAnswer as AnswerGiven } from '../quiz';
import { base32Digit, base32Value, decodeBase32, encodeBase32 } from './base32';
import { packJson, unpackJson, utf8 } from './compressed-json';
import { crc32, readUint32, writeUint32 } from './crc32';
import { creditOf, QuizResultSchema, resultIssues, type QuizAnswer, type QuizResult } from './quiz-result';
import {
	decodeResultV2,
	encodeResultV2,
	RESULT_V2_PREFIX,
	V2_CHECK_CHARS,
	V2_HEADER_CHARS,
	type ResultV2Binding
} from './result-code-v2';
import { shareError, type ShareError } from './share-error';

export type { ResultV2Binding } from './result-code-v2';

export const RESULT_FORMAT = 1;
export const RESULT_PREFIX = `SDR${RESULT_FORMAT}-`;
/** Longest pasted text `decodeResult` looks at (a whole class's codes go through `splitResultCodes` first). */
export const MAX_RESULT_CHARS = 8 * 1024;
/** A QR code holds 4,296 alphanumeric characters at most; past this, typed answers are left out of the code. */
export const RESULT_QR_LIMIT = 4000;

export { creditOf, QuizResultSchema, resultIssues, type QuizAnswer, type QuizResult } from './quiz-result';

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

/** Per format: the length header's characters, and the fixed characters between it and what it counts. */
const LAYOUTS: Record<number, { header: number; fixed: number }> = {
	1: { header: HEADER_CHARS, fixed: 0 },
	2: { header: V2_HEADER_CHARS, fixed: V2_CHECK_CHARS }
};

function readCode(text: string, match: RegExpExecArray): Found {
	const version = Number(match[1]);
	const start = match.index;
	let i = start + match[0].length;
	const layout = LAYOUTS[version];
	if (!layout) {
		// Another format: we cannot know its layout, so take the rest of the word.
		while (i < text.length && !/\s/.test(text[i]!)) i++;
		return { start, end: i, version, chars: '', complete: false };
	}
	let chars = '';
	let wanted = layout.header;
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
		if (chars.length === layout.header) wanted = layout.header + layout.fixed + headerLength(chars);
	}
	return { start, end, version, chars, complete: chars.length === wanted && wanted > layout.header };
}

function headerLength(header: string): number {
	return [...header].reduce((length, char) => length * 32 + base32Value(char), 0);
}

/** Every result code in a blob of pasted text (messages, a spreadsheet column …), as pasted, in order. */
export function splitResultCodes(text: string): string[] {
	if (typeof text !== 'string' || text.length > MAX_RESULT_CHARS * 64) return [];
	return findCodes(text).map((code) => text.slice(code.start, code.end).trim());
}

/*
 * Where result codes sat in what a teacher pasted: each one's line ("Ben: SDR2-…", a message, a spreadsheet row)
 * and the words before it there ("Ben"). A code that cannot be read is kept with its line, so the teacher still
 * knows whose it was when it is refused.
 */

/** Words before a code longer than this (in characters, in words) are a sentence, not a name. */
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 4;

export interface PastedLine {
	/** The whole line the code is on; the code alone when it runs over lines. */
	line: string;
	/** What stands before the code on its line, without a closing ":" or "-": a name, or null. */
	label: string | null;
}

/** The lines of `codes`, found in `text` in the order given (a code cut short is not found inside a whole one). */
export function pastedLines(text: string, codes: readonly string[]): PastedLine[] {
	let from = 0;
	return codes.map((code) => {
		const at = text.indexOf(code, from);
		if (at < 0) return { line: code, label: null };
		from = at + code.length;
		const start = text.lastIndexOf('\n', at) + 1;
		const newline = text.indexOf('\n', at);
		const end = newline < 0 ? text.length : newline;
		if (end < from) return { line: code, label: null };
		const before = text
			.slice(start, at)
			.replace(/[\s:;,=\-–—]+$/, '')
			.trim();
		const named = before.length <= MAX_LABEL && before.split(/\s+/).length <= MAX_LABEL_WORDS;
		return { line: text.slice(start, end).trim(), label: before && named ? before : null };
	});
}

/**
 * Reads the first code in `text` for the assignment `assignmentId`. A format-2 code is read against `quiz`, the
 * assignment's questions as the teacher's app regenerates them (without it, one is refused). Never throws,
 * whatever it is given.
 */
export function decodeResult(text: unknown, assignmentId: string, quiz?: ResultV2Binding): ResultDecoded {
	try {
		return decode(text, assignmentId, quiz);
	} catch {
		return refuse('damaged', 'unexpected failure');
	}
}

function decode(text: unknown, assignmentId: string, quiz: ResultV2Binding | undefined): ResultDecoded {
	if (text === null || text === undefined) return refuse('empty');
	if (typeof text !== 'string') return refuse('not-sourcedeck', 'not text');
	if (text.length > MAX_RESULT_CHARS) return refuse('too-large', `${text.length} characters`);
	if (text.trim() === '') return refuse('empty');
	const code = findCodes(text)[0];
	if (!code) return refuse('not-sourcedeck');
	if (code.version > LATEST_FORMAT) return refuse('future-version', `format ${code.version}`);
	if (!LAYOUTS[code.version]) return refuse('damaged', `format ${code.version}`);
	if (!code.complete) return refuse('damaged', 'truncated');
	if (code.version === 2) return decodeV2(code.chars, assignmentId, quiz);

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

/** The newest format this app reads (a higher one comes from a newer Sourcedeck). */
const LATEST_FORMAT = 2;
/** A described answer is cut to what the result schema keeps. */
const MAX_GIVEN = 80;

function decodeV2(chars: string, assignmentId: string, quiz: ResultV2Binding | undefined): ResultDecoded {
	if (!quiz || quiz.assignmentId !== assignmentId)
		return refuse('invalid', 'the assignment’s questions are needed');
	const read = decodeResultV2(chars, quiz);
	if (!read.ok) return refuse(read.reason, read.detail);
	const parsed = v.safeParse(QuizResultSchema, resultFromAnswers(read.result, quiz));
	if (!parsed.success) return refuse('invalid', parsed.issues.map((issue) => issue.message).join('; '));
	return { ok: true, result: parsed.output };
}

/** The result the answers earn on these questions: each scored as the quiz scores it. */
function resultFromAnswers(
	read: { student: string; startedAt: number; finishedAt: number; answers: readonly (AnswerGiven | null)[] },
	quiz: ResultV2Binding
): QuizResult {
	const answers = quiz.questions.map((question, i): QuizAnswer => {
		const given = read.answers[i] ?? null;
		const credit = Math.min(1, Math.max(0, scoreAnswer(question, given).score));
		const correct = credit >= 1 ? true : credit <= 0 ? false : credit;
		if (credit >= 1 || given === null) return { correct };
		return { correct, given: describeAnswer(question, given).slice(0, MAX_GIVEN) };
	});
	return {
		v: 1,
		assignmentId: quiz.assignmentId,
		student: read.student,
		startedAt: read.startedAt,
		finishedAt: read.finishedAt,
		answers,
		score: answers.reduce((sum, answer) => sum + creditOf(answer), 0),
		maxScore: quiz.questions.length
	};
}

/** What the student's app knows when the quiz ends, to make the code to hand back. */
export interface ResultCodeInput {
	/** The result as scored on the student's device. */
	result: QuizResult;
	/** What was answered, per question (null: not answered). */
	answers: readonly (AnswerGiven | null)[];
	/**
	 * The assignment's questions as the teacher's app will make them; left out when they may differ (the
	 * student's study content is not the one the teacher built the assignment on): format 1 is made then.
	 */
	quiz?: ResultV2Binding;
}

/**
 * The code to hand back: format 2 whenever it carries this result exactly (read back, it gives the same credit
 * for every question and the same score), else format 1. Throws only on a result that fails the schema.
 */
export function makeResultCode({ result, answers, quiz }: ResultCodeInput): string {
	const fallback = encodeResult(result);
	if (!quiz) return fallback;
	const { student, startedAt, finishedAt } = result;
	const chars = encodeResultV2({ student, startedAt, finishedAt, answers }, quiz);
	if (chars === null) return fallback;
	const code = RESULT_V2_PREFIX + groupInFives(chars);
	const back = decodeResult(code, result.assignmentId, quiz);
	const same =
		back.ok &&
		back.result.student === result.student.trim() &&
		back.result.score === result.score &&
		back.result.answers.length === result.answers.length &&
		back.result.answers.every((answer, i) => creditOf(answer) === creditOf(result.answers[i]!));
	return same ? code : fallback;
}
