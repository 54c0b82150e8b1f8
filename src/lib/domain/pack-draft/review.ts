/**
 * The proposals as the person's decisions leave them: merged spellings and evidence folded into the proposal
 * they were merged into, and the state of each. Pure: the review state and the compiler both read it.
 */
import { PROPOSAL_KINDS, type Proposal } from '../extract/types';
import { applySplits } from './split';
import type { Decision, PackDraft } from './types';

export type ReviewStatus = 'open' | 'accepted' | 'rejected' | 'merged';

export interface ReviewedProposal {
	proposal: Proposal;
	status: ReviewStatus;
	/** The person's own words (an actor's or place's title, an event's name, a figure's question, a claim). */
	text: string;
	/** For a merged proposal: the one it was merged into. */
	into?: string;
}

/** Follows merges to the proposal that keeps the name ("a into b, b into c" → c); undefined on a cycle. */
export function mergeTarget(id: string, decisions: Readonly<Record<string, Decision>>): string | undefined {
	const seen = new Set<string>();
	let at = id;
	for (;;) {
		const d = decisions[at];
		if (d?.status !== 'merged') return at;
		if (seen.has(at)) return undefined;
		seen.add(at);
		at = d.into;
	}
}

/** Every proposal with its decision; a proposal others were merged into carries their names and evidence. */
export function reviewed(
	proposals: readonly Proposal[],
	decisions: Readonly<Record<string, Decision>>
): ReviewedProposal[] {
	const byId = new Map(proposals.map((p) => [p.id, p]));
	const absorbed = new Map<string, Proposal[]>();
	for (const p of proposals) {
		const target = mergeTarget(p.id, decisions);
		if (target && target !== p.id && byId.has(target))
			absorbed.set(target, [...(absorbed.get(target) ?? []), p]);
	}
	return proposals.map((p) => {
		const d = decisions[p.id];
		const others = absorbed.get(p.id) ?? [];
		const aliases = [...p.aliases, ...others.flatMap((o) => [o.name, ...o.aliases])].filter(
			(name, i, all) => name !== p.name && all.indexOf(name) === i
		);
		const evidence = [...p.evidence, ...others.flatMap((o) => o.evidence)].filter(
			(e, i, all) => all.findIndex((x) => x.file === e.file && x.start === e.start) === i
		);
		return {
			proposal: others.length ? { ...p, aliases, evidence } : p,
			status: d?.status ?? 'open',
			text: d?.status === 'accepted' ? (d.text ?? '') : '',
			...(d?.status === 'merged' ? { into: d.into } : {})
		};
	});
}

/** The draft's proposals, split as the person split them, with their decisions. */
export function reviewedDraft(
	draft: Pick<PackDraft, 'proposals' | 'decisions' | 'splits'>
): ReviewedProposal[] {
	return reviewed(applySplits(draft.proposals ?? [], draft.splits ?? []), draft.decisions);
}

/**
 * The proposal to review after `id`: the next one still to review in the order the lists show (kind by kind),
 * else the first one before it; null when every proposal is decided.
 */
export function nextToReview(rows: readonly ReviewedProposal[], id: string): string | null {
	const shown = PROPOSAL_KINDS.flatMap((kind) => rows.filter((r) => r.proposal.kind === kind));
	const at = shown.findIndex((r) => r.proposal.id === id);
	const open = (r: ReviewedProposal) => r.status === 'open' && r.proposal.id !== id;
	const next = shown.slice(at + 1).find(open) ?? shown.slice(0, Math.max(at, 0)).find(open);
	return next?.proposal.id ?? null;
}
