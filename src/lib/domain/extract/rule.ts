/** The shape every proposal rule shares (one file per kind, like domain/quiz/): a corpus in, proposals out. */
import type { DocumentAnalysis, Sentence } from './analysis';
import type { NamedThing } from './classify';
import type { DateMention } from './dates';
import { excerptOf } from './excerpt';
import type { DocumentDate, Proposal, ProposalEvidence, ProposalKind } from './types';

export interface AnalysedDocument extends DocumentAnalysis {
	/** What a person calls the document (see ExtractDocument.title). */
	title: string;
	/** The document's date: given with it, or read from its date line. */
	date?: DocumentDate;
	/** Every date mention of the text, in order. */
	dates: DateMention[];
}

/** Everything the rules read: the tagged documents and the named things found across them. */
export interface Corpus {
	documents: AnalysedDocument[];
	names: NamedThing[];
}

export interface ProposalRule {
	kind: ProposalKind;
	propose(corpus: Corpus): Proposal[];
}

/** The sentence's passage (≤ 25 words) that keeps [focusStart, focusEnd) in view. */
export function sentenceEvidence(
	doc: DocumentAnalysis,
	s: Sentence,
	focusStart = s.start,
	focusEnd = s.end
): ProposalEvidence {
	return excerptOf(doc.file, doc.text, s.start, s.end, focusStart, focusEnd);
}

/** The sentence a character offset falls in. */
export function sentenceAt(doc: DocumentAnalysis, offset: number): Sentence | undefined {
	let lo = 0;
	let hi = doc.sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = doc.sentences[mid]!;
		if (offset < s.start) hi = mid - 1;
		else if (offset >= s.end) lo = mid + 1;
		else return s;
	}
	return undefined;
}

/** A readable, stable id: kind, a slug of the name, and where it was first found. */
export function proposalId(kind: ProposalKind, name: string, evidence: ProposalEvidence): string {
	const slug = name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `${kind}:${slug}:${evidence.file}@${evidence.start}`;
}

/** The named thing a mention at [start, end) of a file belongs to. */
export function namedAt(corpus: Corpus, file: string, start: number, end: number): NamedThing | undefined {
	return corpus.names.find((t) => t.mentions.some((m) => m.file === file && m.start < end && start < m.end));
}
