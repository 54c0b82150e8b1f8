/**
 * The compiled content pack: what `npm run content` writes and the app loads.
 * Pure types shared by the compiler, the scheduler, the quiz engine and the UI.
 */

export type EntityKind = 'actor' | 'place' | 'event' | 'figure' | 'claim';

export const ENTITY_KINDS: readonly EntityKind[] = ['actor', 'place', 'event', 'figure', 'claim'];

/** What a source is, for a learner weighing it: the one list the compiler, pack files and the pack maker use. */
export const SOURCE_KINDS = [
	'news report',
	'analysis',
	'opinion blog',
	'digest',
	'primary document',
	'other'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
	id: string;
	/** Our own descriptive title. */
	title: string;
	kind: SourceKind;
	/** As the document shows it, or "unknown". */
	publisher: string;
	/** As the document shows it (ISO date or year-month), or "unknown". */
	date: string;
	/** File name of the source document in the folder the compiler checks excerpts against. */
	file: string;
	/** One line on how far to trust it. */
	reliability: string;
}

/** A verbatim excerpt (≤ 25 words) from a source: the proof of a fact. */
export interface Evidence {
	source: string;
	file: string;
	excerpt: string;
	/** Quotes only: when and about what it was said, in our own words ("of the coming battle for Falluja (May 2016)"). */
	context?: string;
}

/** A date as precise as the sources allow. */
export interface PackDate {
	year: number;
	month?: number;
	day?: number;
	/** Why we date it so: "explicit date", "dateline", "the report is dated …". */
	basis: string;
}

export interface ActorFacts {
	/** person | armed group | militia | army | government | agency | coalition | media | other */
	type: string;
	/** A short title in the pack's own words, what a learner recalls ("Leader of the Badr Organization"). */
	title: string;
	/** Entity id of the body it belongs to (e.g. Badr Organization → Popular Mobilization Forces). */
	affiliation?: string;
	/** Entity ids of the bodies it leads. */
	leads?: string[];
	/** Entity ids of who backs it (actors, or places such as a country). */
	backedBy?: string[];
	/** The longer description: shown with the answer as context, never asked for. */
	role: string;
	/** Verbatim words the actor said (each ≤ 25 words), as evidence: `excerpt` is the quote. */
	quotes?: Evidence[];
}

export interface PlaceFacts {
	/** city | town | village | province | border crossing | base | river | region | country | other */
	type: string;
	country: string;
	lat: number;
	lon: number;
	/** A short title in the pack's own words ("The Islamic State's self-declared capital in Syria"). */
	title: string;
	/** Entity id of the place it lies in (Falluja → Anbar province). */
	within?: string;
	/** The longer description: shown with the answer as context, never asked for. */
	significance: string;
}

export interface EventFacts {
	date: PackDate;
	places: string[];
	/** Who acted (not the adversaries). */
	actors: string[];
	/** Whom it was against: the adversaries. */
	against?: string[];
	/** The longer description: shown with the answer as context. */
	outcome: string;
}

export interface FigureFacts {
	/** The number as the source gives it ("2,500", "90%", "30 km"). */
	value: string;
	/** What it counts. */
	counts: string;
	/** Who gives the number (an actor id or a source's own voice). */
	givenBy: string;
	/** Entity id the number is about (a place, event or actor). */
	subject?: string;
	/** The question its card asks, in the pack's own words ("How many fighters held Falluja in May 2016?"). */
	question?: string;
}

export interface ClaimFacts {
	/** Who claims it, as a readable phrase ("the Zero Hedge commentary"). */
	claimant: string;
	statement: string;
	/** Verbatim quote when the claim is a quotation. */
	quote?: string;
	/** Actor id of the speaker when it is a quotation. */
	speaker?: string;
}

export interface Entity {
	id: string;
	kind: EntityKind;
	name: string;
	aliases: string[];
	/** True for opinions, allegations and disputed statements: taught only as "who claims what". */
	contested: boolean;
	evidence: Evidence[];
	/** The name takes "the" inside a sentence ("the Euphrates River", "the Iraqi government"). */
	definite?: boolean;
	/** The name is plural ("Arab clans", "the Syrian Democratic Forces"): "are", not "is". */
	plural?: boolean;
	/** The pack topic it belongs to ("mosul", "raqqa", "border", …): one of `Pack.topics`. */
	topic: string;
	/** 1 = core, 2 = useful, 3 = detail. */
	importance: 1 | 2 | 3;
	/** Own-words sentences with one [[hidden part]] each, turned into cloze cards. */
	cloze?: string[];
	actor?: ActorFacts;
	place?: PlaceFacts;
	event?: EventFacts;
	figure?: FigureFacts;
	claim?: ClaimFacts;
}

export type CardType =
	| 'actor-role'
	| 'role-actor'
	| 'actor-affiliation'
	| 'actor-leads'
	| 'actor-leader'
	| 'actor-backers'
	| 'place-country'
	| 'place-significance'
	| 'title-place'
	| 'place-within'
	| 'place-map'
	| 'place-event'
	| 'event-date'
	| 'event-place'
	| 'event-actors'
	| 'event-against'
	| 'figure-number'
	| 'quote-speaker'
	| 'claim-claimant'
	| 'cloze';

export interface Card {
	/** Stable across content edits: derived from entity id + card type (+ a discriminator). */
	id: string;
	entity: string;
	kind: EntityKind;
	type: CardType;
	prompt: string;
	/** What to recall: a name, a date, a number or a short title (at most 12 words, mostly 8). */
	answer: string;
	/** The longer description shown with the answer (an actor's role, a place's significance, an event's outcome). */
	context?: string;
	/** Every spelling accepted when the answer is typed (canonical first). */
	accepted: string[];
	contested: boolean;
	evidence: Evidence[];
	/** Source ids the card draws on. */
	sources: string[];
	topic: string;
	importance: 1 | 2 | 3;
	/** Cards that are two sides of the same fact share a pair key: never shown back to back, nor new the same day. */
	pair: string;
}

/** A theme of the pack ("mosul"), with its display title; a pack lists its topics in teaching order. */
export interface PackTopic {
	id: string;
	title: string;
}

export interface Pack {
	id: string;
	title: string;
	/** What the pack teaches, in a few sentences. */
	description: string;
	/** In teaching order; every entity's `topic` is one of these ids. */
	topics: PackTopic[];
	/** Content hash: changes when any entry changes. */
	version: string;
	sources: Source[];
	entities: Entity[];
	/** In teaching order (domain/teaching-order.ts): new cards are introduced first to last. */
	cards: Card[];
}
