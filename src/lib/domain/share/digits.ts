/**
 * A mixed-radix number: a sequence of digits, each with its own base (an answer among 5 options is one digit of
 * base 5), packed into one big integer and written in Crockford base32. Nothing is wasted to byte or bit
 * boundaries, which keeps a result code short enough to read out. The reader takes the digits back in the same
 * order, each base chosen by what was read before it (a name's letters until its end mark, a text after "other").
 */
import { base32Digit, base32Value } from './base32';

const THIRTY_TWO = 32n;

export class DigitWriter {
	readonly #digits: { value: number; base: number }[] = [];

	/** Appends `value` (0 ≤ value < base). */
	push(value: number, base: number): this {
		if (!Number.isSafeInteger(base) || base < 1 || !Number.isInteger(value) || value < 0 || value >= base)
			throw new RangeError(`digit ${value} does not fit base ${base}`);
		this.#digits.push({ value, base });
		return this;
	}

	/** A whole number ≥ 0: how many base-32 digits it has (base 8, so up to 7: 35 bits), then the digits. */
	pushCount(value: number): this {
		if (!Number.isSafeInteger(value) || value < 0 || value >= 32 ** 7)
			throw new RangeError(`${value} is not a count`);
		const digits: number[] = [];
		for (let rest = value; rest > 0; rest = Math.floor(rest / 32)) digits.push(rest % 32);
		this.push(digits.length, 8);
		for (const digit of digits) this.push(digit, 32);
		return this;
	}

	/** A whole number of either sign (zigzag: 0, -1, 1, -2 … as 0, 1, 2, 3 …). */
	pushSigned(value: number): this {
		return this.pushCount(value < 0 ? -2 * value - 1 : 2 * value);
	}

	/** The digits as one number, in base32 (the first digit pushed is the least significant). */
	toBase32(): string {
		let number = 0n;
		for (let i = this.#digits.length - 1; i >= 0; i--) {
			const { value, base } = this.#digits[i]!;
			number = number * BigInt(base) + BigInt(value);
		}
		let out = '';
		for (; number > 0n; number /= THIRTY_TWO) out = base32Digit(Number(number % THIRTY_TWO)) + out;
		return out || '0';
	}
}

/** Reads what a `DigitWriter` wrote. Never throws: a bad text reads as all zeros and `finished()` is false. */
export class DigitReader {
	#number: bigint;
	/** The text held something other than base32 characters. */
	readonly malformed: boolean;

	constructor(base32: string) {
		let number = 0n;
		let malformed = base32.length === 0;
		for (const char of base32) {
			const value = base32Value(char);
			if (value < 0) malformed = true;
			number = number * THIRTY_TWO + BigInt(Math.max(0, value));
		}
		this.#number = malformed ? 0n : number;
		this.malformed = malformed;
	}

	next(base: number): number {
		const big = BigInt(base);
		const value = Number(this.#number % big);
		this.#number /= big;
		return value;
	}

	nextCount(): number {
		const length = this.next(8);
		let value = 0;
		for (let i = 0, scale = 1; i < length; i++, scale *= 32) value += this.next(32) * scale;
		return value;
	}

	nextSigned(): number {
		const zigzag = this.nextCount();
		return zigzag % 2 === 1 ? -(zigzag + 1) / 2 : zigzag / 2;
	}

	/** Every digit was read and nothing is left over (a damaged code usually leaves some). */
	finished(): boolean {
		return !this.malformed && this.#number === 0n;
	}
}
