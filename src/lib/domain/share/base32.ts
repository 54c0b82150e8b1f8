/**
 * Crockford base32: digits and upper-case letters without I, L, O, U. Case-insensitive, I/L read as 1 and
 * O as 0, so a code survives auto-capitalisation, reading aloud and hand copying; and it fits a QR code's dense
 * alphanumeric mode, unlike base64.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = (() => {
	const values = new Int8Array(128).fill(-1);
	for (let i = 0; i < ALPHABET.length; i++) {
		values[ALPHABET.charCodeAt(i)] = i;
		values[ALPHABET.toLowerCase().charCodeAt(i)] = i;
	}
	for (const [alias, digit] of [
		['I', 1],
		['i', 1],
		['L', 1],
		['l', 1],
		['O', 0],
		['o', 0]
	] as const)
		values[alias.charCodeAt(0)] = digit;
	return values;
})();

/** The value 0..31 of one base32 character, or -1. */
export function base32Value(char: string): number {
	const code = char.charCodeAt(0);
	return code < 128 ? VALUES[code]! : -1;
}

export function base32Digit(value: number): string {
	return ALPHABET[value & 31]!;
}

export function encodeBase32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			out += ALPHABET[(buffer >> bits) & 31];
		}
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}

/** The bytes, or null when a character is not base32 or the length is impossible. */
export function decodeBase32(text: string): Uint8Array | null {
	const remainder = text.length % 8;
	if (remainder === 1 || remainder === 3 || remainder === 6) return null;
	const out = new Uint8Array(Math.floor((text.length * 5) / 8));
	let buffer = 0;
	let bits = 0;
	let o = 0;
	for (let i = 0; i < text.length; i++) {
		const value = base32Value(text[i]!);
		if (value < 0) return null;
		buffer = ((buffer << 5) | value) & 0xffff;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (buffer >> bits) & 0xff;
		}
	}
	return out;
}
