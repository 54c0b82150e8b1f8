/** Places: towns, provinces, rivers, crossings…, with the gazetteer's coordinates to choose from. */
import { nameProposal } from './names-rule';
import type { ProposalRule } from './rule';

export const places: ProposalRule = {
	kind: 'place',
	propose: (corpus) => corpus.names.filter((t) => t.kind === 'place').map((t) => nameProposal(corpus, t))
};
