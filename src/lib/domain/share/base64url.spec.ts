import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('base64url', () => {
	it('encodes the RFC 4648 test vectors without padding', () => {
		const vectors: [string, string][] = [
			['', ''],
			['f', 'Zg'],
			['fo', 'Zm8'],
			['foo', 'Zm9v'],
			['foob', 'Zm9vYg'],
			['fooba', 'Zm9vYmE'],
			['foobar', 'Zm9vYmFy']
		];
		for (const [plain, encoded] of vectors) {
			expect(encodeBase64url(ascii(plain))).toBe(encoded);
			expect(decodeBase64url(encoded)).toEqual(ascii(plain));
		}
	});

	it('uses - and _ where standard base64 uses + and /, and agrees with Node on every length', () => {
		expect(encodeBase64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
		for (let length = 0; length < 70; length++) {
			const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 0xff);
			const encoded = encodeBase64url(bytes);
			expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
			expect(decodeBase64url(encoded)).toEqual(bytes);
		}
	});

	it('refuses characters outside the alphabet and impossible lengths', () => {
		expect(decodeBase64url('Zm9v+')).toBeNull();
		expect(decodeBase64url('Zm9v/Y')).toBeNull();
		expect(decodeBase64url('Zm9v=')).toBeNull();
		expect(decodeBase64url('Zm9vé')).toBeNull();
		expect(decodeBase64url('Zm9vY')).toBeNull();
	});
});
