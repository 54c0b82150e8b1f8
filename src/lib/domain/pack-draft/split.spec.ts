import { describe, expect, it } from 'vitest';
import type { Proposal } from '../extract/types';
import { applySplits, evidenceKey, nextSplitId, passagesNaming, splitProposal } from './split';

const passage = (file: string, start: number, excerpt: string) => ({
	file,
	start,
	end: start + excerpt.length,
	excerpt
});

const ABADI: Proposal = {
	id: 'actor-abadi',
	kind: 'actor',
	name: 'Haider al-Abadi',
	aliases: ['Hayder al-Abadi', 'Prime Minister Hayder al-Abadi'],
	evidence: [
		passage('a', 10, 'said Haider al-Abadi, the prime minister.'),
		passage('b', 0, 'Prime Minister Hayder al-Abadi visited the troops.'),
		passage('b', 60, 'Hayder al-Abadi flew home.')
	],
	confidence: 0.9
};
const OTHER: Proposal = { ...ABADI, id: 'actor-other', name: 'Other', aliases: [] };

describe('splitProposal', () => {
	it('moves the chosen names and passages to a new proposal; the first chosen name names it', () => {
		const result = splitProposal(
			ABADI,
			{ names: ['Hayder al-Abadi', 'Prime Minister Hayder al-Abadi'], evidence: ['b:0', 'b:60'] },
			'actor-abadi~1'
		);
		expect(result).toEqual({
			kept: { ...ABADI, aliases: [], evidence: [ABADI.evidence[0]] },
			split: {
				...ABADI,
				id: 'actor-abadi~1',
				name: 'Hayder al-Abadi',
				aliases: ['Prime Minister Hayder al-Abadi'],
				evidence: ABADI.evidence.slice(1)
			}
		});
	});

	it('lets the original keep another of its names when its own moves, and the new one keep the name', () => {
		const byName = splitProposal(ABADI, { names: ['Haider al-Abadi'], evidence: ['a:10'] }, 'x');
		expect(byName).toMatchObject({
			kept: { name: 'Hayder al-Abadi', aliases: ['Prime Minister Hayder al-Abadi'] },
			split: { name: 'Haider al-Abadi', aliases: [] }
		});
		const byPassage = splitProposal(ABADI, { names: [], evidence: ['a:10'] }, 'x');
		expect(byPassage).toMatchObject({ kept: { name: ABADI.name }, split: { name: ABADI.name, aliases: [] } });
	});

	it('refuses a split that leaves either side without a passage, or the original without a name', () => {
		expect(splitProposal(ABADI, { names: ['Hayder al-Abadi'], evidence: [] }, 'x')).toEqual({
			problem: 'Choose at least one passage for the new proposal.'
		});
		expect(splitProposal(ABADI, { names: [], evidence: ABADI.evidence.map(evidenceKey) }, 'x')).toEqual({
			problem: 'Leave at least one passage with “Haider al-Abadi”.'
		});
		expect(splitProposal(ABADI, { names: [ABADI.name, ...ABADI.aliases], evidence: ['a:10'] }, 'x')).toEqual({
			problem: 'Leave at least one name with “Haider al-Abadi”.'
		});
	});
});

describe('applySplits', () => {
	it('puts each new proposal after its origin, and splits a split again', () => {
		const splits = [
			{ id: 'actor-abadi~1', from: 'actor-abadi', names: ['Hayder al-Abadi'], evidence: ['b:0', 'b:60'] },
			{ id: 'actor-abadi~2', from: 'actor-abadi~1', names: [], evidence: ['b:60'] }
		];
		const out = applySplits([ABADI, OTHER], splits);
		expect(out.map((p) => [p.id, p.name, p.evidence.map(evidenceKey)])).toEqual([
			['actor-abadi', 'Haider al-Abadi', ['a:10']],
			['actor-abadi~1', 'Hayder al-Abadi', ['b:0']],
			['actor-abadi~2', 'Hayder al-Abadi', ['b:60']],
			['actor-other', 'Other', ['a:10', 'b:0', 'b:60']]
		]);
	});

	it('leaves out, whole, a split that no longer fits the proposals found again', () => {
		const gone = { id: 'actor-gone~1', from: 'actor-gone', names: [], evidence: ['a:10'] };
		const moved = { id: 'actor-abadi~1', from: 'actor-abadi', names: [], evidence: ['z:99'] };
		expect(applySplits([ABADI], [gone, moved])).toEqual([ABADI]);
	});
});

describe('nextSplitId and passagesNaming', () => {
	it('never reuses an id in use', () => {
		expect(nextSplitId('a', [])).toBe('a~1');
		expect(nextSplitId('a', [{ id: 'a~1', from: 'a', names: [], evidence: [] }])).toBe('a~2');
	});

	it('suggests the passages that name a moving name and no name that stays', () => {
		expect(passagesNaming(ABADI, ['Hayder al-Abadi'])).toEqual(['b:0', 'b:60']);
		expect(passagesNaming(ABADI, ['Haider al-Abadi'])).toEqual(['a:10']);
		expect(passagesNaming(ABADI, [])).toEqual([]);
	});
});
