/** Actors and places share one way of becoming proposals: a named thing with a passage per document. */
import type { NamedThing } from './classify';
import { proposalId, sentenceEvidence, type Corpus } from './rule';
import type { Proposal, ProposalEvidence } from './types';

/** At most this many passages per proposal: enough to judge it, few enough to read. */
export const MAX_EVIDENCE = 3;

export function nameProposal(corpus: Corpus, thing: NamedThing): Proposal {
	const evidence: ProposalEvidence[] = [];
	const files = new Set<string>();
	// One passage per document first (where the name is clearest: with a title or a head word), then more.
	const ordered = [...thing.mentions].sort(
		(a, b) => Number(b.title || !!b.head) - Number(a.title || !!a.head)
	);
	for (const pass of [0, 1]) {
		for (const m of ordered) {
			if (evidence.length >= MAX_EVIDENCE) break;
			if (pass === 0 && files.has(m.file)) continue;
			if (evidence.some((e) => e.file === m.file && e.start <= m.start && m.end <= e.end)) continue;
			const doc = corpus.documents.find((d) => d.file === m.file)!;
			const e = sentenceEvidence(doc, m.sentence, m.start, m.end);
			files.add(m.file);
			evidence.push(e);
		}
	}
	const [name, ...aliases] = thing.names;
	const proposal: Proposal = {
		id: proposalId(thing.kind, name!, evidence[0]!),
		kind: thing.kind,
		name: name!,
		aliases,
		evidence,
		confidence: thing.confidence
	};
	if (thing.actorType) proposal.actorType = thing.actorType;
	if (thing.suggestions) proposal.suggestions = thing.suggestions;
	if (thing.onlyFarSuggestions) proposal.onlyFarSuggestions = true;
	return proposal;
}
