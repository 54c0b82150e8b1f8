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
				claimant: 'the author of “blog.txt”',
				contested: true,
				excerpt: 'My guess is that the war will be over before the end of this year.'
			},
			{
				claimant: 'the author of “blog.txt”',
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

	it('names the author by the title a person gave the document, not by its id', () => {
		const text = 'My guess is that the war will be over before the end of this year.';
		expect(claimsOf({ file: 'source-1', title: 'Iraq final offensive', text })).toEqual([
			{ claimant: 'the author of “Iraq final offensive”', contested: true, excerpt: text }
		]);
	});

	it('takes the words before "hope" or "claims" as who holds the view only when they read as a name', () => {
		const text = [
			'They have very little hope of survival in the desert this winter.',
			'They can’t hope to hold the bridge against the new brigade.',
			'I sincerely hope that the talks in Geneva will end the siege.',
			'Some officers believe that the bridge will fall within days.'
		].join(' ');
		expect(claimsOf({ file: 'blog.txt', text }).map((c) => [c.claimant, c.excerpt.slice(0, 20)])).toEqual([
			['the author of “blog.txt”', 'I sincerely hope tha'],
			['Some officers', 'Some officers believ']
		]);
	});

	it('names an unnamed claimant by the words before the verb, and an organisation by its name', () => {
		expect(claimsOf(BATTLE_REPORT).map((c) => c.claimant)).toContain('Some officers');
		expect(claimsOf(SCIENCE_RELEASE).map((c) => c.claimant)).toContain('European Southern Observatory');
	});
});
