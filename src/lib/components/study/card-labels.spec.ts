import { describe, expect, it } from 'vitest';
import { filterKey, filterLabel, filterSizes, parseFilterKey, type FilterLibrary } from './card-labels';

const pack = (
	id: string,
	enabled: boolean,
	cards: number,
	kinds: Record<string, number>,
	sources: Record<string, number>
) => ({
	id,
	title: `Pack ${id}`,
	enabled,
	counts: { cards },
	sizes: { kinds, sources }
});
const library: FilterLibrary = {
	packs: [
		pack('a', true, 3, { place: 2, claim: 1 }, { 'a/zh-2016': 2, 'a/blog-2017': 1 }),
		pack('b', false, 5, { place: 5 }, { 'b/x': 5 })
	],
	sources: [
		{ id: 'a/zh-2016', title: 'Commentary on Falluja' },
		{ id: 'a/blog-2017', title: 'Blog post on al-Qaim' },
		{ id: 'b/x', title: 'X' }
	]
};

describe('study filters', () => {
	it('round-trips every kind of filter through its key', () => {
		for (const filter of [
			{ by: 'all' },
			{ by: 'pack', pack: 'b' },
			{ by: 'kind', kind: 'claim' },
			{ by: 'source', source: 'a/blog-2017' }
		] as const) {
			expect(parseFilterKey(filterKey(filter), library)).toEqual(filter);
		}
	});

	it('falls back to all cards for keys it does not know', () => {
		expect(parseFilterKey('kind:planet', library)).toEqual({ by: 'all' });
		expect(parseFilterKey('source:nowhere', library)).toEqual({ by: 'all' });
		expect(parseFilterKey('pack:gone', library)).toEqual({ by: 'all' });
		expect(parseFilterKey('', library)).toEqual({ by: 'all' });
	});

	it('names filters for people', () => {
		expect(filterLabel({ by: 'all' }, library)).toBe('All cards');
		expect(filterLabel({ by: 'pack', pack: 'a' }, library)).toBe('Pack a');
		expect(filterLabel({ by: 'kind', kind: 'place' }, library)).toBe('Places');
		expect(filterLabel({ by: 'source', source: 'a/zh-2016' }, library)).toBe('Commentary on Falluja');
	});

	it('counts the cards behind each filter in the packs that are on; a pack of its own counts whatever', () => {
		const sizes = filterSizes(library);
		expect(sizes.get('all')).toBe(3);
		expect(sizes.get('kind:place')).toBe(2);
		expect(sizes.get('kind:claim')).toBe(1);
		expect(sizes.get('source:a/zh-2016')).toBe(2);
		expect(sizes.get('source:b/x')).toBeUndefined();
		expect(sizes.get('pack:b')).toBe(5);
	});
});
