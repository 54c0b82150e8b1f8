import { describe, expect, it } from 'vitest';
import type { Card, Pack } from '$lib/domain/pack';
import { filterKey, filterLabel, filterSizes, parseFilterKey } from './card-labels';

const sources = [
	{ id: 'zh-2016', title: 'Commentary on Falluja' },
	{ id: 'blog-2017', title: 'Blog post on al-Qaim' }
] as const;
const pack = { sources: sources.map((s) => ({ ...s })) } as unknown as Pick<Pack, 'sources'>;

describe('study filters', () => {
	it('round-trips every kind of filter through its key', () => {
		for (const filter of [
			{ by: 'all' },
			{ by: 'kind', kind: 'claim' },
			{ by: 'source', source: 'blog-2017' }
		] as const) {
			expect(parseFilterKey(filterKey(filter), pack)).toEqual(filter);
		}
	});

	it('falls back to all cards for keys it does not know', () => {
		expect(parseFilterKey('kind:planet', pack)).toEqual({ by: 'all' });
		expect(parseFilterKey('source:nowhere', pack)).toEqual({ by: 'all' });
		expect(parseFilterKey('', pack)).toEqual({ by: 'all' });
	});

	it('names filters for people', () => {
		expect(filterLabel({ by: 'all' }, pack)).toBe('All cards');
		expect(filterLabel({ by: 'kind', kind: 'place' }, pack)).toBe('Places');
		expect(filterLabel({ by: 'source', source: 'zh-2016' }, pack)).toBe('Commentary on Falluja');
	});

	it('counts the cards behind each filter, a card once per source it draws on', () => {
		const card = (kind: Card['kind'], cardSources: string[]) => ({ kind, sources: cardSources }) as Card;
		const sizes = filterSizes({
			sources: pack.sources,
			cards: [card('place', ['zh-2016']), card('place', ['zh-2016', 'blog-2017']), card('claim', [])]
		});
		expect(sizes.get('all')).toBe(3);
		expect(sizes.get('kind:place')).toBe(2);
		expect(sizes.get('kind:claim')).toBe(1);
		expect(sizes.get('source:zh-2016')).toBe(2);
		expect(sizes.get('source:blog-2017')).toBe(1);
	});
});
