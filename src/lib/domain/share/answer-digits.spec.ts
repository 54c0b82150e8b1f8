import { describe, expect, it } from 'vitest';
import { QUIZ_MODES, type MapQuestion, type Question, type QuizAnswer } from '../quiz';
import { MAX_TYPED_CHARS, readAnswer, writeAnswer } from './answer-digits';
import { DigitReader, DigitWriter } from './digits';
import { randomAnswer, realQuiz, seededRandom } from './test-fixtures';

/** Writes one answer and reads it back against the same question, as a result code carries it. */
function carry(
	question: Question,
	answer: QuizAnswer | null
): { carried: boolean; back?: QuizAnswer | null; finished?: boolean } {
	const out = new DigitWriter();
	if (!writeAnswer(question, answer, out)) return { carried: false };
	const input = new DigitReader(out.toBase32());
	return { carried: true, back: readAnswer(question, input), finished: input.finished() };
}

/** Reads digits written by hand against `question`. */
function read(question: Question, write: (out: DigitWriter) => void) {
	const out = new DigitWriter();
	write(out);
	return readAnswer(question, new DigitReader(out.toBase32()));
}

const one = <M extends Question['mode']>(mode: M, seed = mode) =>
	realQuiz(`digits-${seed}`, 1, [mode])[0] as Question & { mode: M };

describe('answers as digits', () => {
	it('gives back the very answer a student gave, for every kind of question, and no answer as none', () => {
		const random = seededRandom(5);
		for (const mode of QUIZ_MODES) {
			for (const question of realQuiz(`digits-all-${mode}`, 6, [mode])) {
				expect(carry(question, null), mode).toEqual({ carried: true, back: null, finished: true });
				for (let i = 0; i < 20; i++) {
					const answer = randomAnswer(question, random);
					const typedRight =
						answer?.kind === 'text' && question.mode === 'typed' && question.accepted.includes(answer.text);
					const { carried, back, finished } = carry(question, answer);
					if (!carried) {
						// Only a wrong typed answer too long for a short code is left to the code that carries scores.
						expect(answer?.kind === 'text' && answer.text.length > MAX_TYPED_CHARS, mode).toBe(true);
						continue;
					}
					expect(finished, mode).toBe(true);
					// A right typed answer comes back as the usual spelling: the teacher's app scores it the same.
					if (typedRight && question.mode === 'typed')
						expect(back).toEqual({ kind: 'text', text: question.accepted[0] });
					else expect(back, `${mode} ${JSON.stringify(answer)}`).toEqual(answer);
				}
			}
		}
	});

	it('keeps a wrong typed answer of up to 30 characters as typed, in any script', () => {
		const question = one('typed');
		for (const text of ['Ramadi', 'الرقة', 'Zoë', 'x'.repeat(MAX_TYPED_CHARS)])
			expect(carry(question, { kind: 'text', text })).toMatchObject({ back: { kind: 'text', text } });
		expect(carry(question, { kind: 'text', text: 'x'.repeat(MAX_TYPED_CHARS + 1) }).carried).toBe(false);
	});

	it('writes a map answer near the place as offsets up to 5°, and one farther off as the spot itself', () => {
		const question = { ...one('map'), target: { lat: 36.34, lon: 43.13 } } satisfies MapQuestion;
		const digitsOf = (lat: number, lon: number) => {
			const out = new DigitWriter();
			writeAnswer(question, { kind: 'point', lat, lon }, out);
			return out.toBase32();
		};
		for (const [lat, lon] of [
			[41.34, 38.13],
			[31.34, 48.13],
			[41.35, 43.13],
			[-89.99, -179.99],
			[90, 180]
		] as const)
			expect(carry(question, { kind: 'point', lat, lon }).back).toEqual({ kind: 'point', lat, lon });
		// Exactly 5° off is still near, and costs fewer digits than a spot a hundredth of a degree farther.
		expect(digitsOf(41.34, 43.13).length).toBeLessThan(digitsOf(41.35, 43.13).length);
	});

	it('refuses answers it cannot carry exactly instead of carrying them wrong', () => {
		const choice = one('multiple-choice');
		expect(carry(choice, { kind: 'choice', index: choice.options.length }).carried).toBe(false);
		expect(carry(choice, { kind: 'choice', index: -1 }).carried).toBe(false);
		expect(carry(choice, { kind: 'choice', index: 0.5 }).carried).toBe(false);
		expect(carry(choice, { kind: 'truth', value: true }).carried).toBe(false);
		const map = one('map');
		expect(carry(map, { kind: 'point', lat: 36.345, lon: 43.13 }).carried).toBe(false);
		expect(carry(map, { kind: 'point', lat: 91, lon: 43.13 }).carried).toBe(false);
		const timeline = one('timeline');
		const ids = timeline.items.map((item) => item.id);
		expect(carry(timeline, { kind: 'order', ids: [ids[0]!, ...ids.slice(0, -1)] }).carried).toBe(false);
		expect(carry(timeline, { kind: 'order', ids: [...ids.slice(1), 'elsewhere'] }).carried).toBe(false);
		const matching = one('matching');
		const row = matching.left[0]!.id;
		expect(carry(matching, { kind: 'pairs', pairs: { [row]: 'not a label' } }).carried).toBe(false);
		expect(carry(matching, { kind: 'pairs', pairs: { elsewhere: matching.right[0]! } }).carried).toBe(false);
	});

	it('gives the first and the last order of a timeline back, and matching rows left blank as blank', () => {
		const timeline = one('timeline');
		const ids = timeline.items.map((item) => item.id);
		expect(carry(timeline, { kind: 'order', ids }).back).toEqual({ kind: 'order', ids });
		const reversed = [...ids].reverse();
		expect(carry(timeline, { kind: 'order', ids: reversed }).back).toEqual({ kind: 'order', ids: reversed });
		const matching = one('matching');
		const blank = Object.fromEntries(matching.left.map((row) => [row.id, '']));
		expect(carry(matching, { kind: 'pairs', pairs: {} }).back).toEqual({ kind: 'pairs', pairs: blank });
	});

	it('reads digits no answer would give as no answer at all (undefined), not as a wrong one', () => {
		// A map answer "near" a place at the pole, 5° farther north than the world goes.
		const polar = { ...one('map'), target: { lat: 89, lon: 0 } } satisfies MapQuestion;
		expect(read(polar, (out) => out.push(1, 3).push(1_000, 1_001).push(500, 1_001))).toBeUndefined();
		// A wrong typed answer of 10,000 bytes, longer than any the app writes.
		const typed = one('typed');
		expect(read(typed, (out) => out.push(2, 3).push(1, 2).pushCount(10_000))).toBeUndefined();
	});
});
