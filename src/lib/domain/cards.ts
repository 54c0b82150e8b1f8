/**
 * Card generation: turns the pack's entities into flashcards (the drafts come from card-drafts/, one plug-in
 * per kind of fact). Pure and deterministic. Ids are `${entity}:${type}` (+ `:${n}` for the n-th quote or cloze,
 * or `:${other entity}`), so they survive content edits. A card whose answer is in its prompt is dropped, and so
 * is every card of a prompt that two different answers share.
 */
import { draftContext, draftsFor, descriptionOf } from './card-drafts';
import { dedupe, mentions, normaliseForMatch } from './card-text';
import type { Card, CardType, Entity, Source } from './pack';

export { claimContent, formatCoordinates, formatPackDate, mentions, sourceCredit } from './card-text';

export type DropReason = 'answer in prompt' | 'duplicate prompt' | 'ambiguous prompt';

export interface DroppedCard {
	id: string;
	type: CardType;
	reason: DropReason;
}

export interface CardBuild {
	cards: Card[];
	dropped: DroppedCard[];
}

const promptKey = (prompt: string) => normaliseForMatch(prompt).toLowerCase();
const answerKey = (answer: string) => normaliseForMatch(answer).toLowerCase();

/** All cards of the pack, in entity order (see teaching-order.ts for the order they are taught in). */
export function buildCards(entities: Entity[], sources: Source[] = []): CardBuild {
	const ctx = draftContext(entities, sources);
	const built: Card[] = [];
	const dropped: DroppedCard[] = [];

	for (const entity of entities) {
		const description = descriptionOf(entity);
		for (const draft of draftsFor(entity, ctx)) {
			const id = `${entity.id}:${draft.type}${draft.key !== undefined ? `:${draft.key}` : ''}`;
			if (draft.giveaways.some((g) => mentions(draft.prompt, g))) {
				dropped.push({ id, type: draft.type, reason: 'answer in prompt' });
				continue;
			}
			const evidence = draft.evidence ?? entity.evidence;
			const context = draft.context === null ? undefined : (draft.context ?? description);
			built.push({
				id,
				entity: entity.id,
				kind: entity.kind,
				type: draft.type,
				prompt: draft.prompt,
				answer: draft.answer,
				...(context && answerKey(context) !== answerKey(draft.answer) ? { context } : {}),
				accepted: draft.accepted,
				contested: entity.contested,
				evidence,
				sources: dedupe(evidence.map((e) => e.source)),
				topic: entity.topic,
				importance: entity.importance,
				pair: draft.pair ?? id
			});
		}
	}

	// One prompt, one answer: a repeat of the same question is dropped; a question two answers share is no question.
	const answersByPrompt = new Map<string, Set<string>>();
	for (const card of built) {
		const answers = answersByPrompt.get(promptKey(card.prompt)) ?? new Set<string>();
		answers.add(answerKey(card.answer));
		answersByPrompt.set(promptKey(card.prompt), answers);
	}
	const seen = new Set<string>();
	const cards = built.filter((card) => {
		const key = promptKey(card.prompt);
		const reason: DropReason | undefined =
			answersByPrompt.get(key)!.size > 1
				? 'ambiguous prompt'
				: seen.has(key)
					? 'duplicate prompt'
					: undefined;
		seen.add(key);
		if (reason) dropped.push({ id: card.id, type: card.type, reason });
		return !reason;
	});
	return { cards, dropped };
}
