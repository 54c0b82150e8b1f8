import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from './edit-distance';

describe('damerauLevenshtein', () => {
	it('counts inserts, deletes, substitutions and adjacent swaps as one edit each', () => {
		expect(damerauLevenshtein('mosul', 'mosul')).toBe(0);
		expect(damerauLevenshtein('mosul', 'mosl')).toBe(1);
		expect(damerauLevenshtein('mosul', 'mosull')).toBe(1);
		expect(damerauLevenshtein('mosul', 'mosel')).toBe(1);
		expect(damerauLevenshtein('tikrit', 'tirkit')).toBe(1);
		expect(damerauLevenshtein('', 'abc')).toBe(3);
		expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
	});

	it('stops early past the bound, returning bound + 1', () => {
		expect(damerauLevenshtein('raqqa', 'baghdad', 1)).toBe(2);
		expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
		expect(damerauLevenshtein('mosul', 'mosel', 1)).toBe(1);
	});
});
