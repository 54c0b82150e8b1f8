import { describe, expect, it } from 'vitest';
import type { Entity, Source } from '$lib/domain/pack';
import { contestedBy } from './contested-by';

const SOURCES: Source[] = [
	{
		id: 'zh-2016',
		title: 'ZH',
		kind: 'opinion blog',
		publisher: 'Zero Hedge',
		date: '2016',
		file: 'a',
		reliability: ''
	},
	{
		id: 'digest-2017',
		title: 'D',
		kind: 'digest',
		publisher: 'unknown',
		date: '2017',
		file: 'b',
		reliability: ''
	}
];
const byId = (id: string) => SOURCES.find((s) => s.id === id);
const evidence = (source: string) => ({ source, file: 'x', excerpt: 'words' });
const entity = (extra: Partial<Entity>): Entity => ({
	id: 'e',
	kind: 'event',
	name: 'E',
	aliases: [],
	contested: true,
	evidence: [evidence('digest-2017')],
	topic: 't',
	importance: 1,
	...extra
});

describe('contestedBy', () => {
	it('names the claimant of a claim', () => {
		const claim = entity({ kind: 'claim', claim: { claimant: 'the Zero Hedge commentary', statement: 's' } });
		expect(contestedBy({ evidence: [] }, claim, byId)).toBe('claimed by the Zero Hedge commentary');
	});

	it('names who gives a figure, or the source when it speaks for itself', () => {
		const figure = (givenBy: string) =>
			entity({ kind: 'figure', figure: { value: '1', counts: 'c', givenBy } });
		expect(contestedBy({ evidence: [] }, figure('the official US estimate'), byId)).toBe(
			'according to the official US estimate'
		);
		expect(contestedBy({ evidence: [] }, figure('zh-2016 itself'), byId)).toBe('according to Zero Hedge');
	});

	it('otherwise credits the sources that report it, each once', () => {
		const event = entity({
			evidence: [evidence('digest-2017'), evidence('zh-2016'), evidence('digest-2017')]
		});
		expect(contestedBy({ evidence: [] }, event, byId)).toBe('according to the digest and Zero Hedge');
	});
});
