/** The card of a claim: who claims it. Never the claim as fact. */
import { claimContent, dedupe } from '../card-text';
import { namesOf, type DraftBuilder } from './draft';

export const claimDrafts: DraftBuilder = (entity, ctx) => {
	if (!entity.claim) return [];
	const { claimant, statement, speaker } = entity.claim;
	const speakerEntity = speaker ? ctx.byId.get(speaker) : undefined;
	const speakerNames = speakerEntity ? namesOf(speakerEntity) : [];
	return [
		{
			type: 'claim-claimant',
			prompt: `Who claims that ${claimContent(statement, claimant)}?`,
			answer: claimant,
			accepted: dedupe([claimant, ...speakerNames]),
			giveaways: [claimant, ...speakerNames],
			context: null
		}
	];
};
