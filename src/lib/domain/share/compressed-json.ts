/** JSON ⇄ raw DEFLATE bytes, with a hard cap on the unpacked size so a crafted payload cannot balloon. */

import { deflateSync, inflateSync } from 'fflate';

/** No legitimate assignment or result comes near this once unpacked. */
export const MAX_UNPACKED_BYTES = 64 * 1024;

const utf8Encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
	return utf8Encoder.encode(text);
}

export function packJson(value: unknown, dictionary?: Uint8Array): Uint8Array {
	return deflateSync(utf8(JSON.stringify(value)), { level: 9, dictionary });
}

export type Unpacked =
	{ ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'damaged'; detail: string };

/** Never throws: a broken stream, bad UTF-8 or bad JSON all come back as 'damaged'. */
export function unpackJson(bytes: Uint8Array, dictionary?: Uint8Array): Unpacked {
	let text: string;
	try {
		// A fixed output buffer one byte over the cap: fflate stops growing it, so we see overflow without ever
		// allocating more.
		const out = inflateSync(bytes, { out: new Uint8Array(MAX_UNPACKED_BYTES + 1), dictionary });
		if (out.length > MAX_UNPACKED_BYTES)
			return { ok: false, reason: 'too-large', detail: 'unpacks too large' };
		text = new TextDecoder('utf-8', { fatal: true }).decode(out);
	} catch {
		return { ok: false, reason: 'damaged', detail: 'cannot decompress' };
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, reason: 'damaged', detail: 'not JSON' };
	}
}
