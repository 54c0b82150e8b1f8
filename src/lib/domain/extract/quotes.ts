/**
 * Direct quotes with their speaker: words between quotation marks, three words or more (shorter ones are
 * mostly scare quotes: the "caliphate"), attributed by the sentence around them ("…," Warren said; the AP
 * quoted Sistani as saying "…"; "…," he added). A quote nobody is named for is not proposed.
 */
import { speakerOf, type Attribution } from './attribution';
import { countWords, excerptOf } from './excerpt';
import { proposalId, type AnalysedDocument, type Corpus, type ProposalRule } from './rule';
import type { Proposal } from './types';

/** “…”, "…" within one paragraph. */
const QUOTATION = /“([^”\n]{3,800})”|"([^"\n]{3,800})"/g;

export const quotes: ProposalRule = {
	kind: 'quote',
	propose(corpus: Corpus): Proposal[] {
		return corpus.documents.flatMap((doc) => quotesOf(corpus, doc));
	}
};

function quotesOf(corpus: Corpus, doc: AnalysedDocument): Proposal[] {
	const proposals: Proposal[] = [];
	let last: Attribution | undefined;
	const speakers = new Map<number, Attribution | undefined>();
	for (const s of doc.sentences) {
		const said = speakerOf(corpus, doc, s, last);
		speakers.set(s.index, said);
		if (said) last = said;
	}
	for (const m of doc.text.matchAll(QUOTATION)) {
		const inner = m[1] ?? m[2]!;
		const start = m.index! + 1;
		const end = start + inner.length;
		if (countWords(inner) < 3 || !/\p{L}/u.test(inner)) continue;
		// The sentences the quotation touches, and the one right after it ("…" he added.).
		const touched = doc.sentences.filter((s) => s.start < end + 2 && start - 1 < s.end);
		const next = doc.sentences[(touched[touched.length - 1]?.index ?? -2) + 1];
		// A sentence that ends with a colon right before the quotation introduces it: "Meade wrote: “…”".
		const before = doc.sentences[(touched[0]?.index ?? 0) - 1];
		const introduces = before && /:\s*$/.test(doc.text.slice(before.start, start - 1));
		const candidates = [
			...touched.reverse(),
			...(introduces ? [before] : []),
			...(next && doc.text.slice(end, next.start).trim().length <= 2 ? [next] : [])
		];
		let speaker: Attribution | undefined;
		for (const s of candidates) {
			const who = speakers.get(s.index);
			// A speaker named inside the quotation is talked about, not talking.
			if (who && !(who.start >= start && who.end <= end)) {
				speaker = who;
				break;
			}
		}
		if (!speaker) continue;
		const trimmedEnd = start + inner.replace(/[\s,]+$/, '').length;
		const evidence = excerptOf(doc.file, doc.text, start, trimmedEnd);
		proposals.push({
			id: proposalId('quote', evidence.excerpt, evidence),
			kind: 'quote',
			name: evidence.excerpt,
			aliases: [],
			evidence: [evidence],
			speaker: speaker.name,
			confidence: 0.8
		});
	}
	return proposals;
}
