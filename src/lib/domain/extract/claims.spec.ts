import { describe, expect, it } from 'vitest';
import { BATTLE_REPORT, SCIENCE_RELEASE } from './fixtures';
import { extractProposals } from './index';

const claimsOf = (doc: Parameters<typeof extractProposals>[0][0]) =>
	extractProposals([doc])
		.filter((p) => p.kind === 'claim')
		.map((p) => ({ claimant: p.claimant, contested: p.contested, excerpt: p.evidence[0]!.excerpt }));

describe('claims', { timeout: 60_000 }, () => {
	it('marks opinions, allegations and forecasts as contested, with who claims them', () => {
		const text = [
			'My guess is that the war will be over before the end of this year.',
			'The photo allegedly shows the commander near the border.',
			'Stratfor warned that the group would counterattack.',
			'The army entered the city on Friday.'
		].join(' ');
		expect(claimsOf({ file: 'blog.txt', text })).toEqual([
			{
				claimant: 'the author of blog.txt',
				contested: true,
				excerpt: 'My guess is that the war will be over before the end of this year.'
			},
			{
				claimant: 'the author of blog.txt',
				contested: true,
				excerpt: 'The photo allegedly shows the commander near the border.'
			},
			{
				claimant: 'Stratfor',
				contested: true,
				excerpt: 'Stratfor warned that the group would counterattack.'
			}
		]);
	});

	it('names an unnamed claimant by the words before the verb, and an organisation by its name', () => {
		expect(claimsOf(BATTLE_REPORT).map((c) => c.claimant)).toContain('Some officers');
		expect(claimsOf(SCIENCE_RELEASE).map((c) => c.claimant)).toContain('European Southern Observatory');
	});
});
