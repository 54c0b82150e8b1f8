import { describe, expect, it } from 'vitest';
import { parseLink } from './pack-link';

describe('parseLink', () => {
	it('reads links: the SHA-256 from the field or the fragment', () => {
		const hash = 'a'.repeat(64);
		expect(parseLink('https://x.org/a.json', hash)).toEqual({ url: 'https://x.org/a.json', sha256: hash });
		expect(parseLink(`https://x.org/a.json#sha256=${hash}`)).toEqual({
			url: 'https://x.org/a.json',
			sha256: hash
		});
		expect(parseLink('https://x.org/a.json')).toEqual({ url: 'https://x.org/a.json' });
		expect(parseLink('x.org/a.json')).toMatchObject({ message: expect.stringMatching(/https:\/\//) });
		expect(parseLink('https://x.org/a.json', 'abc')).toMatchObject({ message: expect.stringMatching(/64/) });
		expect(parseLink(`https://x.org/a.json#sha256=${hash}`, 'b'.repeat(64))).toMatchObject({
			message: expect.stringMatching(/differ/)
		});
	});
});
