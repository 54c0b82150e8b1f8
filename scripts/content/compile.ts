/**
 * The content compiler: YAML texts (+ seed texts) → the pack, with every error and warning as one readable line.
 * Pure: no file system; `scripts/content.ts` reads the files and writes the result.
 */
import {
	answerLengths,
	cardViolations,
	ambiguousPrompts,
	SHORT_ANSWER_SHARE,
	SHORT_ANSWER_WORDS,
	type AnswerLengths
} from '../../src/lib/domain/card-rules';
import { buildCards, type DroppedCard, type DropReason } from '../../src/lib/domain/cards';
import { teachingOrder } from '../../src/lib/domain/teaching-order';
import {
	ENTITY_KINDS,
	type CardType,
	type Entity,
	type EntityKind,
	type Pack,
	type Source
} from '../../src/lib/domain/pack';
import { CONTENT_FILES, entrySchemas, entryLabel, type ContentFile } from '../../src/lib/content/schema';
import { contentHash } from './content-hash';
import { excerptErrors, type Excerpt } from './excerpts';
import { readEntries, readManifest, type FileEntries, type RawEntry } from './read-entries';
import { danglingReferenceErrors, duplicateIdErrors, type Reference } from './references';
import { toEntity } from './to-entities';

export interface CompileInput {
	/** The text of pack.yaml; without it the folder is not a pack (one error). */
	manifest?: string;
	/** YAML text per content file; a missing file counts as an empty list. */
	files: Partial<Record<ContentFile, string>>;
	/** Source texts by file name; without them only the verbatim check is skipped. */
	seeds?: Record<string, string>;
	/** The pack folder as messages name it ("content/isis-campaign-2016-2017"); "content" when not given. */
	dir?: string;
}

export interface CompileCounts {
	sources: number;
	entries: Record<EntityKind, number>;
	cards: Partial<Record<CardType, number>>;
	dropped: Record<DropReason, number>;
	/** Answer lengths in words, per card type and over all cards. */
	answers: ReturnType<typeof answerLengths>;
}

export interface CompileResult {
	pack: Pack;
	errors: string[];
	warnings: string[];
	counts: CompileCounts;
	dropped: DroppedCard[];
}

const ENTITY_FILES = ['actors', 'places', 'events', 'figures', 'claims'] as const;
type EntityFile = (typeof ENTITY_FILES)[number];
const ENTITY_TARGETS = ENTITY_FILES;

export function compileContent(input: CompileInput): CompileResult {
	const dir = input.dir ?? 'content';
	const manifest = readManifest(input.manifest, dir);
	const schemas = entrySchemas({ topics: manifest.value?.topics.map((t) => t.id) });
	const read = <F extends ContentFile>(file: F) => readEntries(file, input.files[file], schemas, dir);
	const parsed: Parsed = {
		sources: read('sources'),
		actors: read('actors'),
		places: read('places'),
		events: read('events'),
		figures: read('figures'),
		claims: read('claims')
	};
	const raw: RawEntry[] = CONTENT_FILES.flatMap((file) => parsed[file].raw);
	const errors = [
		...manifest.errors,
		...CONTENT_FILES.flatMap((file) => parsed[file].errors),
		...duplicateIdErrors(raw, dir)
	];
	errors.push(...danglingReferenceErrors(raw, collectReferences(parsed), dir));
	const warnings: string[] = [];
	const sources: Source[] = parsed.sources.entries.map(({ value }) => value);
	const sourceFiles = new Map(sources.map((s) => [s.id, s.file]));
	if (input.seeds) errors.push(...excerptErrors(collectExcerpts(parsed), input.seeds, sourceFiles, dir));
	warnings.push(...placeWarnings(parsed.places, dir), ...aliasWarnings(parsed, dir));

	const about = {
		id: manifest.value?.id ?? '',
		title: manifest.value?.title ?? '',
		description: manifest.value?.description ?? '',
		topics: manifest.value?.topics ?? []
	};
	const entities: Entity[] = ENTITY_FILES.flatMap((file) =>
		parsed[file].entries.map(({ value }) => toEntity(file, value, sourceFiles))
	);
	const built = buildCards(entities, sources);
	const dropped = built.dropped;
	const cards = teachingOrder(built.cards, entities, about.topics.map((t) => t.id));
	const where = entryLabels(parsed, dir);
	for (const card of cards)
		for (const problem of cardViolations(card)) errors.push(`${where.get(card.entity) ?? card.entity} → card ${card.id}: ${problem}`);
	for (const prompt of ambiguousPrompts(cards)) errors.push(`card prompt "${prompt}" has different answers`);
	warnings.push(...shortAnswerWarnings(answerLengths(cards).all));
	const pack: Pack = {
		id: about.id,
		title: about.title,
		description: about.description,
		topics: about.topics,
		version: contentHash({ ...about, sources, entities, cards }),
		sources,
		entities,
		cards
	};
	return { pack, errors, warnings, counts: countPack(pack, dropped), dropped };
}

type Parsed = { [F in ContentFile]: FileEntries<F> };

/** Entity id → "content/places.yaml: entry 3 (mosul)", to say where a card's fault comes from. */
function entryLabels(parsed: Parsed, dir: string): Map<string, string> {
	const labels = new Map<string, string>();
	for (const file of ENTITY_FILES)
		for (const { index, value } of parsed[file].entries) labels.set(value.id, entryLabel(file, index, value, dir));
	return labels;
}

/** Nearly every answer should be short; a pack far from it asks for paragraphs. */
function shortAnswerWarnings(all: AnswerLengths): string[] {
	if (all.cards === 0 || all.short / all.cards >= SHORT_ANSWER_SHARE) return [];
	const share = Math.round((100 * all.short) / all.cards);
	return [
		`only ${share}% of answers are at most ${SHORT_ANSWER_WORDS} words (aim for ${SHORT_ANSWER_SHARE * 100}%): shorten titles and lists`
	];
}

function collectReferences(parsed: Parsed): Reference[] {
	const refs: Reference[] = [];
	const add = (file: ContentFile, index: number, id: string, field: string, target: string, expects: readonly ContentFile[]) =>
		refs.push({ file, index, id, field, target, expects });
	for (const file of ENTITY_FILES)
		for (const { index, value } of parsed[file].entries)
			value.evidence.forEach((e, i) => add(file, index, value.id, `evidence[${i}].source`, e.source, ['sources']));
	for (const { index, value } of parsed.actors.entries) {
		if (value.affiliation) add('actors', index, value.id, 'affiliation', value.affiliation, ['actors']);
		value.leads.forEach((id, i) => add('actors', index, value.id, `leads[${i}]`, id, ['actors']));
		value.backedBy.forEach((id, i) => add('actors', index, value.id, `backedBy[${i}]`, id, ['actors', 'places']));
		value.quotes.forEach((q, i) => add('actors', index, value.id, `quotes[${i}].source`, q.source, ['sources']));
	}
	for (const { index, value } of parsed.events.entries) {
		value.places.forEach((p, i) => add('events', index, value.id, `places[${i}]`, p, ['places']));
		value.actors.forEach((a, i) => add('events', index, value.id, `actors[${i}]`, a, ['actors']));
		value.against.forEach((a, i) => add('events', index, value.id, `against[${i}]`, a, ['actors']));
	}
	for (const { index, value } of parsed.places.entries)
		if (value.within) add('places', index, value.id, 'within', value.within, ['places']);
	for (const { index, value } of parsed.figures.entries)
		if (value.subject) add('figures', index, value.id, 'subject', value.subject, ENTITY_TARGETS);
	for (const { index, value } of parsed.claims.entries)
		if (value.speaker) add('claims', index, value.id, 'speaker', value.speaker, ['actors']);
	return refs;
}

function collectExcerpts(parsed: Parsed): Excerpt[] {
	const excerpts: Excerpt[] = [];
	for (const file of ENTITY_FILES)
		for (const { index, value } of parsed[file].entries)
			value.evidence.forEach((e, i) =>
				excerpts.push({ file, index, id: value.id, field: `evidence[${i}].excerpt`, source: e.source, text: e.excerpt })
			);
	for (const { index, value } of parsed.actors.entries)
		value.quotes.forEach((q, i) =>
			excerpts.push({ file: 'actors', index, id: value.id, field: `quotes[${i}].text`, source: q.source, text: q.text })
		);
	return excerpts;
}

/** The format asks for 2–4 decimals: more is false precision. */
function placeWarnings(places: Parsed['places'], dir: string): string[] {
	const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
	// Fewer decimals cannot be flagged: YAML reads 36.20 as 36.2.
	return places.entries.flatMap(({ index, value }) =>
		(['lat', 'lon'] as const)
			.filter((axis) => decimals(value[axis]) > 4)
			.map((axis) => `${entryLabel('places', index, value, dir)} → ${axis}: ${value[axis]} has more than 4 decimals`)
	);
}

/** An alias identical to the name or to another alias is harmless but clutters the accepted answers. */
function aliasWarnings(parsed: Parsed, dir: string): string[] {
	const warnings: string[] = [];
	for (const file of ENTITY_FILES as readonly EntityFile[])
		for (const { index, value } of parsed[file].entries) {
			const seen = new Set([value.name]);
			value.aliases.forEach((alias, i) => {
				if (seen.has(alias))
					warnings.push(`${entryLabel(file, index, value, dir)} → aliases[${i}]: "${alias}" repeats the name or another alias`);
				seen.add(alias);
			});
		}
	return warnings;
}

function countPack(pack: Pack, dropped: DroppedCard[]): CompileCounts {
	const entries = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
	for (const entity of pack.entities) entries[entity.kind]++;
	const cards: Partial<Record<CardType, number>> = {};
	for (const card of pack.cards) cards[card.type] = (cards[card.type] ?? 0) + 1;
	const droppedCounts: Record<DropReason, number> = {
		'answer in prompt': 0,
		'duplicate prompt': 0,
		'ambiguous prompt': 0
	};
	for (const card of dropped) droppedCounts[card.reason]++;
	return {
		sources: pack.sources.length,
		entries,
		cards,
		dropped: droppedCounts,
		answers: answerLengths(pack.cards)
	};
}
