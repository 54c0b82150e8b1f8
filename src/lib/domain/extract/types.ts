/**
 * Shapes shared by the extraction engine: the documents that come in and the proposals that go out.
 * A proposal is a suggestion for a person to review, never a fact: each carries the verbatim passages it rests on.
 */

export type ProposalKind = 'actor' | 'place' | 'event' | 'figure' | 'quote' | 'claim';

export const PROPOSAL_KINDS: readonly ProposalKind[] = [
	'actor',
	'place',
	'event',
	'figure',
	'quote',
	'claim'
];

/** A kind of proposal as a heading names its list. */
export const PROPOSAL_KIND_TITLES: Readonly<Record<ProposalKind, string>> = {
	actor: 'Actors',
	place: 'Places',
	event: 'Events',
	figure: 'Figures',
	quote: 'Quotes',
	claim: 'Claims'
};

/** A date as precise as the text allows. */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

/** A document's date with how it is known ("the date line", "given with the source"). */
export interface DocumentDate extends PartialDate {
	basis: string;
}

/** One source document as the engine reads it. */
export interface ExtractDocument {
	/** The file's base name or the pasted source's title: what evidence points back to. */
	file: string;
	/** What a person calls the document, when `file` is an id ("the author of …"); `file` otherwise. */
	title?: string;
	text: string;
	/** The document's own date, when the person gave it; otherwise the engine looks for a date line. */
	date?: PartialDate;
}

/** A verbatim passage (≤ 25 words): `text.slice(start, end) === excerpt` in the document named by `file`. */
export interface ProposalEvidence {
	file: string;
	excerpt: string;
	start: number;
	end: number;
}

export interface ProposedDate extends PartialDate {
	/** Why the date is what it is: "explicit date", "relative to the document's date (…)", "the document's date". */
	basis: string;
}

/** A place the gazetteer knows by one of the proposal's names. */
export interface PlaceSuggestion {
	name: string;
	/** ISO 3166-1 alpha-2 code. */
	country: string;
	lat: number;
	lon: number;
	population: number;
	/** The country itself (from countries.json), not a town in it. */
	isCountry?: true;
}

export type ActorType = 'person' | 'organisation' | 'group' | 'media' | 'government' | 'armed force';

export interface Proposal {
	/** Stable for the same input: kind + alias key of the name (+ the first evidence offset for passages). */
	id: string;
	kind: ProposalKind;
	/** The commonest spelling (actors, places), a short label (events, figures), or the quoted words (quotes). */
	name: string;
	/** Every other spelling found, across documents. */
	aliases: string[];
	evidence: ProposalEvidence[];
	/** Events: when it happened. */
	date?: ProposedDate;
	/** Quotes: who said it (a name as the text gives it). */
	speaker?: string;
	/** Claims: who claims it; claims are contested until a person decides otherwise. */
	claimant?: string;
	contested?: boolean;
	/** Actors: what kind of actor the rules think it is. */
	actorType?: ActorType;
	/** Places: gazetteer entries by that name, likeliest first. */
	suggestions?: PlaceSuggestion[];
	/**
	 * Places: the gazetteer knows the name only in countries none of the documents' surest places are in (Palmyra,
	 * of Syria, is not in it; Palmira, Colombia, is): its entries are offered to choose from, never taken unasked.
	 */
	onlyFarSuggestions?: true;
	/** Figures: the number as written ("about 50,000"), what it counts, and who gives it. */
	value?: string;
	counts?: string;
	givenBy?: string;
	/** How sure the rules are, 0..1: the review queue shows the surest first. */
	confidence: number;
}

/** Options of one extraction run. */
export interface ExtractOptions {
	/** Looks a name up among known places (see gazetteer.ts); without it, places rest on the text alone. */
	gazetteer?: import('./gazetteer').Gazetteer;
}
