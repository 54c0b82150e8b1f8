import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { base32Digit, encodeBase32 } from './base32';
import { crc32, writeUint32 } from './crc32';
import {
	decodeResult,
	encodeResult,
	groupInFives,
	MAX_RESULT_CHARS,
	pastedLines,
	RESULT_QR_LIMIT,
	resultIssues,
	splitResultCodes,
	type QuizResult
} from './result-codec';
import { sampleAnswers, sampleResult, seededRandom, XSS_STRINGS } from './test-fixtures';

const ID = 'k3J9xQ2pLm';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Builds a code by the documented layout, so tests can reach the checks behind both checksums. */
function sealed(wire: unknown, assignmentId = ID): string {
	const body = deflateSync(utf8(JSON.stringify(wire)));
	const bytes = new Uint8Array(8 + body.length);
	writeUint32(bytes, 0, crc32(body, crc32(utf8('SDR1-'))));
	writeUint32(bytes, 4, crc32(body, crc32(utf8(assignmentId))));
	bytes.set(body, 8);
	const payload = encodeBase32(bytes);
	const header = [2, 1, 0].map((place) => base32Digit(payload.length >> (5 * place))).join('');
	return `SDR1-${header}${payload}`;
}

function refusal(text: unknown, assignmentId = ID) {
	const decoded = decodeResult(text, assignmentId);
	if (decoded.ok) throw new Error('expected a refusal');
	return decoded.error;
}

describe('result codes', () => {
	it('round-trip a result with misses, partial credit and given answers', () => {
		const result = sampleResult();
		expect(result.answers.some((answer) => answer.correct === 0.5)).toBe(true);
		const code = encodeResult(result);
		expect(code).toMatch(/^SDR1-[0-9A-Z]{1,5}(-[0-9A-Z]{1,6})*$/);
		expect(decodeResult(code, ID)).toEqual({ ok: true, result });
	});

	it('stay short: 30 answers with 8 typed misses in under 180 characters', () => {
		const code = encodeResult(sampleResult());
		// Measured 171, of which 28 are the reading hyphens; the code is copied by phone or read from a QR code.
		expect(code.length).toBeLessThan(180);
		expect(code.replace(/-/g, '').length).toBeLessThan(150);
		const fewMisses = encodeResult(sampleResult({ answers: sampleAnswers(30, 1000) }));
		expect(fewMisses.length).toBeLessThan(150);
	});

	it('read codes with spaces, line breaks, lower case, no hyphens, or surrounding chatter', () => {
		const result = sampleResult();
		const code = encodeResult(result);
		const payload = code.slice(5).replace(/-/g, '');
		const variants = [
			code.replace(/-/g, ' '),
			code.replace(/-/g, '\n'),
			code.toLowerCase(),
			`SDR1${payload}`,
			`SDR1-${payload.slice(0, 40)}\r\n${payload.slice(40)}`,
			`Here's mine, miss: ${code} — thanks!`,
			`${code}and more text right after`
		];
		for (const variant of variants) expect(decodeResult(variant, ID)).toEqual({ ok: true, result });
	});

	it('read O as 0 and I or L as 1, as people copy them', () => {
		const result = sampleResult();
		const code = encodeResult(result);
		const misread = code.slice(0, 5) + code.slice(5).replace(/0/g, 'O').replace(/1/g, 'l');
		expect(misread).not.toBe(code);
		expect(decodeResult(misread, ID)).toEqual({ ok: true, result });
	});

	it('carry script-like names and answers unchanged', () => {
		for (const evil of XSS_STRINGS) {
			const result = sampleResult({
				student: evil,
				answers: [{ correct: false, given: evil }, { correct: true }],
				score: 1,
				maxScore: 2
			});
			expect(decodeResult(encodeResult(result), ID)).toEqual({ ok: true, result });
		}
	});

	it('keep 0 and 1 credits as false and true, and other credits as numbers', () => {
		const result = sampleResult({
			answers: [{ correct: 0 }, { correct: 1 }, { correct: 0.25 }, { correct: 1 / 3 }],
			score: 1 + 0.25 + 1 / 3,
			maxScore: 4
		});
		const decoded = decodeResult(encodeResult(result), ID);
		expect(decoded.ok && decoded.result.answers.map((answer) => answer.correct)).toEqual([
			false,
			true,
			0.25,
			1 / 3
		]);
	});

	it('leave typed answers out, correct ones first, when the code would not fit a QR code', () => {
		const random = seededRandom(7);
		const randomText = (length: number) =>
			Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 5000))).join('');
		const withGiven = (count: number, length: number) =>
			Array.from({ length: count }, (_, i) => ({ correct: i % 2 === 0, given: randomText(length) }));

		// Everything fits: nothing is dropped.
		const small = sampleResult({ answers: withGiven(10, 30), score: 5, maxScore: 10 });
		expect(decodeResult(encodeResult(small), ID)).toEqual({ ok: true, result: small });

		// Too long with every typed answer, fine with the missed ones only.
		const medium = sampleResult({ answers: withGiven(60, 30), score: 30, maxScore: 60 });
		const mediumCode = encodeResult(medium);
		expect(mediumCode.length).toBeLessThanOrEqual(RESULT_QR_LIMIT);
		const mediumBack = decodeResult(mediumCode, ID);
		expect(mediumBack.ok && mediumBack.result.answers).toEqual(
			medium.answers.map((answer) => (answer.correct ? { correct: true } : answer))
		);

		// Too long even then: only right/wrong remains.
		const large = sampleResult({ answers: withGiven(120, 80), score: 60, maxScore: 120 });
		const largeBack = decodeResult(encodeResult(large), ID);
		expect(largeBack.ok && largeBack.result.answers).toEqual(
			large.answers.map((answer) => ({ correct: answer.correct }))
		);
		expect(largeBack.ok && largeBack.result.score).toBe(60);
	});

	it('never start a reading group with "SDR" and a digit, which would read as a new code', () => {
		const grouped = groupInFives('ABCDESDR12XYZWVSDR3Q');
		expect(grouped.replace(/-/g, '')).toBe('ABCDESDR12XYZWVSDR3Q');
		expect(grouped.split('-').every((group) => !/^SDR\d/.test(group))).toBe(true);
		expect(groupInFives('ABCDEFGHIJK')).toBe('ABCDE-FGHIJ-K');
	});

	it('refuse to encode a result that breaks the schema', () => {
		expect(resultIssues(sampleResult())).toEqual([]);
		expect(() => encodeResult(sampleResult({ student: ' ' }))).toThrow(TypeError);
		expect(() => encodeResult(sampleResult({ finishedAt: 1 }))).toThrow(/finished before it started/);
		expect(() => encodeResult(sampleResult({ score: 31 }))).toThrow(/score above/);
		expect(() => encodeResult(sampleResult({ answers: [{ correct: 1.5 }] }))).toThrow(TypeError);
	});
});

describe('refused result codes', () => {
	const code = encodeResult(sampleResult());

	it('name a code for another assignment as such', () => {
		expect(refusal(code, 'otherAssignment')).toMatchObject({
			kind: 'wrong-assignment',
			message:
				'This result code is for another quiz set — add it in that set’s gradebook. If it is for this one, the student’s app made its questions from other versions of the packs.'
		});
	});

	it('say empty, not a code, or too large', () => {
		for (const empty of ['', ' \n ', null, undefined]) expect(refusal(empty).kind).toBe('empty');
		for (const other of ['hello', 'XSDR1-ABC', 'SDR-', 'SDRX-123', 7, {}])
			expect(refusal(other).kind).toBe('not-sourcedeck');
		expect(refusal(code + ' '.repeat(MAX_RESULT_CHARS)).kind).toBe('too-large');
	});

	it('ask for an update on a code from a newer format', () => {
		expect(refusal(code.replace('SDR1-', 'SDR3-'))).toMatchObject({ kind: 'future-version' });
		expect(refusal(code.replace('SDR1-', 'SDR9-')).message).toMatch(/newer version of Sourcedeck/);
	});

	it('call cut-off, altered or padded codes damaged', () => {
		expect(refusal(code.slice(0, -3))).toMatchObject({ kind: 'damaged', detail: 'truncated' });
		expect(refusal(code.slice(0, 9))).toMatchObject({ kind: 'damaged', detail: 'truncated' });
		expect(refusal('SDR1-')).toMatchObject({ kind: 'damaged', detail: 'truncated' });
		expect(refusal('SDR1-000')).toMatchObject({ kind: 'damaged', detail: 'truncated' });
		expect(refusal('SDR0-ABCDE').kind).toBe('damaged');
		const at = 30;
		const flipped = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
		expect(refusal(flipped)).toMatchObject({ kind: 'damaged', detail: 'bad checksum' });
		expect(refusal(flipped).message).toBe(
			'This result code is damaged or incomplete — ask the student to send it again.'
		);
		// An extra character shifts everything after it: the last real character falls off the end.
		expect(refusal(code.slice(0, 20) + 'Q' + code.slice(20)).kind).toBe('damaged');
	});

	it('call a well-sealed code that breaks the schema invalid', () => {
		const good = ['Amira', 1_730_000_000_000, 600_000, 1, 2, [1, [0, 'Ramadi']]];
		expect(decodeResult(sealed(good), ID).ok).toBe(true);
		const cases: unknown[] = [
			'just a string',
			['', ...good.slice(1)],
			['x'.repeat(81), ...good.slice(1)],
			[...good.slice(0, 2), -1, ...good.slice(3)],
			[...good.slice(0, 3), 3, 2, good[5]],
			[...good.slice(0, 5), []],
			[...good.slice(0, 5), [2]],
			[...good.slice(0, 5), [[0, 'x'.repeat(81)]]],
			[...good, 'extra']
		];
		for (const wire of cases) expect(refusal(sealed(wire)).kind).toBe('invalid');
	});

	it('call a decompression bomb too large', () => {
		const body = deflateSync(new Uint8Array(500_000).fill(0x31));
		const bytes = new Uint8Array(8 + body.length);
		writeUint32(bytes, 0, crc32(body, crc32(utf8('SDR1-'))));
		writeUint32(bytes, 4, crc32(body, crc32(utf8(ID))));
		bytes.set(body, 8);
		const payload = encodeBase32(bytes);
		const header = [2, 1, 0].map((place) => base32Digit(payload.length >> (5 * place))).join('');
		expect(refusal(`SDR1-${header}${payload}`)).toMatchObject({ kind: 'too-large' });
	});
});

describe('splitting pasted text into codes', () => {
	const results: QuizResult[] = ['Amira Haddad', 'Omar Said', 'Lina K.'].map((student, i) =>
		sampleResult({ student, finishedAt: 1_730_000_754_321 + i })
	);
	const codes = results.map(encodeResult);

	it('finds every code in a chat transcript, in order, each decodable', () => {
		const blob = [
			'[09:14] Amira: done!! ' + codes[0],
			'[09:15] Omar: here',
			codes[1]!.replace(/-/g, ' '),
			'sorry for the late one',
			`[09:20] Lina: ${codes[2]!.toLowerCase()}thanks`
		].join('\n');
		const found = splitResultCodes(blob);
		expect(found).toHaveLength(3);
		expect(found.map((text) => decodeResult(text, ID))).toEqual(
			results.map((result) => ({ ok: true, result }))
		);
	});

	it('finds codes pasted back to back and keeps a cut-off one separate so it can be reported', () => {
		const blob = `${codes[0]}${codes[1]}\n${codes[2]!.slice(0, 40)}\n${codes[0]}`;
		const found = splitResultCodes(blob);
		expect(found).toHaveLength(4);
		expect(found.map((text) => decodeResult(text, ID).ok)).toEqual([true, true, false, true]);
		expect(refusal(found[2]!)).toMatchObject({ kind: 'damaged', detail: 'truncated' });
	});

	it('keeps codes from newer formats so they can be explained, and ignores look-alikes inside words', () => {
		const found = splitResultCodes(`XSDR1-ABCDE ${codes[0]} SDR3-FUTURE-CODE next`);
		expect(found).toEqual([codes[0], 'SDR3-FUTURE-CODE']);
		expect(refusal(found[1]!).kind).toBe('future-version');
		expect(splitResultCodes('no codes here')).toEqual([]);
	});
});

describe('pastedLines', () => {
	const text =
		'Amira: SDR2-AAAA-BBBB\r\nBen – SDR2-CCCC-DDDD\nSDR2-EEEE\nCat said her code is SDR2-FFFF, sorry it was late';

	it('gives the line each code was pasted on and the name before it', () => {
		expect(pastedLines(text, ['SDR2-AAAA-BBBB', 'SDR2-CCCC-DDDD'])).toEqual([
			{ line: 'Amira: SDR2-AAAA-BBBB', label: 'Amira' },
			{ line: 'Ben – SDR2-CCCC-DDDD', label: 'Ben' }
		]);
		expect(pastedLines('Amira Haddad (9B): SDR2-X', ['SDR2-X'])[0]!.label).toBe('Amira Haddad (9B)');
	});

	it('gives no name for a code alone on its line, or after a sentence', () => {
		expect(pastedLines(text, ['SDR2-EEEE', 'SDR2-FFFF'])).toEqual([
			{ line: 'SDR2-EEEE', label: null },
			{ line: 'Cat said her code is SDR2-FFFF, sorry it was late', label: null }
		]);
	});

	it('finds each code after the one before: a code cut short is not taken for the whole one above it', () => {
		const pasted = 'SDR1-ABCDEFGH\nZed: SDR1-ABCD';
		expect(pastedLines(pasted, ['SDR1-ABCDEFGH', 'SDR1-ABCD'])).toEqual([
			{ line: 'SDR1-ABCDEFGH', label: null },
			{ line: 'Zed: SDR1-ABCD', label: 'Zed' }
		]);
	});

	it('gives the code alone when it runs over lines or is not in the text', () => {
		expect(pastedLines('Dan: SDR2-HH\nHH', ['SDR2-HH\nHH'])).toEqual([{ line: 'SDR2-HH\nHH', label: null }]);
		expect(pastedLines('hello', ['SDR2-X'])).toEqual([{ line: 'SDR2-X', label: null }]);
	});
});
