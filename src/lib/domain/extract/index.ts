/**
 * The extraction engine's public surface: documents in, proposals out. Pure: no DOM, no clock, no randomness;
 * the same documents give the same proposals, in the worker, on the command line and in tests.
 */
import { actors } from './actors';
import { analyse } from './analysis';
import { claims } from './claims';
import { classifyNames } from './classify';
import { findDateLine, findDates } from './dates';
import { events } from './events';
import { figures } from './figures';
import { findMentions } from './mentions';
import { places } from './places';
import { quotes } from './quotes';
import type { AnalysedDocument, Corpus, ProposalRule } from './rule';
import {
	PROPOSAL_KINDS,
	type DocumentDate,
	type ExtractDocument,
	type ExtractOptions,
	type Proposal
} from './types';

/** The rules, one per kind, in the order proposals are listed. */
export const RULES: readonly ProposalRule[] = [actors, places, events, figures, quotes, claims];

/** Where readers' comments begin ("4 Comments", "Comments:", "Leave a reply"): not the document's content. */
export function contentEnd(text: string): number {
	const m =
		/^[ \t]*(?:\d+ (?:comments?|responses?|replies)|comments?:?|leave a (?:comment|reply)|post a comment)[ \t]*$/im.exec(
			text
		);
	return m ? m.index : text.length;
}

function documentDate(doc: ExtractDocument): DocumentDate | undefined {
	if (doc.date) return { ...doc.date, basis: 'given with the source' };
	const line = findDateLine(doc.text);
	return line ? { ...line, basis: 'the date line of the document' } : undefined;
}

/** Tags every document once: the part every rule reads. */
export function analyseDocuments(documents: ExtractDocument[]): AnalysedDocument[] {
	return documents.map((doc) => {
		const content = doc.text.slice(0, contentEnd(doc.text));
		const analysis = analyse(doc.file, content);
		const date = documentDate(doc);
		// Offsets stay those of the whole text: the content is its beginning.
		const title = doc.title ?? doc.file;
		return { ...analysis, title, text: doc.text, date, dates: findDates(content, date) };
	});
}

/** Proposals for a set of documents: every kind, names grouped across documents. */
export function extractProposals(documents: ExtractDocument[], options: ExtractOptions = {}): Proposal[] {
	const analysed = analyseDocuments(documents);
	const corpus: Corpus = {
		documents: analysed,
		names: classifyNames(analysed.flatMap(findMentions), options.gazetteer)
	};
	const proposals = RULES.flatMap((rule) => rule.propose(corpus));
	const order = (p: Proposal) => PROPOSAL_KINDS.indexOf(p.kind);
	return proposals.sort(
		(a, b) =>
			order(a) - order(b) ||
			b.confidence - a.confidence ||
			a.evidence[0]!.file.localeCompare(b.evidence[0]!.file) ||
			a.evidence[0]!.start - b.evidence[0]!.start ||
			a.id.localeCompare(b.id)
	);
}

export { decodeCities, createGazetteer, type Gazetteer } from './gazetteer';
export { groupNames, sameName, spellingKey } from './aliases';
export { findDates, findDateLine } from './dates';
export { countWords, MAX_EXCERPT_WORDS } from './excerpt';
export * from './types';
