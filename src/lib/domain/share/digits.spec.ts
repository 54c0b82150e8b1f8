import { describe, expect, it } from 'vitest';
import { DigitReader, DigitWriter } from './digits';

describe('mixed-radix digits', () => {
	it('reads back digits of any base, counts and signed numbers, in order', () => {
		const out = new DigitWriter().push(4, 5).push(0, 3).pushCount(0).pushCount(1_234_567).pushSigned(-42);
		out.push(1, 2).push(719, 721);
		const input = new DigitReader(out.toBase32());
		expect([input.next(5), input.next(3), input.nextCount(), input.nextCount(), input.nextSigned()]).toEqual([
			4, 0, 0, 1_234_567, -42
		]);
		expect([input.next(2), input.next(721)]).toEqual([1, 719]);
		expect(input.finished()).toBe(true);
	});

	it('wastes nothing to bit boundaries: ten answers among five options fit in five characters', () => {
		const out = new DigitWriter();
		for (let i = 0; i < 10; i++) out.push(4, 5);
		// 5^10 − 1 < 32^5.
		expect(out.toBase32()).toHaveLength(5);
	});

	it('notices digits left over, and text that is not base32', () => {
		const input = new DigitReader(new DigitWriter().push(3, 4).push(1, 2).toBase32());
		input.next(4);
		expect(input.finished()).toBe(false);
		expect(new DigitReader('AB!').finished()).toBe(false);
		expect(new DigitReader('').malformed).toBe(true);
	});

	it('refuses a digit that does not fit its base', () => {
		expect(() => new DigitWriter().push(5, 5)).toThrow(RangeError);
		expect(() => new DigitWriter().pushCount(-1)).toThrow(RangeError);
	});
});
