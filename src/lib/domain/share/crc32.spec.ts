import { describe, expect, it } from 'vitest';
import { crc32, readUint32, writeUint32 } from './crc32';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
	it('matches the standard check values', () => {
		expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
		expect(crc32(ascii(''))).toBe(0);
		expect(crc32(ascii('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
	});

	it('chains: the CRC of two pieces equals the CRC of their concatenation', () => {
		expect(crc32(ascii('56789'), crc32(ascii('1234')))).toBe(0xcbf43926);
	});

	it('writes and reads 32-bit big-endian values, including ones with the top bit set', () => {
		const bytes = new Uint8Array(6);
		writeUint32(bytes, 1, 0xcbf43926);
		expect([...bytes]).toEqual([0, 0xcb, 0xf4, 0x39, 0x26, 0]);
		expect(readUint32(bytes, 1)).toBe(0xcbf43926);
	});
});
