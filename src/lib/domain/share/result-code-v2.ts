/**
 * Result codes, format 2: short enough to read out. The teacher's app regenerates the quiz from the assignment
 * (same pack, same seed, same questions), so the code carries only what the student did:
 *
 *   SDR2-<length><checks><digits>, grouped in fives with hyphens, Crockford base32
 *
 * length = 2 characters (the digits' count, so a code is found in any pasted text and a cut-off one noticed);
 * checks = 6 characters: 15 bits of CRC-32("SDR2-" ‖ digits) against damage, and 15 bits of CRC-32(assignment id
 * ‖ the questions' fingerprint ‖ digits) binding the code to this assignment as the teacher's app makes it;
 * digits = one mixed-radix number (digits.ts): the name, when it was finished (minutes after the assignment was
 * made, rounded up), how long it took (seconds), then each answer (answer-digits.ts).
 *
 * What a teacher can verify: the score is not taken on the student's word but worked out again from the answers
 * against the teacher's own copy of the questions, and a code from another assignment (or another version of its
 * questions) or mistyped is refused. What no offline code can prove: that the student answered alone.
 */
import { crc32 } from './crc32';
import { utf8 } from './compressed-json';
import { readText, writeText } from './compact-text';
import { DigitReader, DigitWriter } from './digits';
import { readAnswer, writeAnswer } from './answer-digits';
import type { Question, QuizAnswer } from '../quiz';

export const RESULT_V2_PREFIX = 'SDR2-';
/** Characters of the length header: codes up to 1,023 digits (a longer one is made in format 1). */
export const V2_HEADER_CHARS = 2;
export const V2_CHECK_CHARS = 6;
export const V2_MAX_DIGITS = 32 ** V2_HEADER_CHARS - 1;
/** As in format 1 (and the assignment take page's limit). */
export const MAX_STUDENT_CHARS = 80;

const MINUTE = 60_000;
const CHECK_MASK = 0x7fff;

/** What format 2 carries. Times are epoch ms; they come back rounded (finished: up to the minute). */
export interface ResultV2 {
	student: string;
	startedAt: number;
	finishedAt: number;
	/** One per question, in quiz order; null: not answered. */
	answers: readonly (QuizAnswer | null)[];
}

/** What the code is bound to: the teacher's assignment and its questions as regenerated. */
export interface ResultV2Binding {
	assignmentId: string;
	/** When the assignment was made (epoch ms): times are counted from it. */
	createdAt: number;
	questions: readonly Question[];
}

/** The parts of each question that decide how its answer is read and scored. */
function scoringShape(question: Question): unknown {
	switch (question.mode) {
		case 'multiple-choice':
		case 'map-identify':
			return [question.mode, question.options, question.correctIndex];
		case 'true-false':
			return [question.mode, question.truth];
		case 'typed':
			return [question.mode, question.accepted, question.competitors];
		case 'timeline':
			return [question.mode, question.items.map((item) => item.id), question.correctOrder];
		case 'map':
			return [question.mode, question.target, question.thresholdKm];
		case 'matching':
			return [question.mode, question.left.map((row) => row.id), question.right, question.solution];
	}
}

/** A short fingerprint of the questions: a code made against other questions is not read as if it matched. */
export function questionsFingerprint(questions: readonly Question[]): number {
	return crc32(utf8(JSON.stringify(questions.map(scoringShape))));
}

function checks(digits: string, binding: ResultV2Binding): [number, number] {
	const damage = crc32(utf8(RESULT_V2_PREFIX + digits)) & CHECK_MASK;
	const bound = `${binding.assignmentId}\u0000${questionsFingerprint(binding.questions)}\u0000${digits}`;
	return [damage, crc32(utf8(bound)) & CHECK_MASK];
}

function charsOf(value: number, count: number): string {
	let out = '';
	for (let i = count - 1; i >= 0; i--) out += '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[(value >> (5 * i)) & 31];
	return out;
}

/**
 * The code's characters after the prefix (not yet grouped), or null when this result cannot be carried in
 * format 2 exactly: an answer it cannot hold, a name or time out of range, or too many digits.
 */
export function encodeResultV2(result: ResultV2, binding: ResultV2Binding): string | null {
	const { questions } = binding;
	if (result.answers.length !== questions.length || questions.length === 0) return null;
	const student = result.student.trim();
	if (student === '' || student.length > MAX_STUDENT_CHARS) return null;
	const finishedMinutes = Math.ceil((result.finishedAt - binding.createdAt) / MINUTE);
	const seconds = Math.round((result.finishedAt - result.startedAt) / 1000);
	if (!Number.isSafeInteger(finishedMinutes) || !(seconds >= 0) || seconds >= 32 ** 7) return null;
	if (Math.abs(finishedMinutes) >= 32 ** 7 / 2) return null;

	const out = new DigitWriter();
	writeText(student, out);
	out.pushSigned(finishedMinutes);
	out.pushCount(seconds);
	for (const [i, question] of questions.entries())
		if (!writeAnswer(question, result.answers[i] ?? null, out)) return null;
	const digits = out.toBase32();
	if (digits.length > V2_MAX_DIGITS) return null;
	const [damage, bound] = checks(digits, binding);
	return charsOf(digits.length, V2_HEADER_CHARS) + charsOf((damage << 15) | bound, V2_CHECK_CHARS) + digits;
}

export type V2Read =
	{ ok: true; result: ResultV2 } | { ok: false; reason: 'damaged' | 'wrong-assignment'; detail: string };

/**
 * Reads the characters after the prefix (header, checks and digits, separators already removed, complete as
 * the header says). Never throws.
 */
export function decodeResultV2(chars: string, binding: ResultV2Binding): V2Read {
	const digits = chars.slice(V2_HEADER_CHARS + V2_CHECK_CHARS);
	const given = [...chars.slice(V2_HEADER_CHARS, V2_HEADER_CHARS + V2_CHECK_CHARS)].reduce(
		(value, char) => value * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(normalise(char)),
		0
	);
	const [damage, bound] = checks(digits.toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0'), binding);
	if (Math.floor(given / 2 ** 15) !== damage) return { ok: false, reason: 'damaged', detail: 'bad checksum' };
	if ((given & CHECK_MASK) !== bound)
		return {
			ok: false,
			reason: 'wrong-assignment',
			detail: 'bound to another assignment or other questions'
		};

	const input = new DigitReader(digits);
	const student = readText(input, MAX_STUDENT_CHARS);
	if (student === null || student.trim() === '') return { ok: false, reason: 'damaged', detail: 'no name' };
	const finishedAt = binding.createdAt + input.nextSigned() * MINUTE;
	const startedAt = finishedAt - input.nextCount() * 1000;
	const answers: (QuizAnswer | null)[] = [];
	for (const question of binding.questions) {
		const answer = readAnswer(question, input);
		if (answer === undefined) return { ok: false, reason: 'damaged', detail: 'an answer no question takes' };
		answers.push(answer);
	}
	if (!input.finished()) return { ok: false, reason: 'damaged', detail: 'digits left over' };
	return { ok: true, result: { student, startedAt, finishedAt, answers } };
}

/** Crockford's forgiving reading: lower case, I and L as 1, O as 0. */
function normalise(char: string): string {
	const upper = char.toUpperCase();
	return upper === 'I' || upper === 'L' ? '1' : upper === 'O' ? '0' : upper;
}
