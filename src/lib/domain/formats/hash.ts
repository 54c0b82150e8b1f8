/**
 * Stable identifiers for exported and imported things: the same input gives the same id on every device, so a
 * re-export updates what an earlier one created (Anki matches notes by GUID) and an import gets a content id.
 * A 64-bit hash from two 32-bit lanes (cyrb53's mixing, extended to 64 bits) over UTF-16 code units: 32-bit
 * integer maths only, so it is fast and the same in every engine, with no crypto API (async, and absent on plain
 * http). 64 bits put a collision between the notes of one deck out of reach.
 */

function lanes(text: string): [number, number] {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return [h2 >>> 0, h1 >>> 0];
}

/** The 64-bit hash of a text. */
export function hash64(text: string): bigint {
	const [high, low] = lanes(text);
	return (BigInt(high) << 32n) | BigInt(low);
}

/** Lower-case hex of the 64-bit hash, cut to `length` digits (at most 16). */
export function hashHex(text: string, length = 16): string {
	const [high, low] = lanes(text);
	return (high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0')).slice(0, length);
}

/** Anki's own GUID alphabet (base 91 without quotes, backslash or spaces): its GUIDs look like ours. */
const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** A note GUID in Anki's style (up to 10 base-91 characters) derived from a stable key. */
export function ankiGuid(key: string): string {
	let value = hash64(key);
	let guid = '';
	do {
		guid = BASE91[Number(value % 91n)] + guid;
		value /= 91n;
	} while (value > 0n);
	return guid;
}

const ID_FLOOR = 2 ** 40;
const ID_SPAN = 2 ** 52 - 2 ** 40;

/**
 * A positive integer id for Anki's tables (note types, decks) from a stable key: above 2^40 so it never meets
 * the small ids Anki gives its defaults, below 2^53 so JavaScript holds it exactly.
 */
export function stableNumericId(key: string): number {
	const [high, low] = lanes(key);
	return ID_FLOOR + (((high & 0xfffff) * 2 ** 32 + low) % ID_SPAN);
}
