/**
 * Packs in the library: every id a pack holds (cards, entities, sources, pair keys) is qualified with the pack's
 * own id when the pack is installed, so that packs made by different people never collide and everything keyed
 * by a card id (card states, reviews, misses, quiz answers) knows its pack. A pack file keeps its own ids: a pack
 * is qualified on the way in and unqualified on the way out. Pure.
 */
import type { Card, Entity, Evidence, Pack, Source } from './pack';

/** Between a pack id and an id inside the pack. Pack ids are kebab-case, so never hold it. */
export const KEY_SEPARATOR = '/';

/** The library-wide id of something inside a pack: `<pack id>/<id in the pack>`. */
export const qualify = (packId: string, localId: string): string => `${packId}${KEY_SEPARATOR}${localId}`;

/** The pack a qualified id belongs to ('' for an id that is not qualified). */
export function packOf(key: string): string {
	const at = key.indexOf(KEY_SEPARATOR);
	return at === -1 ? '' : key.slice(0, at);
}

/** The id inside its pack (the id itself when it is not qualified). */
export function localId(key: string): string {
	const at = key.indexOf(KEY_SEPARATOR);
	return at === -1 ? key : key.slice(at + 1);
}

/** Whether an id is already qualified with this pack. */
export const belongsTo = (key: string, packId: string): boolean => key.startsWith(packId + KEY_SEPARATOR);

type IdMap = (id: string) => string;

function mapEvidence(evidence: Evidence, source: IdMap): Evidence {
	return { ...evidence, source: evidence.source ? source(evidence.source) : evidence.source };
}

function mapEntity(entity: Entity, id: IdMap): Entity {
	const out: Entity = {
		...entity,
		id: id(entity.id),
		evidence: entity.evidence.map((e) => mapEvidence(e, id))
	};
	if (entity.actor) {
		out.actor = { ...entity.actor };
		if (entity.actor.affiliation) out.actor.affiliation = id(entity.actor.affiliation);
		if (entity.actor.leads) out.actor.leads = entity.actor.leads.map(id);
		if (entity.actor.backedBy) out.actor.backedBy = entity.actor.backedBy.map(id);
		if (entity.actor.quotes) out.actor.quotes = entity.actor.quotes.map((q) => mapEvidence(q, id));
	}
	if (entity.place) {
		out.place = { ...entity.place };
		if (entity.place.within) out.place.within = id(entity.place.within);
	}
	if (entity.event) {
		out.event = { ...entity.event, places: entity.event.places.map(id), actors: entity.event.actors.map(id) };
		if (entity.event.against) out.event.against = entity.event.against.map(id);
	}
	if (entity.figure) {
		out.figure = { ...entity.figure };
		if (entity.figure.subject) out.figure.subject = id(entity.figure.subject);
	}
	if (entity.claim) {
		out.claim = { ...entity.claim };
		if (entity.claim.speaker) out.claim.speaker = id(entity.claim.speaker);
	}
	return out;
}

function mapCard(card: Card, id: IdMap): Card {
	return {
		...card,
		id: id(card.id),
		entity: id(card.entity),
		pair: id(card.pair),
		sources: card.sources.map(id),
		evidence: card.evidence.map((e) => mapEvidence(e, id))
	};
}

function mapPack(pack: Pack, id: IdMap): Pack {
	return {
		...pack,
		sources: pack.sources.map((s): Source => ({ ...s, id: id(s.id) })),
		entities: pack.entities.map((e) => mapEntity(e, id)),
		cards: pack.cards.map((c) => mapCard(c, id))
	};
}

/** The pack as the library holds it: every id inside it qualified with the pack's id. */
export function qualifyPack(pack: Pack): Pack {
	return mapPack(pack, (id) => qualify(pack.id, id));
}

/** The pack as a file holds it: its own ids (the inverse of `qualifyPack`). */
export function unqualifyPack(pack: Pack): Pack {
	return mapPack(pack, (id) => (belongsTo(id, pack.id) ? localId(id) : id));
}

/** What installing a version of a pack does to the cards already in the library. Ids are the pack's own. */
export interface PackChanges {
	/** In the new version only: they come in as new cards. */
	added: string[];
	/** In both, with a different question, answer, accepted spellings or evidence: progress kept. */
	changed: string[];
	/** Of those changed, the ones whose answer changed: the learner is told on the card. */
	answerChanged: string[];
	/** In the installed version only: out of every queue and quiz, their history kept. */
	retired: string[];
	/** In both, the same. */
	unchanged: number;
}

/** What of a card a learner would notice changing. */
const teaches = (card: Card) =>
	JSON.stringify([
		card.prompt,
		card.answer,
		card.accepted,
		card.contested,
		card.evidence.map((e) => e.excerpt)
	]);

/** Compares the cards a pack has now with the cards a new version brings (both with the pack's own ids). */
export function diffCards(installed: readonly Card[], incoming: readonly Card[]): PackChanges {
	const before = new Map(installed.map((card) => [card.id, card]));
	const changes: PackChanges = { added: [], changed: [], answerChanged: [], retired: [], unchanged: 0 };
	const seen = new Set<string>();
	for (const card of incoming) {
		seen.add(card.id);
		const old = before.get(card.id);
		if (!old) changes.added.push(card.id);
		else if (teaches(old) !== teaches(card)) {
			changes.changed.push(card.id);
			if (old.answer !== card.answer) changes.answerChanged.push(card.id);
		} else changes.unchanged++;
	}
	for (const card of installed) if (!seen.has(card.id)) changes.retired.push(card.id);
	return changes;
}

/** "12 cards added, 3 changed, 1 retired", or "No card changed." */
export function describeChanges(changes: Pick<PackChanges, 'added' | 'changed' | 'retired'>): string {
	const parts = (
		[
			[changes.added.length, 'added'],
			[changes.changed.length, 'changed'],
			[changes.retired.length, 'retired']
		] as const
	).filter(([n]) => n > 0);
	if (parts.length === 0) return 'No card changed.';
	const text = parts
		.map(([n, what], i) => (i === 0 ? `${n} ${n === 1 ? 'card' : 'cards'} ${what}` : `${n} ${what}`))
		.join(', ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Cards per entity kind and per source (library id): what each study filter holds. */
export interface CardSizes {
	kinds: Record<string, number>;
	sources: Record<string, number>;
}

/** How many of these cards each study filter holds. */
export function cardSizes(cards: readonly Card[]): CardSizes {
	const sizes: CardSizes = { kinds: {}, sources: {} };
	for (const card of cards) {
		sizes.kinds[card.kind] = (sizes.kinds[card.kind] ?? 0) + 1;
		for (const source of card.sources) sizes.sources[source] = (sizes.sources[source] ?? 0) + 1;
	}
	return sizes;
}
