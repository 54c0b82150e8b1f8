import { describe, expect, it } from 'vitest';
import type { Entity, Pack } from '../pack';
import { scoreProposals } from './scoring';
import type { Proposal } from './types';

const text = 'Iraqi forces retook Fallujah in 2016. About 50,000 civilians were trapped, said Steve Warren.';
const texts = new Map([['a.txt', text]]);
const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'kind' | 'name'>): Entity =>
	({ aliases: [], contested: false, topic: 't', importance: 1, evidence: [], ...e }) as Entity;
const pack = {
	entities: [
		entity({ id: 'falluja', kind: 'place', name: 'Falluja', aliases: ['Fallujah'] }),
		entity({ id: 'warren', kind: 'actor', name: 'Steve Warren' }),
		entity({ id: 'mosul', kind: 'place', name: 'Mosul' }),
		entity({
			id: 'retake',
			kind: 'event',
			name: 'Falluja retaken',
			evidence: [{ source: 's', file: 'a.txt', excerpt: 'Iraqi forces retook Fallujah in 2016.' }],
			event: { date: { year: 2016, basis: 'x' }, places: [], actors: [], outcome: 'x' }
		}),
		entity({
			id: 'civilians',
			kind: 'figure',
			name: 'Civilians',
			evidence: [{ source: 's', file: 'a.txt', excerpt: 'About 50,000 civilians were trapped' }],
			figure: { value: 'about 50,000', counts: 'civilians', givenBy: 'x' }
		})
	]
} as unknown as Pack;
const proposal = (
	kind: Proposal['kind'],
	name: string,
	start = 0,
	end = 10,
	extra: Partial<Proposal> = {}
): Proposal => ({
	id: name,
	kind,
	name,
	aliases: [],
	evidence: [{ file: 'a.txt', excerpt: text.slice(start, end), start, end }],
	confidence: 1,
	...extra
});

describe('scoreProposals', () => {
	it('matches names by spelling, passages by overlap, figures by value, and counts recall and precision per kind', () => {
		const scores = scoreProposals(
			[
				proposal('place', 'Fallujah'),
				proposal('actor', 'Steve Warren'),
				proposal('actor', 'Iraqi'),
				proposal('event', 'retook', 6, 20, { date: { year: 2016, basis: 'x' } }),
				proposal('figure', '50,000 civilians', 38, 60, { value: 'About 50,000' }),
				proposal('figure', '2016', 30, 36, { value: '2016' })
			],
			pack,
			texts
		);
		const by = Object.fromEntries(scores.map((s) => [s.kind, s]));
		expect(by.place).toMatchObject({ entries: 2, found: 1, proposals: 1, matching: 1, missed: ['Mosul'] });
		expect(by.actor).toMatchObject({ entries: 1, found: 1, proposals: 2, matching: 1, unmatched: ['Iraqi'] });
		expect(by.event).toMatchObject({ found: 1, matching: 1 });
		expect(by.figure).toMatchObject({ found: 1, proposals: 2, matching: 1, precision: 0.5 });
	});

	it('does not match an event dated to another year', () => {
		const [, , event] = scoreProposals(
			[proposal('event', 'retook', 6, 20, { date: { year: 2015, basis: 'x' } })],
			pack,
			texts
		);
		expect(event).toMatchObject({ kind: 'event', found: 0, matching: 0 });
	});
});
