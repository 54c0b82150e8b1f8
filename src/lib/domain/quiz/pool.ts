/**
 * Per-pack indexes, built once and memoised per pack object, so a quiz is generated without scanning the
 * whole pack: distractor buckets, events by year, figures by unit, names for answer lookup and typo rivals.
 */
import { answerKey, REGION_COUNTRIES } from '../answer';
import type { Card, CardType, Entity, Pack } from '../pack';
import { confusableIndexSteps, type ConfusableIndex } from './confusables';
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

/** How many entities or cards are indexed between two pauses of `quizPoolSteps`. */
const ITEMS_PER_STEP = 24;

function* indexEntities(pack: Pack, key: (text: string) => string) {
	const entities = new Map<string, Entity>();
	const names = new Map<string, Entity[]>();
	const buckets = new Map<string, Entity[]>();
	const eventsByYear = new Map<number, Entity[]>();
	const figuresByUnit = new Map<string, PoolFigure[]>();
	const countries = new Set<string>(REGION_COUNTRIES);
	for (const [i, e] of pack.entities.entries()) {
		if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
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

/** The pool, built a slice at a time: each `yield` is a pause where the caller may let the page breathe. */
function* buildPool(pack: Pack): Generator<void, QuizPool, void> {
	const key = memoisedKey();
	const index = { ...(yield* indexEntities(pack, key)), key };
	const facts = new Map<string, Map<CardType, Card>>();
	for (const card of pack.cards) {
		const byType = facts.get(card.entity) ?? new Map<CardType, Card>();
		if (!byType.has(card.type)) byType.set(card.type, card);
		facts.set(card.entity, byType);
	}
	const factCard = (entityId: string, type: CardType) => facts.get(entityId)?.get(type);
	const hasFactCard = (entityId: string, type: CardType) => factCard(entityId, type) !== undefined;
	const order = new Map(pack.entities.map((e, i) => [e.id, i]));
	const cards: PoolCard[] = [];
	for (const [i, card] of pack.cards.entries()) {
		if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
		const entity = index.entities.get(card.entity);
		const slot = resolveSlot(card, entity, index);
		const modes = staticModes(card, entity, slot, index.entities, hasFactCard);
		cards.push({ card, entity, entityIndex: order.get(card.entity) ?? -1, slot, modes });
	}
	const allNames = pack.entities.flatMap((e) => [e.name, ...e.aliases]).concat(index.countries);
	return {
		pack,
		...index,
		cards,
		byCardId: new Map(cards.map((pc) => [pc.card.id, pc])),
		factCard,
		confusables: yield* confusableIndexSteps(allNames, key)
	};
}

const pools = new WeakMap<Pack, QuizPool>();
/** Pools being built a slice at a time (`quizPoolSteps`), finished at once if a quiz is wanted first. */
const building = new WeakMap<Pack, Generator<void, QuizPool, void>>();

/** Indexes for one pack, built on first use and reused while the pack object lives. */
export function prepareQuizPool(pack: Pack): QuizPool {
	let pool = pools.get(pack);
	if (!pool) {
		const steps = building.get(pack) ?? buildPool(pack);
		for (let step = steps.next(); ; step = steps.next()) {
			if (step.done) {
				pool = step.value;
				break;
			}
		}
		building.delete(pack);
		pools.set(pack, pool);
	}
	return pool;
}

/** Whether the pack's indexes are built (a quiz is then made in a few milliseconds). */
export function isQuizPoolReady(pack: Pack): boolean {
	return pools.has(pack);
}

/**
 * Builds the pack's indexes ahead of the first quiz, a slice per call: each call does a small share of the work
 * (a few milliseconds at most on a slow phone) and returns true once the pool is ready. The caller spreads the
 * calls over idle time, so the first quiz starts as fast as later ones without blocking the page.
 */
export function quizPoolStep(pack: Pack): boolean {
	if (pools.has(pack)) return true;
	let steps = building.get(pack);
	if (!steps) building.set(pack, (steps = buildPool(pack)));
	const step = steps.next();
	if (!step.done) return false;
	building.delete(pack);
	pools.set(pack, step.value);
	return true;
}
