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
		return [
			{
				type: 'cloze' as const,
				key: i + 1,
				prompt,
				answer: hidden,
				accepted: dedupe(spellings),
				giveaways: spellings
			}
		];
	});
