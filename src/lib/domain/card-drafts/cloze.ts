/** Cloze cards: an own-words sentence of the entry with its one [[hidden part]] to recall. */
import { dedupe } from '../card-text';
import { namesOf, type DraftBuilder } from './draft';

export const clozeDrafts: DraftBuilder = (entity, ctx) =>
	(entity.cloze ?? []).flatMap((sentence, i) => {
		const hidden = /\[\[([^\]]+)\]\]/.exec(sentence)?.[1]?.trim();
		if (!hidden) return [];
		let prompt = sentence.replace(/\[\[[^\]]+\]\]/, '_____');
		if (entity.claim && !/^according to /i.test(prompt))
			prompt = `According to ${entity.claim.claimant}, ${prompt}`;
		const named = [...ctx.byId.values()].find((e) =>
			namesOf(e).some((n) => n.toLowerCase() === hidden.toLowerCase())
		);
		const spellings = [hidden, ...(named ? namesOf(named) : [])];
		// The passages that say what is hidden are the card's evidence: "by early 2018" is shown with the excerpt
		// naming 2018, not with the entry's first one (which was about Iraq, not Syria).
		const says = entity.evidence.filter((e) =>
			spellings.some((s) => e.excerpt.toLowerCase().includes(s.toLowerCase()))
		);
		return [
			{
				type: 'cloze' as const,
				key: i + 1,
				prompt,
				answer: hidden,
				accepted: dedupe(spellings),
				giveaways: spellings,
				...(says.length > 0 && says.length < entity.evidence.length ? { evidence: says } : {})
			}
		];
	});
