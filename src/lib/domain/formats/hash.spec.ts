import { describe, expect, it } from 'vitest';
import { ankiGuid, hash64, hashHex, stableNumericId } from './hash';

describe('stable hashes', () => {
	it('gives the same value for the same text and differs for near-identical texts', () => {
		expect(hashHex('mosul:actor-role')).toBe(hashHex('mosul:actor-role'));
		const near = ['a', 'b', 'ab', 'ba', 'mosul:actor-role', 'mosul:actor-rolf', 'Mosul:actor-role', ''];
		expect(new Set(near.map((t) => hashHex(t))).size).toBe(near.length);
		expect(hashHex('x')).toMatch(/^[0-9a-f]{16}$/);
		expect(hashHex('x', 8)).toBe(hashHex('x').slice(0, 8));
	});

	it('is pinned: GUIDs written by an earlier export must come out the same in a later version', () => {
		expect(hashHex('sourcedeck')).toBe('bdfc51d137a64860');
		expect(ankiGuid('sourcedeck:isis-campaign-2016-2017:card:mosul:place-country')).toBe('BM~h3}g;O}');
	});

	it('has no collision among 100,000 card keys', () => {
		const keys = Array.from({ length: 100_000 }, (_, i) => `sourcedeck:pack:card:entity-${i}:event-date`);
		expect(new Set(keys.map((k) => hash64(k))).size).toBe(keys.length);
	});

	it('makes Anki-style GUIDs (≤ 10 characters of its base-91 alphabet, never a tab, quote or space)', () => {
		for (let i = 0; i < 2000; i++)
			expect(ankiGuid(`key ${i}`)).toMatch(/^[\x21\x23-\x26\x28-\x5b\x5d-\x7e]{1,10}$/);
	});

	it('makes numeric ids above 2^40 and below 2^53', () => {
		for (let i = 0; i < 2000; i++) {
			const id = stableNumericId(`deck ${i}`);
			expect(Number.isSafeInteger(id)).toBe(true);
			expect(id).toBeGreaterThanOrEqual(2 ** 40);
		}
	});
});
