/**
 * Which mentions name the same thing, and whether that thing is an actor or a place (or neither): every mention
 * of a name, in every document, adds its signs — compromise's tags, a title, the last word, the words around it,
 * the country list and the gazetteer — and names with too little support are dropped, so the review queue stays
 * short.
 */
import { madeOnFirstUse } from '../made-on-first-use';
import { groupNames, isAcronym, type NameMention } from './aliases';
import { createCountryList } from './countries';
import type { Gazetteer } from './gazetteer';
import type { Mention } from './mentions';
import type { ActorType, PlaceSuggestion } from './types';

export interface NamedThing {
	kind: 'actor' | 'place';
	actorType?: ActorType;
	/** The name to show first, then every other spelling (with titles, where written so). */
	names: string[];
	mentions: Mention[];
	/** 0..1. */
	confidence: number;
	suggestions?: PlaceSuggestion[];
	/** See Proposal's `onlyFarSuggestions`. */
	onlyFarSuggestions?: true;
}

/** Support a name needs to be proposed (see `weigh`). */
export const MIN_SUPPORT = 2;

interface Weights {
	/** compromise's person tag, as a sign that this is a name at all. */
	named: number;
	person: number;
	organisation: number;
	media: number;
	place: number;
	actor: number;
}

const share = (ms: Mention[], f: (m: Mention) => boolean) => ms.filter(f).length / ms.length;

/** "al-Mayadeen", "Deir el-Zour", "Al Qaim": an Arabic article, as place names (and family names) carry. */
const ARABIC_ARTICLE = /(?:^|\s)(?:al|el|ad|ar|as|az|ash)[-\s]\p{L}/iu;

/** What the mentions of one name say, as scores per kind. */
function weigh(ms: Mention[], hits: PlaceSuggestion[]): Weights {
	const titled = ms.some((m) => m.title);
	const gazetteer = hits.length === 0 ? 0 : hits[0]!.population >= 100_000 ? 1.5 : 0.75;
	// compromise tags most "al-…" names as people, places too (Deir al-Zour, al-Mayadeen, al-Tanf): with no title
	// nor anything a person does ("said"), its tag weighs less than a place's own signs.
	const placeSigns = gazetteer > 0 || ms.some((m) => m.placeContext || m.taggedPlace);
	const placeShaped = gazetteer > 0 || ms.some((m) => ARABIC_ARTICLE.test(m.text));
	const tagOnly = !titled && !ms.some((m) => m.actorContext) && placeSigns && placeShaped;
	const tagged = share(ms, (m) => m.taggedPerson) * 2.5;
	const person = (titled ? 3 : 0) + (tagOnly ? tagged / 5 : tagged);
	// "… estimates from John Kerry": a person's full name, which no place list knows, is not a place for a "from".
	const personsName = !tagOnly && gazetteer === 0 && tagged > 0 && ms.some((m) => /\s/.test(m.text));
	const organisation =
		share(ms, (m) => m.taggedOrganisation) * 2 +
		(ms.some((m) => m.head === 'organisation') ? 3 : 0) +
		(ms.some((m) => m.group) ? 0.5 : 0) +
		// An acronym inside a sentence is nearly always an organisation's ("SANA", "CENTCOM"), unless it is a country's.
		(ms.some((m) => m.acronym)
			? ms.some((m) => m.acronym && m.text.replace(/\W/g, '').length >= 3)
				? 2
				: 1
			: 0);
	const media = ms.some((m) => m.head === 'media') ? 3 : 0;
	const place =
		share(ms, (m) => m.taggedPlace) * 2 +
		(ms.some((m) => m.head === 'place') ? 3 : 0) +
		share(ms, (m) => m.placeContext) * (personsName ? 1.5 : 3) +
		(person > 0 && !tagOnly ? 0 : gazetteer);
	const actor = Math.max(person, organisation, media) + share(ms, (m) => m.actorContext) * 2;
	// The tag still says it is a name: it counts towards proposing it at all.
	return { person, organisation, media, place, actor, named: tagged };
}

function actorTypeOf(names: string[], w: Weights): ActorType {
	const name = names[0]!.toLowerCase();
	if (w.media >= 3) return 'media';
	if (w.person > w.organisation && w.person >= 1) return 'person';
	if (/\b(government|regime|administration|ministry|department|republic|parliament)\b/.test(name))
		return 'government';
	if (
		/\b(forces?|army|military|militias?|brigades?|corps|troops|fighters|division|guards?|units|navy)\b/.test(
			name
		)
	)
		return 'armed force';
	return isAcronym(names[0]!) ? 'organisation' : 'group';
}

/**
 * Groups the mentions of all documents into named things and keeps those with enough support.
 * Place suggestions favour the countries the corpus's surest places are in (Palmyra in Syria, not in Colombia).
 */
export function classifyNames(mentions: Mention[], gazetteer?: Gazetteer): NamedThing[] {
	const counts = new Map<string, number>();
	for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
	const nameMentions: NameMention[] = mentions.map((m) => ({
		text: m.text,
		person: m.title || m.taggedPerson,
		place: (m.taggedPlace || m.placeContext) && !m.taggedPerson,
		sameAs: m.sameAs
	}));
	const byText = new Map<string, Mention[]>();
	for (const m of mentions) byText.set(m.text, [...(byText.get(m.text) ?? []), m]);
	const lowerWords = lowerCaseWords(mentions);

	const things: NamedThing[] = [];
	for (const group of groupNames(nameMentions, counts)) {
		// "Iraq@IQ_Mesopotamia": a tweet's text with a handle glued on is no name as written.
		if (group.names.every((n) => countryCompound(n) || n.includes('@'))) continue;
		const ms = group.names.flatMap((n) => byText.get(n) ?? []);
		const titled = ms.some((m) => m.title || m.group);
		const hits = titled
			? []
			: (countryNamed(group.names) ?? (gazetteer ? lookupAll(gazetteer, group.names) : []));
		const w = weigh(ms, hits);
		const frequency = Math.min(1.5, 0.5 * (new Set(ms.map((m) => m.start + m.file)).size - 1));
		// Capitals inside a sentence are a sign of a name in themselves (more so for several words).
		const inside = ms.some((m) => !m.sentenceStart)
			? group.names.some((n) => /\s/.test(n))
				? 0.75
				: 0.5
			: 0;
		let support = Math.max(w.actor, w.place, w.named) + frequency + inside;
		if (ms.some((m) => m.appositive)) support += 1;
		// A lone word capitalised only where sentences open may be any word; a run of capitalised words is a name.
		if (ms.every((m) => m.sentenceStart) && !group.names.some((n) => /\s/.test(n))) support -= 1.5;
		// A single word the documents also write in lower case is a common word ("Caliphate", "Major").
		if (group.names.every((n) => !/\s/.test(n) && lowerWords.has(n.toLowerCase()))) support -= 2;
		if (support < MIN_SUPPORT) continue;
		const kind = w.place > w.actor ? 'place' : 'actor';
		const withTitles = [...new Set(ms.flatMap((m) => (m.titled ? [m.titled] : [])))];
		const names = [...group.names, ...withTitles.filter((t) => !group.names.includes(t))];
		const thing: NamedThing = {
			kind,
			names,
			mentions: ms.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start),
			confidence: Math.min(1, support / 6)
		};
		if (kind === 'actor') thing.actorType = actorTypeOf(names, w);
		if (kind === 'place' && hits.length > 0) thing.suggestions = hits;
		things.push(thing);
	}
	preferCorpusCountries(things);
	return things;
}

const countries = madeOnFirstUse(() => createCountryList());

/**
 * "US-Russia", "Iran-Iraq", "US-British-French": countries joined into an adjective ("the Iran-Iraq border"), not a
 * place nor an actor of its own. A country whose own name has a hyphen (Guinea-Bissau) is a country.
 */
function countryCompound(name: string): boolean {
	const parts = name.split(/[-–]/);
	return (
		parts.length > 1 &&
		!countries().lookup(name) &&
		parts.every((part) => /^\p{Lu}/u.test(part)) &&
		parts.some((part) => countries().lookup(part))
	);
}

/** A name that is a country's is that country, at its point: the city list spells towns alike (Soria for Syria). */
function countryNamed(names: string[]): PlaceSuggestion[] | undefined {
	for (const name of names) {
		const country = countries().lookup(name);
		if (country)
			return [
				{
					name: country.name,
					country: country.code,
					lat: country.lat,
					lon: country.lon,
					population: 0,
					isCountry: true
				}
			];
	}
	return undefined;
}

function lookupAll(gazetteer: Gazetteer, names: string[]): PlaceSuggestion[] {
	const seen = new Set<string>();
	const all: PlaceSuggestion[] = [];
	for (const n of names) {
		if (isAcronym(n)) continue;
		for (const hit of gazetteer.lookup(n)) {
			const key = `${hit.name}|${hit.country}|${hit.lat}|${hit.lon}`;
			if (!seen.has(key)) {
				seen.add(key);
				all.push(hit);
			}
		}
	}
	return all.sort((a, b) => b.population - a.population);
}

function preferCorpusCountries(things: NamedThing[]): void {
	// Places the gazetteer knows in one country only vote for it, as surely as they are places.
	const votes = new Map<string, number>();
	for (const t of things) {
		const inCountries = new Set(t.suggestions?.map((s) => s.country));
		// A country named is no sign of where the towns are: a report on Syria names the United States.
		if (t.kind === 'place' && inCountries.size === 1 && !t.suggestions![0]!.isCountry) {
			const [country] = inCountries;
			votes.set(country!, (votes.get(country!) ?? 0) + t.confidence);
		}
	}
	for (const t of things) {
		if (!t.suggestions) continue;
		t.suggestions = [...t.suggestions]
			.sort(
				(a, b) => (votes.get(b.country) ?? 0) - (votes.get(a.country) ?? 0) || b.population - a.population
			)
			.slice(0, 5);
		// Where the documents' places vote, a name known only elsewhere is likely one the list lacks.
		const first = t.suggestions[0]!;
		if (votes.size > 0 && !first.isCountry && !votes.has(first.country)) t.onlyFarSuggestions = true;
	}
}

/** Words the documents write in lower case somewhere (inside a sentence, not in a name). */
function lowerCaseWords(mentions: Mention[]): Set<string> {
	const words = new Set<string>();
	const seen = new Set<object>();
	for (const m of mentions) {
		if (seen.has(m.sentence)) continue;
		seen.add(m.sentence);
		for (const w of m.sentence.words) if (/^\p{Ll}+$/u.test(w.text)) words.add(w.text);
	}
	return words;
}
