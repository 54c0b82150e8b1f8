/**
 * Stable identifiers for exported and imported things: the same input gives the same id on every device, so a
 * re-export updates what an earlier one created (Anki matches notes by GUID) and an import gets a content id.
 * FNV-1a over UTF-8 with 64-bit BigInt maths: no crypto API (it is async and absent on plain http), and a
 * collision between two notes of one deck is out of reach at 64 bits.
 */

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/** FNV-1a, 64 bits, of the text's UTF-8 bytes. */
export function hash64(text: string): bigint {
	let hash = FNV_OFFSET;
	for (const byte of encoder.encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * FNV_PRIME) & MASK_64;
	}
	return hash;
}

/** Lower-case hex of the 64-bit hash, cut to `length` digits (at most 16). */
export function hashHex(text: string, length = 16): string {
	return hash64(text).toString(16).padStart(16, '0').slice(0, length);
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

/**
 * A positive integer id for Anki's tables (notetypes, decks) from a stable key: above 2^40 so it never meets
 * the small ids Anki gives its defaults, below 2^53 so JavaScript holds it exactly.
 */
export function stableNumericId(key: string): number {
	return 2 ** 40 + Number(hash64(key) % BigInt(2 ** 52 - 2 ** 40));
}
