import { describe, expect, it } from 'vitest';
import { parsePack, toPackFile } from '../../pack-file';
import { buildImportedPack } from './build-pack';
import type { ImportedCard } from './types';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i + 1}`).join(' ');

const card = (prompt: string, excerpt: string): ImportedCard => ({
	prompt,
	answer: 'An answer',
	accepted: ['An answer'],
	evidence: [{ sourceTitle: 'A report', excerpt }]
});

describe('buildImportedPack', () => {
	it('keeps the first 25 words of a longer excerpt, verbatim, says so, and makes a pack the app accepts', () => {
		const built = buildImportedPack(
			'Long quotes',
			[card('One?', words(40)), card('Two?', words(25))],
			'a.csv'
		);
		const excerpts = built.pack.cards.map((c) => c.evidence[0]!.excerpt);
		expect(excerpts).toEqual([words(25), words(25)]);
		expect(built.warnings).toContain('1 excerpt was longer than 25 words and keeps only its first 25.');
		const check = parsePack(JSON.parse(JSON.stringify(toPackFile(built.pack))));
		expect(check.ok ? 'accepted' : check.problem.details).toBe('accepted');
	});
});
