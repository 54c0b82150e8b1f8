/**
 * What every card-draft plug-in shares: the draft shape, the pack's indexes, and how names read in a question.
 * A plug-in turns one entity into drafts; `cards.ts` checks them (give-aways, duplicates) and makes the cards.
 */
import { dedupe, joinNames, mentions } from '../card-text';
import type { CardType, Entity, Evidence, PackDate, Source } from '../pack';

export interface Draft {
	type: CardType;
	/** Tells cards of one type and entity apart in the id: the n-th quote or cloze, or another entity's id. */
	key?: number | string;
	prompt: string;
	answer: string;
	accepted: string[];
	/** Spellings that must not appear in the prompt (the answer and, for entity answers, its aliases). */
	giveaways: string[];
	pair?: string;
	/** The card's evidence when not the entity's own. */
	evidence?: Evidence[];
	/** The card's context when not the entity's own description; null for none. */
	context?: string | null;
}

/** The pack as the plug-ins see it: entities by id, sources, and the reverse links they need. */
export interface DraftContext {
	byId: ReadonlyMap<string, Entity>;
	sources: ReadonlyMap<string, Source>;
	/** Actors that lead an entity (their `leads` lists it). */
	leadersOf(entityId: string): Entity[];
	/** Events that list a place. */
	eventsAt(placeId: string): Entity[];
}

export type DraftBuilder = (entity: Entity, ctx: DraftContext) => Draft[];

export const namesOf = (entity: Entity) => [entity.name, ...entity.aliases];
/** The name as it reads inside a sentence: "the Islamic State", "Arab clans", "Mosul". */
export const inSentence = (entity: Entity) => (entity.definite ? `the ${entity.name}` : entity.name);
/** Verb agreement with the name: "is" / "are", "does" / "do". */
export const isOrAre = (entity: Entity) => (entity.plural ? 'are' : 'is');
export const doesOrDo = (entity: Entity) => (entity.plural ? 'do' : 'does');
/** Whether a text (a title) already names the entity, under any of its spellings. */
export const names = (text: string, entity: Entity) => namesOf(entity).some((n) => mentions(text, n));

/** The long description of an entity: shown with its cards' answers, never asked for. */
export function descriptionOf(entity: Entity): string | undefined {
	return entity.actor?.role ?? entity.place?.significance ?? entity.event?.outcome;
}

/** How a question names a kind of actor ("Which armed force …?"), one and many. */
const ACTOR_LABELS: Partial<Record<string, [string, string]>> = {
	army: ['armed force', 'armed forces'],
	media: ['media outlet', 'media outlets'],
	other: ['group or body', 'groups or bodies'],
	person: ['person', 'people']
};
/** How a question names a kind of place ("In which province …?"). */
const PLACE_LABELS: Partial<Record<string, [string, string]>> = {
	'border crossing': ['border crossing', 'border crossings'],
	other: ['place', 'places'],
	country: ['country', 'countries'],
	city: ['city', 'cities']
};

function labelOf(entity: Entity, many: boolean): string {
	const type = entity.actor?.type ?? entity.place?.type ?? entity.kind;
	const plural = /[^aeiou]y$/.test(type) ? `${type.slice(0, -1)}ies` : `${type}s`;
	const [one, several] = (entity.actor ? ACTOR_LABELS : PLACE_LABELS)[type] ?? [type, plural];
	return many ? several : one;
}

/** "militia", "militias", or "groups" when the entities are of different kinds. */
export function label(entities: readonly Entity[]): string {
	const kinds = new Set(entities.map((e) => labelOf(e, false)));
	if (kinds.size === 1) return labelOf(entities[0]!, entities.length > 1);
	return entities.every((e) => e.place) ? 'places' : 'groups';
}

/** An answer that is one entity: its name, every spelling accepted, none of them allowed in the prompt. */
export function nameAnswer(target: Entity): Pick<Draft, 'answer' | 'accepted' | 'giveaways'> {
	return { answer: target.name, accepted: dedupe(namesOf(target)), giveaways: namesOf(target) };
}

/** An answer that is one or several entities ("Mosul and Raqqa"); two may come in either order. */
export function listAnswer(targets: readonly Entity[]): Pick<Draft, 'answer' | 'accepted' | 'giveaways'> {
	if (targets.length === 1) return nameAnswer(targets[0]!);
	const names = targets.map((e) => e.name);
	const answer = joinNames(names);
	const accepted = names.length === 2 ? [answer, joinNames([...names].reverse())] : [answer];
	return { answer, accepted, giveaways: targets.flatMap(namesOf) };
}

/** An answer in the pack's own words (a title, a country). */
export const textAnswer = (answer: string): Pick<Draft, 'answer' | 'accepted' | 'giveaways'> => ({
	answer,
	accepted: [answer],
	giveaways: [answer]
});

/** The entities behind a list of ids, skipping any the pack lacks (the compiler reports those). */
export const resolve = (ids: readonly string[] | undefined, ctx: DraftContext): Entity[] =>
	(ids ?? []).map((id) => ctx.byId.get(id)).filter((e): e is Entity => !!e);

/**
 * Evidence for a card whose answer is other entities: the excerpts (of the entity or of the answers) that name
 * both the entity and an answer, else the entity's own excerpts that name an answer, else all its own.
 */
export function evidenceNaming(entity: Entity, answers: readonly Entity[]): Evidence[] {
	const namesAnswer = (e: Evidence) => answers.some((a) => names(e.excerpt, a));
	const pool = [...entity.evidence, ...answers.flatMap((a) => a.evidence)];
	const both = pool.filter(
		(e, i) =>
			namesAnswer(e) && names(e.excerpt, entity) && pool.findIndex((x) => x.excerpt === e.excerpt) === i
	);
	if (both.length) return both;
	const own = entity.evidence.filter(namesAnswer);
	return own.length ? own : entity.evidence;
}

/** "on 3 November 2017", "in May 2016", "in 2017". */
export function whenPhrase(date: PackDate, formatted: string): string {
	return `${date.day === undefined ? 'in' : 'on'} ${formatted}`;
}
