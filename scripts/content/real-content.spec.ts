/**
 * The real knowledge base compiles cleanly against the real seed documents: every excerpt and quote is verbatim
 * and at most 25 words, every reference resolves, every date is valid.
 */
import { describe, expect, it } from 'vitest';
import { compileContent } from './compile';
import { BUILT_IN_PACK_DIR, readPackFolder, readSeeds, seedsDir } from './read-content';

describe('the real content', () => {
	const seeds = readSeeds();
	const result = compileContent({ ...readPackFolder(BUILT_IN_PACK_DIR), seeds });

	it('has the seed documents to check against', () => {
		expect(seeds, `seed documents not found at ${seedsDir()} (set SOURCES_DIR)`).toBeDefined();
	});

	it('compiles with no errors (excerpts verbatim and ≤ 25 words, references and dates valid)', () => {
		expect(result.errors, result.errors.join('\n')).toEqual([]);
	});

	it('has the five sources and evidence on every card', () => {
		expect(result.pack.sources.map((s) => s.id)).toEqual([
			'zh-2016',
			'blog-2017',
			'magnier-2017',
			'digest-2017',
			'report-2017'
		]);
		for (const card of result.pack.cards) expect(card.evidence.length, card.id).toBeGreaterThan(0);
	});
});
