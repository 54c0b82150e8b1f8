import { describe, expect, it } from 'vitest';
import { BATTLE_REPORT, SCIENCE_RELEASE, TOWN_NEWS } from './fixtures';
import { extractProposals } from './index';

const figuresOf = (doc: Parameters<typeof extractProposals>[0][0]) =>
	extractProposals([doc])
		.filter((p) => p.kind === 'figure')
		.map((p) => ({ value: p.value, counts: p.counts, givenBy: p.givenBy }));

describe('figures', { timeout: 60_000 }, () => {
	it('finds numbers with what they count, with qualifiers and ranges', () => {
		const text =
			'Between 500 and 1,000 fighters hold the city, and about 50,000 civilians are trapped. The government said 40 percent of the territory was lost. The town lies 50 km (32 miles) west of the capital.';
		const figures = figuresOf({ file: 'a.txt', text });
		expect(figures).toHaveLength(5);
		expect(figures).toEqual(
			expect.arrayContaining([
				{ value: 'Between 500 and 1,000', counts: 'fighters', givenBy: 'the document “a.txt”' },
				{ value: 'about 50,000', counts: 'civilians', givenBy: 'the document “a.txt”' },
				{ value: '40 percent', counts: 'of the territory', givenBy: 'the document “a.txt”' },
				{ value: '50 km', counts: '', givenBy: 'the document “a.txt”' },
				{ value: '32 miles', counts: '', givenBy: 'the document “a.txt”' }
			])
		);
	});

	it('credits a number no one in its sentence gives to the document, by the name a person gave it', () => {
		const text = 'About 50,000 civilians are trapped in the old city.';
		expect(figuresOf({ file: 'source-3', title: 'Digest of November', text })).toEqual([
			{ value: 'About 50,000', counts: 'civilians', givenBy: 'the document “Digest of November”' }
		]);
	});

	it('says who gives a number when the sentence names a speaker', () => {
		const text = 'Colonel Steve Warren said that 20 strikes had destroyed the positions.';
		expect(figuresOf({ file: 'a.txt', text })).toEqual([
			{ value: '20', counts: 'strikes', givenBy: 'Steve Warren' }
		]);
	});

	it('leaves out years, dates, labels, spans of time and numbers that refer back', () => {
		const text =
			'In 2014 the division 17 army base fell on July 10. Over the past 24 hours the two towns were quiet, and the group lost its two remaining strongholds.';
		expect(figuresOf({ file: 'a.txt', text, date: { year: 2017 } })).toEqual([]);
	});

	it('finds the figures of other subjects', () => {
		expect(figuresOf(BATTLE_REPORT).map((f) => f.value)).toEqual(
			expect.arrayContaining(['about 12,500', 'more than 23,000'])
		);
		expect(figuresOf(SCIENCE_RELEASE).map((f) => f.value)).toEqual(
			expect.arrayContaining(['14', '50 percent'])
		);
		expect(figuresOf(TOWN_NEWS).map((f) => f.value)).toEqual(
			expect.arrayContaining(['$4.2 million', 'about 18'])
		);
	});
});
