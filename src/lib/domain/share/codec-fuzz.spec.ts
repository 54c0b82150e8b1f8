/**
 * Fuzzing the decoders (links, result codes of both formats) with seeded random and mutated input: every outcome
 * must be a schema-valid value or a typed refusal, never an exception, and a single altered character must
 * never yield a different value.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { QUIZ_MODES } from '../quiz/types';
import { ENTITY_KINDS } from '../pack';
import { assignmentIssues, decodeAssignment, encodeAssignment, type AssignmentSet } from './assignment-codec';
import { encodeBase64url } from './base64url';
import { crc32, writeUint32 } from './crc32';
import { LINK_DICTIONARY } from './link-dictionary';
import { scoreAnswer, type Question } from '../quiz';
import {
	creditOf,
	decodeResult,
	encodeResult,
	makeResultCode,
	resultIssues,
	splitResultCodes,
	type QuizResult,
	type ResultV2Binding
} from './result-codec';
import type { ShareError, ShareErrorKind } from './share-error';
import { randomAnswer, realQuiz, seededRandom, XSS_STRINGS } from './test-fixtures';

const KINDS: ShareErrorKind[] = [
	'empty',
	'not-sourcedeck',
	'too-large',
	'future-version',
	'damaged',
	'invalid',
	'wrong-assignment'
];
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

type Random = () => number;

/** About 2 s each on an idle machine; generous so a busy CI box does not fail them. */
const FUZZ_TIMEOUT_MS = 60_000;

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function pick(random: Random, items: string): string;
function pick<T>(random: Random, items: readonly T[]): T;
function pick<T>(random: Random, items: readonly T[] | string): T | string {
	return items[Math.floor(random() * items.length)]!;
}
const chance = (random: Random, p: number) => random() < p;

/** Text from every script a class might use, plus markup, control characters and the odd lone surrogate. */
const PIECES = [
	...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?\'"`<>&=+-@#%/\\()[]{}|~^$*_',
	'\n',
	'\t',
	'\r\n',
	'\u0000',
	'\u202e',
	'é',
	'ß',
	'الموصل',
	'الرقة',
	'摩苏尔',
	'Дейр',
	'😀',
	'👩🏽‍🏫',
	'\ud800',
	'\udfff',
	...XSS_STRINGS
];

function text(random: Random, maxLength: number, minLength = 0): string {
	const target = int(random, minLength, chance(random, 0.7) ? Math.min(maxLength, 60) : maxLength);
	let out = '';
	while (out.length < target) out += pick(random, PIECES);
	return out.slice(0, Math.max(target, minLength));
}

const nonBlank = (random: Random, max: number) => {
	const value = text(random, max - 1);
	return value.trim() ? value : `${value.slice(0, max - 1)}x`;
};

const token = (random: Random, alphabet: string, min: number, max: number) =>
	Array.from({ length: int(random, min, max) }, () => pick(random, alphabet)).join('');

const subset = <T>(random: Random, items: readonly T[], min = 0) => {
	const chosen = items.filter(() => chance(random, 0.5));
	return chosen.length >= min ? chosen : items.slice(0, min);
};

function randomAssignment(random: Random): AssignmentSet {
	const selection: AssignmentSet['spec']['selection'] = {};
	if (chance(random, 0.5)) selection.kinds = subset(random, ENTITY_KINDS);
	if (chance(random, 0.4))
		selection.sources = Array.from({ length: int(random, 0, 5) }, () => text(random, 64, 1));
	if (chance(random, 0.4))
		selection.cardIds = Array.from({ length: int(random, 0, 40) }, () =>
			chance(random, 0.8) ? `${token(random, 'abcdefghij-', 3, 30)}:event-date` : text(random, 40, 1)
		);
	const set: AssignmentSet = {
		v: 1,
		id: token(random, BASE64URL, 4, 32),
		title: nonBlank(random, 120),
		instructions: text(random, 1000),
		spec: {
			selection,
			count: int(random, 1, 200),
			modes: subset(random, QUIZ_MODES, 1),
			seed: text(random, 64, 1)
		},
		showAnswers: chance(random, 0.5),
		createdAt: int(random, 0, 4_000_000_000_000)
	};
	if (chance(random, 0.5)) set.teacherNote = text(random, 500);
	if (chance(random, 0.5)) set.packVersion = token(random, BASE64URL, 1, 64);
	if (chance(random, 0.5)) set.dueAt = int(random, 0, 4_000_000_000_000);
	if (chance(random, 0.3)) set.timeLimitSec = int(random, 1, 86_400);
	if (chance(random, 0.3)) set.spec.timeLimitSec = int(random, 1, 86_400);
	return set;
}

function randomResult(random: Random): QuizResult {
	const answers = Array.from({ length: int(random, 1, chance(random, 0.9) ? 40 : 200) }, () => {
		const roll = random();
		// Partial credit strictly between 0 and 1: the codec reads 0 and 1 back as false and true.
		const correct = roll < 0.45 ? true : roll < 0.9 ? false : int(random, 1, 999) / 1000;
		return chance(random, 0.2) ? { correct, given: text(random, 80) } : { correct };
	});
	const maxScore = answers.length;
	const startedAt = int(random, 0, 4_000_000_000_000);
	return {
		v: 1,
		assignmentId: token(random, BASE64URL, 4, 32),
		student: nonBlank(random, 80),
		startedAt,
		finishedAt: startedAt + int(random, 0, 10_000_000),
		answers,
		score: Math.round(random() * maxScore * 100) / 100,
		maxScore
	};
}

/** One random edit of `code`: the kinds of damage copying, typing and chat apps do. */
function mutate(random: Random, code: string, alphabet: string): string {
	const at = int(random, 0, Math.max(0, code.length - 1));
	switch (int(random, 0, 8)) {
		case 0:
			return code.slice(0, at) + pick(random, alphabet) + code.slice(at + 1);
		case 1:
			return code.slice(0, at) + code.slice(at + 1);
		case 2:
			return code.slice(0, at) + pick(random, PIECES) + code.slice(at);
		case 3:
			return code.slice(0, int(random, 0, code.length));
		case 4:
			return code.slice(0, at) + (code[at + 1] ?? '') + (code[at] ?? '') + code.slice(at + 2);
		case 5: {
			const length = int(random, 1, 20);
			return code.slice(0, at + length) + code.slice(at, at + length) + code.slice(at + length);
		}
		case 6:
			return code + token(random, alphabet, 1, 10);
		case 7:
			return code.replace(/\d/, String(int(random, 0, 9)));
		default:
			return [...code].map((char) => (chance(random, 0.05) ? pick(random, alphabet) : char)).join('');
	}
}

/** A refusal must be one of the typed kinds, with a message, and never the "should not happen" guard. */
function expectTypedRefusal(error: ShareError) {
	expect(KINDS).toContain(error.kind);
	expect(error.message.length).toBeGreaterThan(10);
	expect(error.detail).not.toBe('unexpected failure');
}

function sealLink(value: unknown): string {
	const body = deflateSync(new TextEncoder().encode(JSON.stringify(value)), { dictionary: LINK_DICTIONARY });
	const bytes = new Uint8Array(4 + body.length);
	writeUint32(bytes, 0, crc32(body, crc32(new TextEncoder().encode('a1.'))));
	bytes.set(body, 4);
	return `a1.${encodeBase64url(bytes)}`;
}

function randomJson(random: Random, depth = 0): unknown {
	const roll = int(random, 0, depth > 2 ? 5 : 7);
	if (roll === 0) return null;
	if (roll === 1) return chance(random, 0.5);
	if (roll === 2) return pick(random, [0, 1, -1, 0.5, 1e300, 30, 1_730_000_000_000, -0, 2 ** 53]);
	if (roll <= 5) return text(random, 130);
	if (roll === 6) return Array.from({ length: int(random, 0, 11) }, () => randomJson(random, depth + 1));
	return Object.fromEntries(
		Array.from({ length: int(random, 0, 4) }, () => [text(random, 8), randomJson(random, depth + 1)])
	);
}

describe('assignment link fuzz', () => {
	it(
		'decodes 12,500 random, mutated and forged links to a valid set or a typed refusal',
		() => {
			const random = seededRandom(20_240_601);
			const counts = { roundTrips: 0, mutated: 0, accepted: 0, refused: 0, flipsCaught: 0, forged: 0 };
			for (let i = 0; i < 2_500; i++) {
				const set = randomAssignment(random);
				const encoded = encodeAssignment(set);
				const link = chance(random, 0.5) ? `https://sd.example/assign/take#${encoded}` : encoded;
				expect(decodeAssignment(link)).toEqual({ ok: true, set });
				counts.roundTrips++;

				// A single character changed inside the payload: caught by the checksum or harmless.
				const at = int(random, 3, encoded.length - 1);
				const replacement = pick(random, BASE64URL.replace(encoded[at]!, ''));
				const flipped = decodeAssignment(encoded.slice(0, at) + replacement + encoded.slice(at + 1));
				if (flipped.ok) expect(flipped.set).toEqual(set);
				else {
					expectTypedRefusal(flipped.error);
					counts.flipsCaught++;
				}

				// Two arbitrary mutations of the pasted text.
				for (let m = 0; m < 2; m++) {
					const decoded = decodeAssignment(mutate(random, link, BASE64URL));
					counts.mutated++;
					if (decoded.ok) {
						// Only harmless edits get through (a line break, text after the link): same set.
						expect(decoded.set).toEqual(set);
						counts.accepted++;
					} else {
						expectTypedRefusal(decoded.error);
						counts.refused++;
					}
				}
			}
			// Forged links: a correct checksum around random JSON must still meet the schema.
			for (let i = 0; i < 1_250; i++) {
				const decoded = decodeAssignment(sealLink(randomJson(random)));
				counts.forged++;
				if (decoded.ok) expect(assignmentIssues(decoded.set)).toEqual([]);
				else expectTypedRefusal(decoded.error);
			}
			// Pure noise, including noise wearing the right prefix.
			let noise = 0;
			for (let i = 0; i < 1_250; i++) {
				const input = chance(random, 0.5)
					? `a1.${token(random, BASE64URL, 0, 400)}`
					: text(random, chance(random, 0.05) ? 9_000 : 300);
				const decoded = decodeAssignment(input);
				noise++;
				if (decoded.ok) expect(assignmentIssues(decoded.set)).toEqual([]);
				else expectTypedRefusal(decoded.error);
			}
			const total = counts.roundTrips + 2_500 + counts.mutated + counts.forged + noise;
			expect(total).toBe(12_500);
			// Nearly every single-character flip is caught; the rest only touch unused padding bits.
			expect(counts.flipsCaught).toBeGreaterThan(2_450);
			expect(counts.refused).toBeGreaterThan(counts.mutated * 0.9);
		},
		FUZZ_TIMEOUT_MS
	);
});

/** Round trips, wrong assignments, reformatted copies, flips and pasted mutations: five decodes per round. */
const RESULT_ROUNDS = 2_000;
/** Noise and noise wearing the code's prefix. */
const RESULT_NOISE = 2_500;

describe('result code fuzz', () => {
	it(
		'decodes 12,500 random, mutated and mis-addressed codes to a valid result or a typed refusal',
		() => {
			const random = seededRandom(6);
			let flipsCaught = 0;
			let refused = 0;
			let mutated = 0;
			let decodes = 0;
			for (let i = 0; i < RESULT_ROUNDS; i++) {
				const result = randomResult(random);
				const code = encodeResult(result);
				const back = decodeResult(code, result.assignmentId);
				decodes++;
				// Typed answers are dropped only past the QR limit, which these random results stay under.
				expect(back).toEqual({ ok: true, result });

				const wrong = decodeResult(code, `${result.assignmentId}x`);
				decodes++;
				expect(wrong.ok === false && wrong.error.kind).toBe('wrong-assignment');

				const spaced = code.replace(/-/g, () => pick(random, [' ', '\n', '', '-', '\r\n']));
				expect(decodeResult(spaced.toLowerCase(), result.assignmentId)).toEqual({ ok: true, result });
				decodes++;

				let at = int(random, 5, code.length - 1);
				while (code[at] === '-') at--;
				const flipped = decodeResult(
					code.slice(0, at) + pick(random, BASE32.replace(code[at]!, '')) + code.slice(at + 1),
					result.assignmentId
				);
				decodes++;
				if (flipped.ok) expect(flipped.result).toEqual(result);
				else {
					expectTypedRefusal(flipped.error);
					flipsCaught++;
				}

				const blob = `${text(random, 40)} ${mutate(random, code, BASE32)} ${text(random, 40)}`;
				for (const found of splitResultCodes(blob)) expect(typeof found).toBe('string');
				const decoded = decodeResult(blob, result.assignmentId);
				decodes++;
				mutated++;
				// Only harmless edits get through (a removed hyphen, extra text after the code): same result.
				if (decoded.ok) expect(decoded.result).toEqual(result);
				else {
					expectTypedRefusal(decoded.error);
					refused++;
				}
			}
			const noise = { prefixed: 0, accepted: 0, refused: 0 };
			for (let i = 0; i < RESULT_NOISE; i++) {
				const prefixed = chance(random, 0.5);
				const input = prefixed ? `SDR1-${token(random, BASE32, 0, 300)}` : text(random, 300);
				const decoded = decodeResult(input, 'k3J9xQ2pLm');
				decodes++;
				if (prefixed) noise.prefixed++;
				if (decoded.ok) {
					expect(resultIssues(decoded.result)).toEqual([]);
					noise.accepted++;
				} else {
					expectTypedRefusal(decoded.error);
					noise.refused++;
				}
			}
			expect(decodes).toBe(RESULT_ROUNDS * 5 + RESULT_NOISE);
			expect(decodes).toBe(12_500);
			// Every noise case ran and was judged; both kinds of noise were drawn.
			expect(noise.accepted + noise.refused).toBe(RESULT_NOISE);
			expect(noise.prefixed).toBeGreaterThan(RESULT_NOISE * 0.4);
			expect(noise.prefixed).toBeLessThan(RESULT_NOISE * 0.6);
			// Noise never carries the right checksum for this assignment.
			expect(noise.refused).toBe(RESULT_NOISE);
			expect(flipsCaught).toBeGreaterThan(RESULT_ROUNDS * 0.98);
			expect(refused).toBeGreaterThan(mutated * 0.7);
		},
		FUZZ_TIMEOUT_MS
	);
});

describe('result code fuzz, format 2', () => {
	/** Quizzes of every size a class gets, over every kind of question or a few. */
	const quizzes: ResultV2Binding[] = Array.from({ length: 12 }, (_, i) => ({
		assignmentId: `fuzzAssignment${i}`,
		createdAt: 1_700_000_000_000 + i * 86_400_000,
		questions: realQuiz(
			`fuzz-${i}`,
			[1, 5, 10, 30, 50, 12][i % 6]!,
			i % 3 === 2 ? ['map', 'typed'] : undefined
		)
	}));

	/** A student's result on `quiz`, scored by the quiz; names from every script (and markup). */
	function randomTake(random: Random, quiz: ResultV2Binding) {
		const answers = quiz.questions.map((question: Question) => randomAnswer(question, random));
		const credits = quiz.questions.map((question, i) => scoreAnswer(question, answers[i] ?? null).score);
		const startedAt = quiz.createdAt + int(random, -86_400_000, 40 * 86_400_000);
		const result: QuizResult = {
			v: 1,
			assignmentId: quiz.assignmentId,
			student: chance(random, 0.5)
				? pick(random, ['Amira Haddad', 'McDonald', 'de la Cruz'])
				: nonBlank(random, 80),
			startedAt,
			finishedAt: startedAt + int(random, 0, 10_000_000),
			answers: credits.map((credit) => ({ correct: credit >= 1 ? true : credit <= 0 ? false : credit })),
			score: credits.reduce((sum, credit) => sum + credit, 0),
			maxScore: quiz.questions.length
		};
		return { answers, result };
	}

	const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

	it(
		'reads back every format-2 code it makes, and refuses or reads the same from random and mutated ones',
		() => {
			const random = seededRandom(11);
			const counts = { made: 0, fellBack: 0, flips: 0, flipsCaught: 0, mutated: 0, refused: 0, noise: 0 };
			for (let i = 0; i < 1_200; i++) {
				const quiz = pick(random, quizzes);
				const { answers, result } = randomTake(random, quiz);
				const code = makeResultCode({ result, answers, quiz });
				// Format 1 only for what format 2 cannot carry: a wrong typed answer over 30 characters, or a name
				// that is not well-formed text (a lone surrogate).
				const carriable =
					!LONE_SURROGATE.test(result.student) &&
					answers.every(
						(answer, q) =>
							answer?.kind !== 'text' ||
							answer.text.length <= 30 ||
							scoreAnswer(quiz.questions[q]!, answer).correct
					);
				expect(code.startsWith('SDR2-'), `format 2 when it can carry the result: ${code}`).toBe(carriable);
				if (!carriable) {
					counts.fellBack++;
					expect(decodeResult(code, quiz.assignmentId, quiz).ok).toBe(true);
					continue;
				}
				counts.made++;
				const back = decodeResult(code, quiz.assignmentId, quiz);
				if (!back.ok) throw new Error(`${code}: ${back.error.detail}`);
				expect(resultIssues(back.result)).toEqual([]);
				expect(back.result.answers.map(creditOf)).toEqual(result.answers.map(creditOf));
				expect(back.result.score).toBe(result.score);
				expect(back.result.student).toBe(result.student.trim());

				// As pasted, spaced, lower-cased and wrapped: the same result.
				const spaced = code.replace(/-/g, () => pick(random, [' ', '\n', '', '-', '\r\n']));
				expect(decodeResult(`${text(random, 30)} ${spaced.toLowerCase()}`, quiz.assignmentId, quiz)).toEqual(
					back
				);
				// Another assignment, or the same with other questions: refused.
				const other = pick(
					random,
					quizzes.filter((q) => q !== quiz)
				);
				const misaddressed = decodeResult(code, other.assignmentId, other);
				expect(misaddressed.ok === false && misaddressed.error.kind).toBe('wrong-assignment');

				let at = int(random, 5, code.length - 1);
				while (code[at] === '-') at--;
				const flipped = decodeResult(
					code.slice(0, at) + pick(random, BASE32.replace(code[at]!, '')) + code.slice(at + 1),
					quiz.assignmentId,
					quiz
				);
				counts.flips++;
				if (flipped.ok) expect(flipped.result).toEqual(back.result);
				else {
					expectTypedRefusal(flipped.error);
					counts.flipsCaught++;
				}

				const damaged = decodeResult(mutate(random, code, BASE32), quiz.assignmentId, quiz);
				counts.mutated++;
				if (damaged.ok) expect(damaged.result).toEqual(back.result);
				else {
					expectTypedRefusal(damaged.error);
					counts.refused++;
				}
			}
			// Noise wearing the format-2 prefix, of every length the header allows.
			for (let i = 0; i < 3_000; i++) {
				const quiz = pick(random, quizzes);
				const decoded = decodeResult(`SDR2-${token(random, BASE32, 0, 400)}`, quiz.assignmentId, quiz);
				counts.noise++;
				if (decoded.ok) expect(resultIssues(decoded.result)).toEqual([]);
				else expectTypedRefusal(decoded.error);
			}
			expect(counts.made).toBeGreaterThan(600);
			expect(counts.flipsCaught).toBe(counts.flips);
			expect(counts.refused).toBeGreaterThan(counts.mutated * 0.7);
		},
		FUZZ_TIMEOUT_MS
	);
});
