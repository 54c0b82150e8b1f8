/**
 * A new pack from imported cards: sources from the titles the file names (never invented: a card without one
 * keeps empty sources), ids from content, duplicates merged. The pack id is the title in kebab case and a hash
 * of the content, so importing the same file twice gives the same id.
 */
import type { Card, CardType, EntityKind, Evidence, Pack, Source, SourceKind } from '../../pack';
import { countWords, excerptOf, MAX_EXCERPT_WORDS } from '../../extract/excerpt';
import { hashHex } from '../hash';
import { kebabCase } from '../text';
import { plural, wasWere } from './clean';
import type { ImportedCard, ImportPreview } from './types';

/**
 * The Pack type has no generic card type or kind yet (reported to the lead): basic cards and cards of no stated
 * kind take these until it does; imported sources are of kind 'other'. Each is overridden by what the file says
 * (our own exports carry kind and type). 'cloze' is the one type the quiz engine treats by its answer alone
 * (typed when short, multiple choice for dates and numbers), as a generic question needs.
 */
export const IMPORTED_SOURCE_KIND: SourceKind = 'other';
export const IMPORTED_KIND: EntityKind = 'event';
export const IMPORTED_BASIC_TYPE: CardType = 'cloze';
export const IMPORTED_TOPIC = 'imported';

const EXAMPLES = 5;

export interface BuiltPack {
	pack: Pack;
	preview: ImportPreview;
	warnings: string[];
}

function uniqueId(base: string, taken: Set<string>): string {
	let id = base || 'source';
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

export function buildImportedPack(
	title: string,
	imported: readonly ImportedCard[],
	origin: string
): BuiltPack {
	const warnings: string[] = [];
	const sources: Source[] = [];
	const sourceIds = new Map<string, string>();
	const taken = new Set<string>();
	const sourceId = (titleText: string) => {
		let id = sourceIds.get(titleText);
		if (!id) {
			id = uniqueId(kebabCase(titleText, 40), taken);
			sourceIds.set(titleText, id);
			sources.push({
				id,
				title: titleText,
				kind: IMPORTED_SOURCE_KIND,
				publisher: 'unknown',
				date: 'unknown',
				file: '',
				reliability: `Named in the imported file ${origin}; not checked by Sourcedeck.`
			});
		}
		return id;
	};

	const cards: Card[] = [];
	const seen = new Set<string>();
	let duplicates = 0;
	let shortened = 0;
	for (const card of imported) {
		const contentKey = `${card.prompt}\u0000${card.answer}`;
		if (seen.has(contentKey)) {
			duplicates++;
			continue;
		}
		seen.add(contentKey);
		const evidence: Evidence[] = card.evidence
			.filter((e) => e.excerpt)
			.map((e) => {
				// A pack quotes at most 25 words of a source: a longer passage keeps its first 25, verbatim.
				let excerpt = e.excerpt;
				if (countWords(excerpt) > MAX_EXCERPT_WORDS) {
					excerpt = excerptOf('', excerpt, 0, excerpt.length, 0, 0).excerpt;
					shortened++;
				}
				return { source: e.sourceTitle ? sourceId(e.sourceTitle) : '', file: '', excerpt };
			});
		const cardSources = [
			...new Set(card.evidence.filter((e) => e.sourceTitle).map((e) => sourceId(e.sourceTitle)))
		];
		const id = `c-${hashHex(contentKey, 12)}`;
		const accepted = [...new Set(card.accepted.map((a) => a.trim()).filter(Boolean))];
		cards.push({
			id,
			entity: card.noteKey ?? id,
			kind: card.kind ?? IMPORTED_KIND,
			type: card.type ?? IMPORTED_BASIC_TYPE,
			prompt: card.prompt,
			answer: card.answer,
			accepted: accepted.length ? accepted : [card.answer],
			contested: card.contested ?? false,
			evidence,
			sources: cardSources,
			topic: card.topic ?? IMPORTED_TOPIC,
			importance: 2,
			pair: card.noteKey ?? id
		});
	}
	if (duplicates)
		warnings.push(
			`${plural(duplicates, 'duplicate card')} (same prompt and answer) ${wasWere(duplicates)} merged.`
		);
	if (shortened)
		warnings.push(
			`${plural(shortened, 'excerpt')} ${wasWere(shortened)} longer than ${MAX_EXCERPT_WORDS} words and ${shortened === 1 ? 'keeps' : 'keep'} only ${shortened === 1 ? 'its' : 'their'} first ${MAX_EXCERPT_WORDS}.`
		);
	const withoutSource = cards.filter((c) => c.sources.length === 0).length;
	if (withoutSource && cards.length)
		warnings.push(
			withoutSource === cards.length
				? 'The file names no sources: every card will show "no source given".'
				: `${plural(withoutSource, 'card')} ${withoutSource === 1 ? 'names' : 'name'} no source and will show "no source given".`
		);

	const content = JSON.stringify({ title, sources, cards });
	const version = hashHex(content, 12);
	// Topics in order of first appearance; the file's own topic ids (our exports carry them) stand as their titles.
	const topics = [...new Set(cards.map((c) => c.topic))].map((id) => ({
		id,
		title: id === IMPORTED_TOPIC ? 'Imported cards' : id
	}));
	const pack: Pack = {
		id: `${kebabCase(title, 40) || 'imported'}-${version.slice(0, 8)}`,
		title,
		description: `Cards imported from ${origin}.`,
		topics,
		version,
		sources,
		entities: [],
		cards
	};
	const titles = new Map(sources.map((s) => [s.id, s.title]));
	return {
		pack,
		warnings,
		preview: {
			title,
			cardCount: cards.length,
			sourceCount: sources.length,
			withoutSource,
			examples: cards.slice(0, EXAMPLES).map((c) => ({
				prompt: c.prompt,
				answer: c.answer,
				sources: c.sources.map((id) => titles.get(id) ?? id)
			}))
		}
	};
}
