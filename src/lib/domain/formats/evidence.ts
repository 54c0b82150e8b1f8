/**
 * A card's evidence as two text fields, Source and Excerpt, the way Anki notes, CSV rows and spreadsheets hold
 * it, and back. Source lists each source title once; Excerpt has one line per excerpt, followed by " — <source
 * title>" when the card draws on more than one source, so every excerpt finds its source again on import.
 */
import type { Card, Evidence, Pack, Source } from '../pack';

export interface EvidenceFields {
	/** Source titles, one per line, each once. */
	source: string[];
	/** One line per excerpt. */
	excerpt: string[];
}

/** An excerpt and the title of the source it came from, as read back from the two fields. */
export interface ReadEvidence {
	sourceTitle: string;
	excerpt: string;
}

const SEPARATOR = ' — ';

/** Title of a source id; an id the pack does not list shows as itself rather than vanishing. */
export function sourceTitleOf(sources: ReadonlyMap<string, Source>, id: string): string {
	return sources.get(id)?.title ?? id;
}

export function sourcesById(pack: Pack): Map<string, Source> {
	return new Map(pack.sources.map((source) => [source.id, source]));
}

/** Lines never hold a line break: a title or excerpt with one is written on one line. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function evidenceFields(
	evidence: readonly Evidence[],
	sources: ReadonlyMap<string, Source>
): EvidenceFields {
	const titles = [...new Set(evidence.map((e) => oneLine(sourceTitleOf(sources, e.source))))];
	const several = titles.length > 1;
	return {
		source: titles,
		excerpt: evidence.map((e) => {
			const excerpt = oneLine(e.excerpt);
			return several ? `${excerpt}${SEPARATOR}${oneLine(sourceTitleOf(sources, e.source))}` : excerpt;
		})
	};
}

export function cardEvidenceFields(card: Card, sources: ReadonlyMap<string, Source>): EvidenceFields {
	return evidenceFields(card.evidence, sources);
}

/** Splits a field into its non-empty lines. */
export function fieldLines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/**
 * Pairs excerpts with sources again. An excerpt ending in " — <a listed title>" belongs to that source; other
 * excerpts belong to the only source when there is one, else to the first. Sources without an excerpt are kept
 * with an empty one, so a card that names its source keeps it; nothing is invented when both are empty.
 */
export function readEvidence(sourceText: string, excerptText: string): ReadEvidence[] {
	const titles = fieldLines(sourceText);
	const read: ReadEvidence[] = [];
	for (const line of fieldLines(excerptText)) {
		const title = titles.find((t) => line.endsWith(`${SEPARATOR}${t}`));
		if (title)
			read.push({ sourceTitle: title, excerpt: line.slice(0, -(SEPARATOR.length + title.length)).trim() });
		else read.push({ sourceTitle: titles[0] ?? '', excerpt: line });
	}
	for (const title of titles)
		if (!read.some((e) => e.sourceTitle === title)) read.push({ sourceTitle: title, excerpt: '' });
	return read;
}
