/**
 * A quiz answer as a few digits, read against the question the teacher's app regenerates from the assignment:
 * which option, which order, which spot. The question supplies everything else, so most answers cost a few bits.
 *
 *   choice   option + 1 (0: no answer), base options + 1
 *   truth    0 none, 1 false, 2 true
 *   typed    0 none, 1 right (read back as the usual spelling), 2 other: the text follows (at most 30 characters)
 *   timeline 0 none, else 1 + the order's rank among all orders of the items (a Lehmer code)
 *   map      0 none, 1 near: offsets from the place on the 0.01° grid (±5°), 2 far: the spot itself
 *   matching 0 none, 1 answered: then per row, 0 blank or 1 + the chosen label
 *
 * `writeAnswer` returns false for an answer it cannot carry exactly (the caller then uses a code that carries
 * scores instead); `readAnswer` returns undefined for digits no answer would give.
 */
import { matchAnswer } from '../answer';
import { POINT_STEPS, type Question, type QuizAnswer } from '../quiz';
import { readText, writeText } from './compact-text';
import type { DigitReader, DigitWriter } from './digits';

/** A wrong typed answer rides along up to this length (the teacher sees what was typed). */
export const MAX_TYPED_CHARS = 30;
/** Map offsets, in grid steps either way: 5°, beyond anything a map question scores. */
const NEAR_STEPS = 5 * POINT_STEPS;
const NEAR_BASE = 2 * NEAR_STEPS + 1;
const LAT_BASE = 180 * POINT_STEPS + 1;
const LON_BASE = 360 * POINT_STEPS + 1;

function factorial(n: number): number {
	let product = 1;
	for (let i = 2; i <= n; i++) product *= i;
	return product;
}

/** The rank of `order` among the orders of `items` (0 … n! − 1), or -1 when it is not one of them. */
function lehmerRank(order: readonly string[], items: readonly string[]): number {
	if (order.length !== items.length || new Set(order).size !== order.length) return -1;
	const left = [...items];
	let rank = 0;
	for (let i = 0; i < order.length; i++) {
		const at = left.indexOf(order[i]!);
		if (at < 0) return -1;
		rank += at * factorial(left.length - 1);
		left.splice(at, 1);
	}
	return rank;
}

function lehmerOrder(rank: number, items: readonly string[]): string[] {
	const left = [...items];
	const order: string[] = [];
	for (let rest = rank; left.length > 0;) {
		const size = factorial(left.length - 1);
		order.push(left.splice(Math.floor(rest / size), 1)[0]!);
		rest %= size;
	}
	return order;
}

const grid = (degrees: number) => Math.round(degrees * POINT_STEPS);
const onGrid = (degrees: number) => Number.isFinite(degrees) && grid(degrees) / POINT_STEPS === degrees;

/** Appends the digits of `answer` to `question`; false when this answer cannot be carried exactly. */
export function writeAnswer(question: Question, answer: QuizAnswer | null, out: DigitWriter): boolean {
	switch (question.mode) {
		case 'multiple-choice':
		case 'map-identify': {
			const count = question.options.length;
			if (answer === null) return (void out.push(0, count + 1), true);
			if (answer.kind !== 'choice' || !Number.isInteger(answer.index)) return false;
			if (answer.index < 0 || answer.index >= count) return false;
			out.push(answer.index + 1, count + 1);
			return true;
		}
		case 'true-false':
			if (answer === null) return (void out.push(0, 3), true);
			if (answer.kind !== 'truth') return false;
			out.push(answer.value ? 2 : 1, 3);
			return true;
		case 'typed': {
			if (answer === null) return (void out.push(0, 3), true);
			if (answer.kind !== 'text') return false;
			const match = matchAnswer(answer.text, question.accepted, { competitors: question.competitors });
			if (match.correct) return (void out.push(1, 3), true);
			if (answer.text.length > MAX_TYPED_CHARS) return false;
			out.push(2, 3);
			writeText(answer.text, out);
			return true;
		}
		case 'timeline': {
			const base = factorial(question.items.length) + 1;
			if (answer === null) return (void out.push(0, base), true);
			if (answer.kind !== 'order') return false;
			const rank = lehmerRank(
				answer.ids,
				question.items.map((item) => item.id)
			);
			if (rank < 0) return false;
			out.push(rank + 1, base);
			return true;
		}
		case 'map': {
			if (answer === null) return (void out.push(0, 3), true);
			if (answer.kind !== 'point' || !onGrid(answer.lat) || !onGrid(answer.lon)) return false;
			if (Math.abs(answer.lat) > 90 || Math.abs(answer.lon) > 180) return false;
			const dLat = grid(answer.lat) - grid(question.target.lat);
			const dLon = grid(answer.lon) - grid(question.target.lon);
			if (Math.abs(dLat) <= NEAR_STEPS && Math.abs(dLon) <= NEAR_STEPS) {
				out
					.push(1, 3)
					.push(dLat + NEAR_STEPS, NEAR_BASE)
					.push(dLon + NEAR_STEPS, NEAR_BASE);
			} else {
				out.push(2, 3).push(grid(answer.lat) + 90 * POINT_STEPS, LAT_BASE);
				out.push(grid(answer.lon) + 180 * POINT_STEPS, LON_BASE);
			}
			return true;
		}
		case 'matching': {
			if (answer === null) return (void out.push(0, 2), true);
			if (answer.kind !== 'pairs') return false;
			const known = new Set(question.left.map((row) => row.id));
			if (Object.entries(answer.pairs).some(([id, label]) => !known.has(id) && label !== '')) return false;
			const digits: number[] = [];
			for (const row of question.left) {
				const label = answer.pairs[row.id] ?? '';
				const at = label === '' ? -1 : question.right.indexOf(label);
				if (label !== '' && at < 0) return false;
				digits.push(at + 1);
			}
			out.push(1, 2);
			for (const digit of digits) out.push(digit, question.right.length + 1);
			return true;
		}
	}
}

/** The answer the digits stand for, null for no answer, undefined for digits no answer would give. */
export function readAnswer(question: Question, input: DigitReader): QuizAnswer | null | undefined {
	switch (question.mode) {
		case 'multiple-choice':
		case 'map-identify': {
			const digit = input.next(question.options.length + 1);
			return digit === 0 ? null : { kind: 'choice', index: digit - 1 };
		}
		case 'true-false': {
			const digit = input.next(3);
			return digit === 0 ? null : { kind: 'truth', value: digit === 2 };
		}
		case 'typed': {
			const digit = input.next(3);
			if (digit === 0) return null;
			if (digit === 1) return { kind: 'text', text: question.accepted[0] ?? question.answerText };
			const text = readText(input, MAX_TYPED_CHARS);
			return text === null ? undefined : { kind: 'text', text };
		}
		case 'timeline': {
			const digit = input.next(factorial(question.items.length) + 1);
			if (digit === 0) return null;
			const ids = question.items.map((item) => item.id);
			return { kind: 'order', ids: lehmerOrder(digit - 1, ids) };
		}
		case 'map': {
			const digit = input.next(3);
			if (digit === 0) return null;
			let lat: number;
			let lon: number;
			if (digit === 1) {
				lat = grid(question.target.lat) + input.next(NEAR_BASE) - NEAR_STEPS;
				lon = grid(question.target.lon) + input.next(NEAR_BASE) - NEAR_STEPS;
			} else {
				lat = input.next(LAT_BASE) - 90 * POINT_STEPS;
				lon = input.next(LON_BASE) - 180 * POINT_STEPS;
			}
			if (Math.abs(lat) > 90 * POINT_STEPS || Math.abs(lon) > 180 * POINT_STEPS) return undefined;
			return { kind: 'point', lat: lat / POINT_STEPS, lon: lon / POINT_STEPS };
		}
		case 'matching': {
			if (input.next(2) === 0) return null;
			const pairs: Record<string, string> = {};
			for (const row of question.left) {
				const digit = input.next(question.right.length + 1);
				pairs[row.id] = digit === 0 ? '' : question.right[digit - 1]!;
			}
			return { kind: 'pairs', pairs };
		}
	}
}
