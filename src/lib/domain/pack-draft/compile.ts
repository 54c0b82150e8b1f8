/**
 * Compiles a reviewed draft into a pack with the built-in pack's rules: the same card generator (cards.ts), the
 * same teaching order, the same card rules (card-rules.ts) and the same pack-file validation (parsePack: shape,
 * excerpts ≤ 25 words, no dangling reference). Every problem names the proposal to fix, when there is one.
 */
import { ambiguousPrompts, answerWords, cardViolations, MAX_ANSWER_WORDS } from '../card-rules';
import { buildCards } from '../cards';
// The engine's small parts, not its index: the index brings the NLP library, which only the worker loads.
import { sameName } from '../extract/aliases';
import { countWords, MAX_EXCERPT_WORDS } from '../extract/excerpt';
import type { PlaceSuggestion, Proposal, ProposalEvidence } from '../extract/types';
import type { Card, Entity, Evidence, Pack, Source } from '../pack';
import { parsePack, toPackFile } from '../pack-file';
import { teachingOrder } from '../teaching-order';
import { takesThe } from './definite';
import { eventTitle } from './own-words';
import { reviewedDraft, type ReviewedProposal } from './review';
import type { DraftSource, PackDraft } from './types';
import { madeOnFirstUse } from '../made-on-first-use';

export interface CompileProblem {
	message: string;
	/** The proposal to open to fix it. */
	proposal?: string;
	/** What to change in it: the person's own words, or where a place is. */
	field?: 'own-words' | 'coordinates';
	/** The source to fix (step 2), and which of its fields. */
	source?: { id: string; field: 'title' | 'reliability' };
}

export interface DraftCompilation {
	/** Null while there are problems: nothing half-made is saved. */
	pack: Pack | null;
	problems: CompileProblem[];
	cards: Card[];
}

/** "Battle of Mosul" → "battle-of-mosul"; never empty. */
export function slug(text: string, fallback = 'pack'): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return s || fallback;
}

const ACTOR_TYPES: Record<string, string> = {
	person: 'person',
	organisation: 'other',
	group: 'armed group',
	media: 'media',
	government: 'government',
	'armed force': 'army'
};

const regionNames = madeOnFirstUse(() => new Intl.DisplayNames(['en'], { type: 'region' }));
/** "IQ" → "Iraq": a country's name in English from its ISO code (the code itself when unknown). */
export const countryName = (code: string): string => {
	try {
		return regionNames().of(code.toUpperCase()) ?? code;
	} catch {
		return code;
	}
};

/**
 * The place list's entry a place takes when the person gives no point: its likeliest, unless the list knows the
 * name only far from the documents' other places (then none is taken unasked).
 */
export const takenSuggestion = (p: Proposal): PlaceSuggestion | undefined =>
	p.onlyFarSuggestions ? undefined : p.suggestions?.[0];

/** "Palmira, Colombia", "the country Syria": a place list entry as the pack maker names it. */
export const suggestionName = (s: PlaceSuggestion): string =>
	s.isCountry ? `the country ${s.name}` : `${s.name}, ${countryName(s.country)}`;

/** "Palmira, Colombia; Palmyra, United States": the far places of that name, each country once. */
const describeFar = (p: Proposal): string =>
	[...new Map((p.suggestions ?? []).map((s) => [s.country, suggestionName(s)])).values()]
		.slice(0, 3)
		.join('; ');

function toSource(s: DraftSource): Source {
	return {
		id: s.id,
		title: s.title.trim(),
		kind: s.kind,
		publisher: s.publisher.trim() || 'unknown',
		date: s.date.trim() || 'unknown',
		file: s.file || `${slug(s.title, s.id)}.txt`,
		reliability: s.reliability.trim()
	};
}

interface Build {
	draft: PackDraft;
	topic: string;
	sources: Map<string, DraftSource>;
	/** The sources' texts: how they write a name ("the Syrian military") is how its cards do. */
	texts: string[];
	problems: CompileProblem[];
}

function evidenceOf(e: ProposalEvidence, b: Build, proposal: string): Evidence | undefined {
	const source = b.sources.get(e.file);
	if (!source) return undefined;
	// The verbatim rule, at its strictest: the excerpt is the very passage at its offsets.
	if (source.text.slice(e.start, e.end) !== e.excerpt || countWords(e.excerpt) > MAX_EXCERPT_WORDS) {
		b.problems.push({ message: `An excerpt is not a verbatim passage of “${source.title}”.`, proposal });
		return undefined;
	}
	return { source: source.id, file: toSource(source).file, excerpt: e.excerpt };
}

/**
 * A name ending in a word for many people ("Iraqi forces", "Kurdish fighters") is plural: its cards ask "Who are
 * …?", not "What is …?". Only these words: a final "s" alone also ends "the United States" or "Aleppo Airlines".
 */
const PLURAL_GROUP =
	/\b(?:forces|troops|militias|fighters|soldiers|rebels|insurgents|militants|jihadists|units|brigades|volunteers|tribes|clans|allies|authorities|officials|people)$/i;

function entityOf(r: ReviewedProposal, id: string, b: Build): Entity | undefined {
	const p = r.proposal;
	const text = r.text.trim();
	const evidence = p.evidence.flatMap((e) => evidenceOf(e, b, p.id) ?? []);
	if (evidence.length === 0) return undefined;
	const base = { id, name: p.name, aliases: p.aliases, evidence, topic: b.topic, importance: 2 as const };
	const need = (what: string, field?: CompileProblem['field']) => {
		b.problems.push({ message: `“${p.name}”: ${what}`, proposal: p.id, ...(field ? { field } : {}) });
		return undefined;
	};
	switch (p.kind) {
		case 'actor':
			if (!text) return need('write who or what it is, in your own words.', 'own-words');
			return {
				...base,
				...(PLURAL_GROUP.test(p.name) ? { plural: true } : {}),
				...(p.actorType !== 'person' && takesThe(p.name, b.texts) ? { definite: true } : {}),
				kind: 'actor',
				contested: false,
				actor: { type: ACTOR_TYPES[p.actorType ?? ''] ?? 'other', title: text, role: text }
			};
		case 'place': {
			// A point the person typed or tapped wins over the place list's likeliest suggestion, which is taken
			// unasked only where it lies near the documents' other places (see onlyFarSuggestions).
			const typed = b.draft.points?.[p.id];
			const suggested = takenSuggestion(p);
			const at = typed ?? suggested;
			if (!text) return need('write why it matters here, in your own words.', 'own-words');
			if (!at && p.onlyFarSuggestions)
				return need(
					`the place list knows that name only far from your documents' other places (${describeFar(p)}): choose one if it is right, or type the coordinates or tap the map.`,
					'coordinates'
				);
			if (!at)
				return need(
					'it has no coordinates: type them or tap the map (the place list loads on an online visit).',
					'coordinates'
				);
			const country = typed?.country?.trim() || (suggested ? countryName(suggested.country) : '');
			if (!country) return need('say which country it is in (beside its coordinates).', 'coordinates');
			return {
				...base,
				...(takesThe(p.name, b.texts) ? { definite: true } : {}),
				kind: 'place',
				contested: false,
				place: {
					type: suggested?.isCountry
						? 'country'
						: !typed && suggested && suggested.population > 0
							? 'city'
							: 'other',
					country,
					lat: at.lat,
					lon: at.lon,
					title: text,
					significance: text
				}
			};
		}
		case 'event':
			if (!p.date) return need('it has no date.');
			if (!text) return need('say what happened, in your own words.', 'own-words');
			// A drafted "On <date>, …" sentence names the event without its date: the card asks the date.
			return {
				...base,
				name: eventTitle(text),
				kind: 'event',
				contested: false,
				event: { date: { ...p.date }, places: [], actors: [], outcome: text }
			};
		case 'figure':
			return {
				...base,
				kind: 'figure',
				contested: false,
				figure: {
					value: p.value ?? p.name,
					counts: p.counts ?? p.name,
					// "the document “…”" is the source's own voice: its id lets the card credit it by name.
					givenBy: p.givenBy && !/^the document\b/.test(p.givenBy) ? p.givenBy : evidence[0]!.source,
					...(text ? { question: text } : {})
				}
			};
		case 'quote':
		case 'claim': {
			const claimant = (p.kind === 'quote' ? p.speaker : p.claimant)?.trim();
			// Who claims it comes from the passage only: nothing the person types can name them.
			if (!claimant)
				return need(
					'no one is named as saying it, and a claim is taught only as who claims what: reject it.'
				);
			return {
				...base,
				kind: 'claim',
				contested: true,
				claim: {
					claimant,
					statement: text || p.name,
					...(p.kind === 'quote' ? { quote: evidence[0]!.excerpt } : {})
				}
			};
		}
	}
}

/** Quotes whose speaker is an accepted actor become that actor's quotes ("Who said …?"), not claims. */
function attachQuotes(entities: Entity[], quotes: Map<string, Proposal>): Entity[] {
	return entities.flatMap((e) => {
		const said = quotes.get(e.id)?.speaker;
		const speaker = said
			? entities.find((a) => a.actor && [a.name, ...a.aliases].some((n) => sameName(n, said)))
			: undefined;
		if (!speaker?.actor) return [e];
		speaker.actor.quotes = [...(speaker.actor.quotes ?? []), e.evidence[0]!];
		return [];
	});
}

/**
 * The card rules (card-rules.ts) that what the person wrote broke, said of the entry to edit and its card's
 * question: "“Raqqah”: its card … would have an answer of 25 words", not a card id.
 */
function cardProblems(
	cards: readonly Card[],
	entities: readonly Entity[],
	proposalOf: ReadonlyMap<string, Proposal>
): CompileProblem[] {
	const nameOf = new Map(entities.map((e) => [e.id, e.name]));
	const problems: CompileProblem[] = cards.flatMap((card) => {
		const about = `“${nameOf.get(card.entity) ?? card.entity}”: its card “${card.prompt}”`;
		const proposal = proposalOf.get(card.entity)?.id;
		// "answer has 25 words (at most 12)": the one rule a person's wording breaks most, said in full.
		return cardViolations(card).map((rule) => ({
			message: rule.startsWith('answer has')
				? `${about} would have an answer of ${answerWords(card.answer)} words, and an answer to recall has at most ${MAX_ANSWER_WORDS}: say it in fewer words.`
				: `${about} breaks a rule (${rule}): put it in your own words otherwise.`,
			proposal,
			field: 'own-words' as const
		}));
	});
	for (const prompt of ambiguousPrompts(cards))
		problems.push({
			message: `Two cards ask “${prompt}” with different answers: reword one of them in your own words.`
		});
	return problems;
}

/** The pack the draft makes, or the problems that stop it; `now` dates the version. */
export function compileDraft(draft: PackDraft, now: number): DraftCompilation {
	const problems: CompileProblem[] = [];
	if (!draft.title.trim()) problems.push({ message: 'The pack needs a title (step 1).' });
	const sources = draft.sources.filter((s) => s.title.trim());
	for (const s of draft.sources)
		if (!s.title.trim())
			problems.push({ message: 'A source needs a title (step 2).', source: { id: s.id, field: 'title' } });
	for (const s of sources)
		if (!s.reliability.trim())
			problems.push({
				message: `“${s.title}” needs a note on how far to trust it (step 2).`,
				source: { id: s.id, field: 'reliability' }
			});
	const topic = slug(draft.topic || 'general', 'general');
	const b: Build = {
		draft,
		topic,
		sources: new Map(sources.map((s) => [s.id, s])),
		texts: sources.map((s) => s.text),
		problems
	};
	const ids = new Set<string>();
	const quotes = new Map<string, Proposal>();
	const proposalOf = new Map<string, Proposal>();
	const built: Entity[] = [];
	for (const r of reviewedDraft(draft)) {
		if (r.status !== 'accepted') continue;
		let id = `${r.proposal.kind}-${slug(r.proposal.name, 'entry')}`;
		for (let n = 2; ids.has(id); n++) id = `${r.proposal.kind}-${slug(r.proposal.name, 'entry')}-${n}`;
		const entity = entityOf(r, id, b);
		if (!entity) continue;
		ids.add(id);
		if (r.proposal.kind === 'quote') quotes.set(id, r.proposal);
		proposalOf.set(id, r.proposal);
		built.push(entity);
	}
	const entities = attachQuotes(built, quotes);
	if (entities.length === 0 && problems.length === 0)
		problems.push({
			// Without proposals there is no Review step: "step 4" would be this one.
			message: draft.proposals?.length
				? 'Accept at least one proposal (step 4): a pack needs cards.'
				: 'Find proposals in your sources (step 3), then accept at least one: a pack needs cards.'
		});
	const packSources = sources.map(toSource);
	const { cards: unordered } = buildCards(entities, packSources);
	const cards = teachingOrder(unordered, entities, [topic]);
	// A card that would give its answer away is dropped: an entry left with none must be reworded.
	for (const e of entities)
		if (!unordered.some((c) => c.entity === e.id))
			problems.push({
				message: `“${e.name}”: its card would give the answer away; put it in your own words.`,
				proposal: proposalOf.get(e.id)?.id,
				field: 'own-words'
			});
	problems.push(...cardProblems(cards, entities, proposalOf));
	if (problems.length > 0) return { pack: null, problems, cards };
	const pack: Pack = {
		id: `${slug(draft.title)}-${draft.id
			.slice(0, 8)
			.toLowerCase()
			.replace(/[^a-z0-9]/g, '0')}`,
		title: draft.title.trim(),
		description: draft.description.trim(),
		topics: [{ id: topic, title: draft.topic.trim() || 'General' }],
		version: `made-${now.toString(36)}`,
		sources: packSources,
		entities,
		cards
	};
	const checked = parsePack(JSON.parse(JSON.stringify(toPackFile(pack))));
	if (!checked.ok)
		return { pack: null, problems: checked.problem.details.map((message) => ({ message })), cards };
	return { pack: checked.pack, problems: [], cards };
}
