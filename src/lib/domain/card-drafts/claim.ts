/** The card of a claim: who claims it. Never the claim as fact. */
import { claimContent, dedupe, quoteForPrompt, withoutFinalStop } from '../card-text';
import { namesOf, type DraftBuilder } from './draft';

export const claimDrafts: DraftBuilder = (entity, ctx) => {
	if (!entity.claim) return [];
	const { claimant, statement, speaker, quote } = entity.claim;
	// A quotation left in its speaker's words is asked as one ("Who said “Saving lives is…”?"), not as
	// "Who claims that Saving lives is…".
	const said = withoutFinalStop(statement).replace(/[!?]$/, '');
	const quoted = quote !== undefined && said.length > 0 && quote.includes(said);
	const speakerEntity = speaker ? ctx.byId.get(speaker) : undefined;
	const speakerNames = speakerEntity ? namesOf(speakerEntity) : [];
	return [
		{
			type: 'claim-claimant',
			prompt: quoted
				? `Who said “${quoteForPrompt(statement)}”?`
				: `Who claims that ${claimContent(statement, claimant, [quote ?? '', ...entity.evidence.map((e) => e.excerpt)])}?`,
			answer: claimant,
			accepted: dedupe([claimant, ...speakerNames]),
			giveaways: [claimant, ...speakerNames],
			context: null
		}
	];
};
