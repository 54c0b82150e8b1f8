/**
 * Per-pack indexes, built once and memoised per pack object, so a quiz is generated without scanning the
 * whole pack: distractor buckets, events by year, figures by unit, names for answer lookup and typo rivals.
 */
import { answerKey, REGION_COUNTRIES } from '../answer';
import type { Card, CardType, Entity, Pack } from '../pack';
import { buildConfusableIndex, type ConfusableIndex } from './confusables';
import { staticModes } from './eligibility';
import { entityTiers } from './groups';
import { parseNumber, type ParsedNumber } from './numbers';
import { resolveSlot, type AnswerSlot } from './slots';

export interface PoolCard {
	card: Card;
	entity: Entity | undefined;
	/** Position of the entity in pack.entities (-1 when missing), for fast per-quiz sets. */
	entityIndex: number;
	slot: AnswerSlot | null;
	/** Bit set of MODE_BITS this card can serve. */
	modes: number;
}

export interface PoolFigure {
	value: string;
	parsed: ParsedNumber;
}

export interface QuizPool {
	pack: Pack;
	entities: Map<string, Entity>;
	/** Folded name or alias → the entities so named. */
	names: Map<string, Entity[]>;
	cards: PoolCard[];
	byCardId: Map<string, PoolCard>;
	/** The card teaching one fact of an entity (its first card of that type). */
	factCard(entityId: string, type: CardType): Card | undefined;
	/** Distractor buckets (see groups.ts). */
	buckets: Map<string, Entity[]>;
	eventsByYear: Map<number, Entity[]>;
	figuresByUnit: Map<string, PoolFigure[]>;
	/** Countries of the pack's places and the region's countries. */
	countries: string[];
	confusables: ConfusableIndex;
	/** answerKey, memoised: generation folds the same names over and over. */
	key(text: string): string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function indexEntities(pack: Pack, key: (text: string) => string) {
	const entities = new Map<string, Entity>();
	const names = new Map<string, Entity[]>();
	const buckets = new Map<string, Entity[]>();
	const eventsByYear = new Map<number, Entity[]>();
	const figuresByUnit = new Map<string, PoolFigure[]>();
	const countries = new Set<string>(REGION_COUNTRIES);
	for (const e of pack.entities) {
		entities.set(e.id, e);
		for (const k of new Set([e.name, ...e.aliases].map(key))) if (k) push(names, k, e);
		for (const tier of entityTiers(e)) push(buckets, tier, e);
		// Only single countries serve as wrong answers; "Syria and Iraq" would be half right for either.
		if (e.place?.country && !/\band\b|,|\//.test(e.place.country)) countries.add(e.place.country);
		if (e.event?.date) push(eventsByYear, e.event.date.year, e);
		const parsed = e.figure ? parseNumber(e.figure.value) : null;
		if (e.figure && parsed) push(figuresByUnit, parsed.unit, { value: e.figure.value, parsed });
	}
	return { entities, names, buckets, eventsByYear, figuresByUnit, countries: [...countries] };
}

function memoisedKey(): (text: string) => string {
	const keys = new Map<string, string>();
	return (text) => {
		let folded = keys.get(text);
		if (folded === undefined) keys.set(text, (folded = answerKey(text)));
		return folded;
	};
}

function buildPool(pack: Pack): QuizPool {
	const key = memoisedKey();
	const index = { ...indexEntities(pack, key), key };
	const facts = new Map<string, Map<CardType, Card>>();
	for (const card of pack.cards) {
		const byType = facts.get(card.entity) ?? new Map<CardType, Card>();
		if (!byType.has(card.type)) byType.set(card.type, card);
		facts.set(card.entity, byType);
	}
	const factCard = (entityId: string, type: CardType) => facts.get(entityId)?.get(type);
	const hasFactCard = (entityId: string, type: CardType) => factCard(entityId, type) !== undefined;
	const order = new Map(pack.entities.map((e, i) => [e.id, i]));
	const cards = pack.cards.map((card): PoolCard => {
		const entity = index.entities.get(card.entity);
		const slot = resolveSlot(card, entity, index);
		const modes = staticModes(card, entity, slot, index.entities, hasFactCard);
		return { card, entity, entityIndex: order.get(card.entity) ?? -1, slot, modes };
	});
	const allNames = pack.entities.flatMap((e) => [e.name, ...e.aliases]).concat(index.countries);
	return {
		pack,
		...index,
		cards,
		byCardId: new Map(cards.map((pc) => [pc.card.id, pc])),
		factCard,
		confusables: buildConfusableIndex(allNames, key)
	};
}

const pools = new WeakMap<Pack, QuizPool>();

/** Indexes for one pack, built on first use and reused while the pack object lives. */
export function prepareQuizPool(pack: Pack): QuizPool {
	let pool = pools.get(pack);
	if (!pool) {
		pool = buildPool(pack);
		pools.set(pack, pool);
	}
	return pool;
}
