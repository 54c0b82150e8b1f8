/** CRC-32 (IEEE 802.3, the zip/PNG one). fflate keeps its own private, so we carry a tiny table-driven copy. */

const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/**
 * CRC-32 of `bytes`. Pass a previous result as `previous` to checksum several pieces as if concatenated:
 * `crc32(b, crc32(a)) === crc32(a ++ b)`.
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
	let c = ~previous >>> 0;
	for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
	return ~c >>> 0;
}

/** Writes `value` as 4 big-endian bytes at `offset`. */
export function writeUint32(target: Uint8Array, offset: number, value: number): void {
	target[offset] = value >>> 24;
	target[offset + 1] = (value >>> 16) & 0xff;
	target[offset + 2] = (value >>> 8) & 0xff;
	target[offset + 3] = value & 0xff;
}

/** Reads 4 big-endian bytes at `offset` as an unsigned number. */
export function readUint32(source: Uint8Array, offset: number): number {
	return (
		((source[offset]! << 24) |
			(source[offset + 1]! << 16) |
			(source[offset + 2]! << 8) |
			source[offset + 3]!) >>>
		0
	);
}
