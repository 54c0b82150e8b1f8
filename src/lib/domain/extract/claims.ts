/**
 * Claims: allegations, opinions and forecasts, never to be taught as fact. A sentence is a claim when it says
 * whose view it is ("X says/believes/argues/alleges that …", "according to X"), speaks for its author ("I think",
 * "my guess", "we learned"), hedges ("allegedly", "reportedly"), or tells the future ("will", "is expected to").
 * Each carries its claimant: the named speaker, or the document's author.
 */
import type { Sentence } from './analysis';
import { speakerOf } from './attribution';
import { proposalId, sentenceEvidence, type AnalysedDocument, type Corpus, type ProposalRule } from './rule';
import type { Proposal } from './types';

const AUTHOR_VOICE =
	/\b(I (?:think|believe|hope|guess|expect|doubt|suspect|always|don['’]t (?:know|understand|think))|my (?:guess|view|opinion|comment)|in my (?:view|opinion)|we (?:learned|pointed out|believe|think)|let us (?:all )?hope|expect \p{Lu})/iu;
const HEDGES =
	/\b(allegedly|reportedly|purportedly|supposedly|is said to|are said to|was said to|unconfirmed|unverified)\b/i;
const OPINION_VERBS =
	/\b(hopes?|hoped|fears?|feared|doubts?|doubted|expects|claims?|claimed|alleges?|alleged|argues?|argued|believes?|believed|insists?|insisted|predicts?|predicted|warns?|warned|accuses?|accused|contends?|maintains?|suggests?|suggested)\b(?! (?:responsibility|credit))/i;
const FORECAST =
	/\b(will (?:likely |probably |inevitably |greatly |rather |continue|be |not |have |find |gain |remain |join |keep |launch |defend |force |put |deal )|is (?:likely|expected|unlikely) to|are (?:likely|expected) to|can be expected|would be (?:a|the)|is likely|could (?:fracture|save|buy|devolve)|may still|sooner (?:or|rather) (?:later|than))/i;

function claimKind(text: string): 'author' | 'attributed' | 'hedge' | 'forecast' | undefined {
	if (AUTHOR_VOICE.test(text)) return 'author';
	if (HEDGES.test(text)) return 'hedge';
	if (OPINION_VERBS.test(text)) return 'attributed';
	if (FORECAST.test(text)) return 'forecast';
	return undefined;
}

/** A forecast or the author's own view: never an event, whatever its verbs. */
export function isForecastOrOpinion(text: string): boolean {
	return AUTHOR_VOICE.test(text) || FORECAST.test(text);
}

/** Text inside quotation marks is a quote (quotes.ts), not the document's own claim. */
function mostlyQuoted(text: string): boolean {
	const quoted = [...text.matchAll(/“[^”]*”|"[^"]*"/g)].reduce((n, m) => n + m[0].length, 0);
	return quoted > text.length * 0.5;
}

/**
 * Words that make the words before an opinion verb something other than who holds the view: "They have very
 * little (hope)", "They can't (hope)" — there "hope" is a noun, or the words are a clause, not a name.
 */
const NOT_A_SUBJECT =
	/^(?:have|has|had|having|can|can['’]t|cannot|could|do|does|did|don['’]t|doesn['’]t|is|are|was|were|be|been|will|would|shall|should|may|might|must|very|little|much|no|not|only|just|also|still|sincerely|really|truly)$/i;
/** Pronouns say who only with the sentence before: the claim is left to a name, or to the author. */
const PRONOUN = /^(?:he|she|it|they|this|that|these|those|one)$/i;

/**
 * The few words before the opinion verb, when they open the sentence and read as who holds the view: "Some
 * officers" (believe …). "I" or "we" are the author ("I sincerely hope …"): `'author'`.
 */
function subjectBefore(text: string, verbs: RegExp): string | 'author' | undefined {
	const m = verbs.exec(text);
	if (!m) return undefined;
	const before = text.slice(0, m.index).trim();
	if (!/^[\p{L}' -]+$/u.test(before)) return undefined;
	const words = before.split(/\s+/);
	if (/^(?:i|we)$/i.test(words[0]!)) return 'author';
	if (words.length > 4 || words.some((word) => NOT_A_SUBJECT.test(word))) return undefined;
	return words.length === 1 && PRONOUN.test(words[0]!) ? undefined : before;
}

export const claims: ProposalRule = {
	kind: 'claim',
	propose(corpus: Corpus): Proposal[] {
		return corpus.documents.flatMap((doc) => claimsOf(corpus, doc));
	}
};

function claimsOf(corpus: Corpus, doc: AnalysedDocument): Proposal[] {
	const proposals: Proposal[] = [];
	for (const s of doc.sentences as Sentence[]) {
		const text = doc.text.slice(s.start, s.end);
		if (s.words.length < 6 || /\?\s*$/.test(text) || mostlyQuoted(text)) continue;
		const kind = claimKind(text);
		if (!kind) continue;
		const said = kind === 'author' ? undefined : speakerOf(corpus, doc, s);
		// "Some officers believe that …": the words before the verb say who, when no name does.
		const subject = kind === 'attributed' && !said ? subjectBefore(text, OPINION_VERBS) : undefined;
		const who = said?.name ?? (subject === 'author' ? undefined : subject);
		if (kind === 'attributed' && !who && subject !== 'author') continue;
		const claimant = who ?? `the author of “${doc.title}”`;
		const evidence = sentenceEvidence(doc, s);
		const name =
			evidence.excerpt.length > 90
				? `${evidence.excerpt.slice(0, 87).replace(/\s+\S*$/, '')}…`
				: evidence.excerpt;
		proposals.push({
			id: proposalId('claim', name, evidence),
			kind: 'claim',
			name,
			aliases: [],
			evidence: [evidence],
			claimant,
			contested: true,
			confidence: kind === 'forecast' ? 0.5 : 0.7
		});
	}
	return proposals;
}
