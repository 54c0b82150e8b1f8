/**
 * Card generation: turns the pack's entities into flashcards. Pure and deterministic.
 * Ids are `${entity}:${type}` (+ `:${n}` for the n-th quote / cloze, counted from 1), so they survive content edits.
 */
import type { Card, CardType, Entity, Evidence, PackDate, Source } from './pack';
import { MONTH_NAMES, formatDate, formatYear } from './quiz/dates';

export type DropReason = 'answer in prompt' | 'duplicate prompt';

export interface DroppedCard {
	id: string;
	type: CardType;
	reason: DropReason;
}

export interface CardBuild {
	cards: Card[];
	dropped: DroppedCard[];
}

/** As precise as the date: "23 May 2016", "October 2017" or "2017" (the quiz formats dates the same way). */
export function formatPackDate(date: PackDate): string {
	return formatDate(date);
}

/** Other ways a learner may type the same date ("44 BC" for 44 BCE; ISO forms only in the common era). */
function dateSpellings(date: PackDate): string[] {
	const year = formatYear(date.year);
	const bce = date.year < 0;
	const years = bce ? [year, year.replace(/BCE$/, 'BC')] : [year];
	const month = date.month ? MONTH_NAMES[date.month - 1] : undefined;
	if (!month || !date.month) return years;
	const mm = String(date.month).padStart(2, '0');
	if (!date.day) return [...years.map((y) => `${month} ${y}`), ...(bce ? [] : [`${date.year}-${mm}`])];
	const dd = String(date.day).padStart(2, '0');
	return [
		...years.map((y) => `${date.day} ${month} ${y}`),
		...years.map((y) => `${month} ${date.day}, ${y}`),
		...(bce ? [] : [`${date.year}-${mm}-${dd}`])
	];
}

/** "34.45° N, 40.92° E" */
export function formatCoordinates(lat: number, lon: number): string {
	return `${Math.abs(lat)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon)}° ${lon < 0 ? 'W' : 'E'}`;
}

const normaliseForMatch = (s: string) =>
	s
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[-‐–—]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` names `name` as whole words. Case-insensitive, except for acronyms ("IS", "US"), which are
 * matched as written so that the word "is" does not count as the Islamic State.
 */
export function mentions(text: string, name: string): boolean {
	const needle = normaliseForMatch(name);
	if (!needle) return false;
	const acronym = /^[A-Z0-9]+$/.test(needle);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`,
		acronym ? 'u' : 'iu'
	);
	return pattern.test(normaliseForMatch(text));
}

const dedupe = (values: string[]) => {
	const seen = new Set<string>();
	return values.filter((value) => {
		const key = value.toLowerCase();
		if (!value || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
};

const namesOf = (entity: Entity) => [entity.name, ...entity.aliases];
/** The name as it reads inside a sentence: "the Islamic State", "Arab clans", "Mosul". */
const inSentence = (entity: Entity) => (entity.definite ? `the ${entity.name}` : entity.name);
/** Verb agreement with the name: "is" / "are", "does" / "do". */
const isOrAre = (entity: Entity) => (entity.plural ? 'are' : 'is');
const doesOrDo = (entity: Entity) => (entity.plural ? 'do' : 'does');

/** How a role-actor card names the kind of actor it asks for ("Which armed force is this?"). */
const ACTOR_LABELS: Partial<Record<string, string>> = {
	army: 'armed force',
	media: 'media outlet',
	other: 'group or body'
};
/** Place types that span several countries: no single country to ask for, but still on the map. */
const MULTI_COUNTRY_PLACES = new Set(['country', 'region', 'river']);
/** A prompt that opens with a question word can follow an attribution after a comma. */
const QUESTION_START = /^(?:Who|What|When|Where|Which|Why|How|In which)\b/;

/** "days, not weeks." → "days, not weeks": the quote's closing punctuation belongs to the source sentence. */
function quoteForPrompt(excerpt: string): string {
	return excerpt
		.trim()
		.replace(/[,;:]+$/, '')
		.replace(/(?<=[a-z0-9%)])\.$/, '');
}

/** "According to the digest, when did …?" — or with a colon when the prompt is not a question. */
function attributed(prompt: string, credit: string): string {
	return QUESTION_START.test(prompt)
		? `According to ${credit}, ${prompt.charAt(0).toLowerCase()}${prompt.slice(1)}`
		: `According to ${credit}: ${prompt}`;
}
const withoutFinalStop = (s: string) => s.trim().replace(/[.;:]+$/, '');
const startsAttributed = (s: string) => /^according to /i.test(s.trim());

/** "According to the Zero Hedge commentary, Turkey …" → "Turkey …" (the claim without its attribution). */
export function claimContent(statement: string, claimant: string): string {
	const exact = `according to ${claimant.toLowerCase()},`;
	const body = statement.trim().toLowerCase().startsWith(exact)
		? statement.trim().slice(exact.length)
		: statement.trim().replace(/^according to [^,]+,/i, '');
	return withoutFinalStop(body.trim());
}

/** How a source is credited in a prompt: its publisher when known, else its kind ("the digest", "the source"). */
export function sourceCredit(source: Source): string {
	if (source.publisher !== 'unknown') return source.publisher;
	return source.kind === 'other' ? 'the source' : `the ${source.kind}`;
}

/** The sources of a contested, non-claim entity, credited in its prompts. */
function creditedSources(entity: Entity, sources: Map<string, Source>): string {
	const credits = entity.evidence.map((e) => {
		const source = sources.get(e.source);
		return source ? sourceCredit(source) : 'its sources';
	});
	return dedupe(credits).join(' and ');
}

interface Draft {
	type: CardType;
	n?: number;
	prompt: string;
	answer: string;
	accepted: string[];
	/** Spellings that must not appear in the prompt (the answer and, for entity answers, its aliases). */
	giveaways: string[];
	pair?: string;
	evidence?: Evidence[];
}

/** Every card an entity yields, before the answer-in-prompt and duplicate checks. */
function draftsFor(entity: Entity, byId: Map<string, Entity>, sources: Map<string, Source>): Draft[] {
	const drafts: Draft[] = [];
	const nameAnswer = (target: Entity) => ({
		answer: target.name,
		accepted: dedupe(namesOf(target)),
		giveaways: namesOf(target)
	});
	const text = (answer: string) => ({ answer, accepted: [answer], giveaways: [answer] });

	if (entity.actor) {
		const { role, type, affiliation, quotes } = entity.actor;
		const person = type === 'person';
		const pair = `${entity.id}:role`;
		drafts.push({
			type: 'actor-role',
			prompt: person
				? `Who is ${entity.name}?`
				: entity.plural
					? `Who are ${inSentence(entity)}?`
					: `What is ${inSentence(entity)}?`,
			...text(role),
			pair
		});
		const label = ACTOR_LABELS[type] ?? type;
		drafts.push({
			type: 'role-actor',
			prompt: person ? `Who is this? ${role}` : `Which ${label} is this? ${role}`,
			...nameAnswer(entity),
			pair
		});
		const body = affiliation ? byId.get(affiliation) : undefined;
		// A person is not a "larger body": someone's representative or followers get no affiliation card.
		if (body && body.actor?.type !== 'person')
			drafts.push({
				type: 'actor-affiliation',
				prompt: `What larger body ${isOrAre(entity)} ${inSentence(entity)} part of?`,
				...nameAnswer(body)
			});
		(quotes ?? []).forEach((quote, i) =>
			drafts.push({
				type: 'quote-speaker',
				n: i + 1,
				// The context ("of the coming battle for Falluja (May 2016)") makes a short quote answerable.
				prompt: `Who said${quote.context ? `, ${quote.context.trim()}` : ''}: “${quoteForPrompt(quote.excerpt)}”?`,
				...nameAnswer(entity),
				evidence: [quote]
			})
		);
	}

	if (entity.place) {
		const { type, country, lat, lon, significance } = entity.place;
		const pair = `${entity.id}:location`;
		if (!MULTI_COUNTRY_PLACES.has(type))
			drafts.push({
				type: 'place-country',
				prompt: `In which country ${isOrAre(entity)} ${inSentence(entity)}?`,
				...text(country),
				pair
			});
		drafts.push({
			type: 'place-significance',
			prompt: `Why ${doesOrDo(entity)} ${inSentence(entity)} matter in these sources?`,
			...text(significance)
		});
		const coordinates = formatCoordinates(lat, lon);
		drafts.push({
			type: 'place-map',
			prompt: `Where ${isOrAre(entity)} ${inSentence(entity)}?`,
			...(type === 'country'
				? { answer: coordinates, accepted: [coordinates], giveaways: [] }
				: { answer: `${country} — ${coordinates}`, accepted: [country], giveaways: [country] }),
			pair
		});
	}

	if (entity.event) {
		const { date, places, actors } = entity.event;
		const formatted = formatPackDate(date);
		drafts.push({
			type: 'event-date',
			prompt: `When did this happen: ${entity.name}?`,
			answer: formatted,
			accepted: dedupe([formatted, ...dateSpellings(date)]),
			giveaways: [formatted]
		});
		const placeEntities = places.map((id) => byId.get(id)).filter((e): e is Entity => !!e);
		const placeDraft = partialListDraft('event-place', entity.name, placeEntities, (others) =>
			others ? `Where else did this happen: ${entity.name}?` : `Where did this happen: ${entity.name}?`
		);
		if (placeDraft) drafts.push(placeDraft);
		const actorEntities = actors.map((id) => byId.get(id)).filter((e): e is Entity => !!e);
		const actorDraft = partialListDraft('event-actors', entity.name, actorEntities, (others) =>
			others ? `Who else took part in this: ${entity.name}?` : `Who took part in this: ${entity.name}?`
		);
		if (actorDraft) drafts.push(actorDraft);
	}

	if (entity.figure) {
		const { value, counts, givenBy } = entity.figure;
		drafts.push({
			type: 'figure-number',
			prompt: `According to ${readableGiver(givenBy, sources)}, what is the figure for: ${withoutFinalStop(counts)}?`,
			answer: value,
			accepted: dedupe([value, ...numberSpellings(value)]),
			giveaways: [value]
		});
	}

	if (entity.claim) {
		const { claimant, statement, speaker } = entity.claim;
		const speakerEntity = speaker ? byId.get(speaker) : undefined;
		drafts.push({
			type: 'claim-claimant',
			prompt: `Who claims that ${claimContent(statement, claimant)}?`,
			answer: claimant,
			accepted: dedupe([claimant, ...(speakerEntity ? namesOf(speakerEntity) : [])]),
			giveaways: [claimant, ...(speakerEntity ? namesOf(speakerEntity) : [])]
		});
	}

	(entity.cloze ?? []).forEach((sentence, i) => {
		const hidden = /\[\[([^\]]+)\]\]/.exec(sentence)?.[1]?.trim();
		if (!hidden) return;
		let prompt = sentence.replace(/\[\[[^\]]+\]\]/, '_____');
		if (entity.claim && !startsAttributed(prompt))
			prompt = `According to ${entity.claim.claimant}, ${prompt}`;
		const named = [...byId.values()].find((e) =>
			namesOf(e).some((n) => n.toLowerCase() === hidden.toLowerCase())
		);
		drafts.push({
			type: 'cloze',
			n: i + 1,
			prompt,
			answer: hidden,
			accepted: dedupe([hidden, ...(named ? namesOf(named) : [])]),
			giveaways: [hidden, ...(named ? namesOf(named) : [])]
		});
	});

	// A contested fact is never stated as fact: non-claim prompts credit the sources that make it.
	if (entity.contested && !entity.claim)
		for (const draft of drafts)
			if (!startsAttributed(draft.prompt))
				draft.prompt = attributed(draft.prompt, creditedSources(entity, sources));
	return drafts;
}

/**
 * A card whose answer is one or several entities ("Mosul and Hawija"). An entity already named in the event's
 * name would give part of the answer away, so the card asks for the others; if all are named it is dropped later.
 */
function partialListDraft(
	type: CardType,
	eventName: string,
	entities: Entity[],
	prompt: (others: boolean) => string
): Draft | undefined {
	if (entities.length === 0) return undefined;
	const unnamed = entities.filter((e) => !namesOf(e).some((n) => mentions(eventName, n)));
	const list = unnamed.length > 0 ? unnamed : entities;
	const names = list.map((e) => e.name);
	const answer = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return {
		type,
		prompt: prompt(unnamed.length > 0 && unnamed.length < entities.length),
		answer,
		accepted: list.length === 1 ? dedupe(namesOf(list[0]!)) : [answer],
		giveaways: list.flatMap(namesOf)
	};
}

/** "report-2017 itself" → "the news report": learners never see source ids. */
function readableGiver(givenBy: string, sources: Map<string, Source>): string {
	const [first, ...rest] = givenBy.trim().split(/\s+/);
	const source = first ? sources.get(first) : undefined;
	if (!source) return givenBy.trim();
	const tail = rest.filter((w) => w !== 'itself').join(' ');
	return tail ? `${sourceCredit(source)} ${tail}` : sourceCredit(source);
}

/** "2,500" also as "2500"; "90 percent" also as "90%" and "90". */
function numberSpellings(value: string): string[] {
	const spellings = [value.replace(/(\d),(\d)/g, '$1$2')];
	const percent = /^([\d.,]+)\s*(?:%|percent|per cent)$/i.exec(value.trim());
	if (percent) spellings.push(`${percent[1]}%`, `${percent[1]} percent`, percent[1]!);
	return spellings;
}

const promptKey = (prompt: string) => normaliseForMatch(prompt).toLowerCase();

/** All cards of the pack, in entity order; cards that would give their answer away or repeat a prompt are dropped. */
export function buildCards(entities: Entity[], sources: Source[] = []): CardBuild {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const cards: Card[] = [];
	const dropped: DroppedCard[] = [];
	const prompts = new Set<string>();

	for (const entity of entities) {
		for (const draft of draftsFor(entity, byId, sourceById)) {
			const id = `${entity.id}:${draft.type}${draft.n ? `:${draft.n}` : ''}`;
			if (draft.giveaways.some((g) => mentions(draft.prompt, g))) {
				dropped.push({ id, type: draft.type, reason: 'answer in prompt' });
				continue;
			}
			const key = promptKey(draft.prompt);
			if (prompts.has(key)) {
				dropped.push({ id, type: draft.type, reason: 'duplicate prompt' });
				continue;
			}
			prompts.add(key);
			const evidence = draft.evidence ?? entity.evidence;
			cards.push({
				id,
				entity: entity.id,
				kind: entity.kind,
				type: draft.type,
				prompt: draft.prompt,
				answer: draft.answer,
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
	return { cards, dropped };
}
