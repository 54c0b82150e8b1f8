import { describe, expect, it } from 'vitest';
import type { Proposal, ProposalKind } from '../extract/types';
import { nextToReview, type ReviewedProposal, type ReviewStatus } from './review';

const row = (id: string, kind: ProposalKind, status: ReviewStatus = 'open'): ReviewedProposal => ({
	proposal: { id, kind, name: id, aliases: [], evidence: [] } as unknown as Proposal,
	status,
	text: ''
});

describe('nextToReview', () => {
	// In the engine's order: a place found before an actor is still shown after the actors.
	const rows = [
		row('mosul', 'place'),
		row('abadi', 'actor', 'accepted'),
		row('army', 'actor'),
		row('kurds', 'actor', 'rejected'),
		row('erbil', 'place')
	];

	it('is the next proposal still to review, in the order the lists show them', () => {
		expect(nextToReview(rows, 'abadi')).toBe('army');
		expect(nextToReview(rows, 'army')).toBe('mosul');
		expect(nextToReview(rows, 'mosul')).toBe('erbil');
	});

	it('goes back to the first one left before it at the end, and is null when nothing is left', () => {
		expect(nextToReview(rows, 'erbil')).toBe('army');
		expect(nextToReview([row('a', 'actor'), row('b', 'actor', 'accepted')], 'a')).toBeNull();
		expect(nextToReview([], 'a')).toBeNull();
	});
});
