import { describe, expect, it } from 'vitest';
import { base32Value, decodeBase32, encodeBase32 } from './base32';

describe('Crockford base32', () => {
	it('round-trips every length and uses only digits and upper-case letters without I, L, O, U', () => {
		for (let length = 0; length < 40; length++) {
			const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length * 7) & 0xff);
			const encoded = encodeBase32(bytes);
			expect(encoded).toMatch(/^[0-9A-HJKMNP-TV-Z]*$/);
			expect(encoded.length).toBe(Math.ceil((length * 8) / 5));
			expect(decodeBase32(encoded)).toEqual(bytes);
		}
	});

	it('encodes known values', () => {
		expect(encodeBase32(new Uint8Array([0xff]))).toBe('ZW');
		expect(encodeBase32(new TextEncoder().encode('foobar'))).toBe('CSQPYRK1E8');
	});

	it('reads lower case, and I/L as 1 and O as 0, the way people copy codes', () => {
		const bytes = new TextEncoder().encode('foobar');
		expect(decodeBase32('csqpyrk1e8')).toEqual(bytes);
		expect(decodeBase32('CSQPYRKIE8')).toEqual(bytes);
		expect(decodeBase32('CSQPYRKle8')).toEqual(bytes);
		expect(base32Value('O')).toBe(0);
		expect(base32Value('o')).toBe(0);
	});

	it('refuses U, punctuation and impossible lengths', () => {
		expect(base32Value('U')).toBe(-1);
		expect(decodeBase32('CSQPYRKUE8')).toBeNull();
		expect(decodeBase32('CSQP-RK1E8')).toBeNull();
		expect(decodeBase32('C')).toBeNull();
		expect(decodeBase32('CSQ')).toBeNull();
	});
});
