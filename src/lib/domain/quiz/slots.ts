/**
 * What sort of thing a card's answer is: an entity's name, a country, a date, a number or a descriptive
 * sentence. Multiple choice and true/false draw wrong answers of the same sort.
 */
import { parseDateAnswer } from '../answer-date';
import type { Card, Entity, EntityKind } from '../pack';
import { formatDate, type DateLike } from './dates';
import { parseNumber, type ParsedNumber } from './numbers';

export type AnswerSlot =
	/** `exclude`: entities that would also be right (the event's other places, the actor's own chain). */
	| { kind: 'entity'; entity: Entity; exclude: Set<string> }
	| { kind: 'country'; country: string }
	| { kind: 'date'; date: DateLike }
	| { kind: 'number'; value: string; parsed: ParsedNumber | null }
	| { kind: 'text'; field: 'title' | 'claimant'; entity: Entity; text: string };

export interface SlotLookup {
	entities: Map<string, Entity>;
	/** Folded name or alias → entities so named. */
	names: Map<string, Entity[]>;
	/** answerKey (memoised by the pool). */
	key(text: string): string;
}

const EXPECTED_KIND: Partial<Record<Card['type'], EntityKind>> = {
	'role-actor': 'actor',
	'quote-speaker': 'actor',
	'event-actors': 'actor',
	'event-against': 'actor',
	'actor-leads': 'actor',
	'actor-leader': 'actor',
	'event-place': 'place',
	'title-place': 'place',
	'place-within': 'place',
	'place-event': 'event'
};

/** Entities that would also be right for a card whose answer is one of several (the event's other actors, …). */
function alsoRight(card: Card, entity: Entity | undefined, lookup: SlotLookup): string[] {
	switch (card.type) {
		case 'event-place':
			return entity?.event?.places ?? [];
		case 'event-actors':
		case 'event-against':
			// One who took part is no wrong answer to "against whom", nor an adversary to "who was involved".
			return [...(entity?.event?.actors ?? []), ...(entity?.event?.against ?? [])];
		case 'actor-leads':
			return entity?.actor?.leads ?? [];
		case 'actor-backers':
			return entity?.actor?.backedBy ?? [];
		case 'actor-leader':
			return [...lookup.entities.values()]
				.filter((e) => entity && e.actor?.leads?.includes(entity.id))
				.map((e) => e.id);
		case 'place-event':
			return [...lookup.entities.values()]
				.filter((e) => entity && e.event?.places.includes(entity.id))
				.map((e) => e.id);
		default:
			return [];
	}
}

/** The entity, its affiliation and the affiliation's own chain: none of them is a wrong "belongs to". */
function affiliationChain(entity: Entity, lookup: SlotLookup): Set<string> {
	const chain = new Set([entity.id]);
	for (let e: Entity | undefined = entity; e?.actor?.affiliation && !chain.has(e.actor.affiliation);) {
		chain.add(e.actor.affiliation);
		e = lookup.entities.get(e.actor.affiliation);
	}
	return chain;
}

function byAnswerText(card: Card, entity: Entity | undefined, lookup: SlotLookup): AnswerSlot | null {
	const named = lookup.names.get(lookup.key(card.answer)) ?? [];
	const expected = EXPECTED_KIND[card.type];
	const match =
		named.find((e) => e.id === entity?.id) ??
		named.find((e) => e.kind === expected) ??
		(expected ? undefined : named[0]);
	if (match) {
		const exclude = new Set([match.id, ...alsoRight(card, entity, lookup)]);
		return { kind: 'entity', entity: match, exclude };
	}
	if (expected) return null;
	const date = parseDateAnswer(card.answer);
	if (date) return { kind: 'date', date };
	if (/\d/.test(card.answer)) return { kind: 'number', value: card.answer, parsed: parseNumber(card.answer) };
	return null;
}

export function resolveSlot(card: Card, entity: Entity | undefined, lookup: SlotLookup): AnswerSlot | null {
	switch (card.type) {
		case 'place-map':
			return null;
		case 'place-country':
			return entity?.place ? { kind: 'country', country: entity.place.country } : null;
		case 'event-date':
			return entity?.event?.date
				? { kind: 'date', date: entity.event.date }
				: byAnswerText(card, entity, lookup);
		case 'figure-number': {
			const value = entity?.figure?.value ?? card.answer;
			return { kind: 'number', value, parsed: parseNumber(value) };
		}
		case 'actor-role':
			return entity?.actor ? { kind: 'text', field: 'title', entity, text: entity.actor.title } : null;
		case 'place-significance':
			return entity?.place ? { kind: 'text', field: 'title', entity, text: entity.place.title } : null;
		case 'claim-claimant':
			return entity?.claim ? { kind: 'text', field: 'claimant', entity, text: entity.claim.claimant } : null;
		case 'actor-affiliation': {
			const target = entity?.actor?.affiliation ? lookup.entities.get(entity.actor.affiliation) : undefined;
			return target && entity
				? { kind: 'entity', entity: target, exclude: affiliationChain(entity, lookup) }
				: null;
		}
		default:
			return byAnswerText(card, entity, lookup);
	}
}

/** The right option's text, in the same form as the wrong ones. */
export function slotText(slot: AnswerSlot): string {
	switch (slot.kind) {
		case 'entity':
			return slot.entity.name;
		case 'country':
			return slot.country;
		case 'date':
			return formatDate(slot.date);
		case 'number':
			return slot.value;
		case 'text':
			return slot.text;
	}
}
