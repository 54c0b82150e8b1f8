/** Actors: people, groups, armies, governments, agencies and media, as classify.ts found them. */
import { nameProposal } from './names-rule';
import type { ProposalRule } from './rule';

export const actors: ProposalRule = {
	kind: 'actor',
	propose: (corpus) => corpus.names.filter((t) => t.kind === 'actor').map((t) => nameProposal(corpus, t))
};
