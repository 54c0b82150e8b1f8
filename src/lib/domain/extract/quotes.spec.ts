import { describe, expect, it } from 'vitest';
import { BATTLE_REPORT, SCIENCE_RELEASE, TOWN_NEWS } from './fixtures';
import { extractProposals } from './index';

const quotesOf = (doc: Parameters<typeof extractProposals>[0][0]) =>
	extractProposals([doc])
		.filter((p) => p.kind === 'quote')
		.map((p) => [p.name, p.speaker]);

describe('quotes', { timeout: 60_000 }, () => {
	it('attributes quotes by "X said", "said X", "he added" and "quoted X as saying"', () => {
		expect(quotesOf(BATTLE_REPORT)).toEqual([['The enemy was repulsed at all points', 'George G. Meade']]);
		expect(quotesOf(SCIENCE_RELEASE)).toEqual([
			[
				'This is the first time we have seen water on a world in the habitable zone of its star',
				'Maria Sanchez'
			],
			['We still do not know whether the planet has an ocean.', 'Maria Sanchez']
		]);
		expect(quotesOf(TOWN_NEWS)).toEqual([
			['a good day for everyone who lives on the east side of town.', 'Helen Carter']
		]);
		const text =
			'“Saving innocent people is the most important thing,” the Associated Press quoted Grand Ayatollah Ali al-Sistani as saying.';
		expect(quotesOf({ file: 'a.txt', text })).toEqual([
			['Saving innocent people is the most important thing', 'Ali al-Sistani']
		]);
	});

	it('leaves scare quotes and quotes nobody is named for', () => {
		const text = 'The so-called “caliphate” fell. A sign read “no entry for anyone here” at the gate.';
		expect(quotesOf({ file: 'a.txt', text })).toEqual([]);
	});

	it('cuts a long quote to its first 25 words, still verbatim', () => {
		const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
		const text = `General Meade wrote: “${long}.” Nothing else.`;
		const [quote] = extractProposals([{ file: 'a.txt', text }]).filter((p) => p.kind === 'quote');
		expect(quote!.evidence[0]!.excerpt.split(' ')).toHaveLength(25);
		expect(text.slice(quote!.evidence[0]!.start, quote!.evidence[0]!.end)).toBe(quote!.evidence[0]!.excerpt);
	});
});
