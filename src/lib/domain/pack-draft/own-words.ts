/**
 * A drafted sentence for the review's "in your own words" field: the proposal's passage rewritten as a short
 * neutral statement (who claims what for claims and quotes, "On <date>, …" for dated events, a role for actors,
 * a question for figures). Only ever offered: the person edits it or writes their own. Deterministic, no NLP
 * library: plain rules on the one sentence the proposal rests on.
 */
import { answerWords, MAX_ANSWER_WORDS } from '../card-rules';
import { formatPackDate } from '../card-text';
import type { Proposal } from '../extract/types';
import { escapeRegExp } from '../regexp';

const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const REPORTING =
	'said|says|say|reported|reports|announced|announces|stated|states|added|claimed|claims|claim|alleged|alleges|told reporters';

/** Verbs of a claim besides reporting ones: "Critics argue …", "…, the general warned". */
const CLAIMING = `${REPORTING}|believes?|believed|argues?|argued|warns?|warned|insists?|insisted|predicts?|predicted|thinks?`;

/** Dates and relative days a sentence carries ("on Tuesday", "on 7 November 2016", "last week"). */
const TIME_PHRASES = [
	new RegExp(`,?\\s*\\b(?:on|last|this|next)\\s+(?:${DAYS})\\b`, 'gi'),
	new RegExp(`,?\\s*\\b(?:on\\s+)?(?:${DAYS}),?\\s+\\d{1,2}\\s+(?:${MONTHS})\\.?(?:\\s+\\d{4})?`, 'gi'),
	new RegExp(
		`,?\\s*\\b(?:on|since|by)\\s+(?:\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?`,
		'gi'
	),
	new RegExp(`,?\\s*\\b(?:in|during)\\s+(?:early\\s+|late\\s+|mid-)?(?:${MONTHS})(?:\\s+\\d{4})?`, 'gi'),
	/,?\s*\b(?:yesterday|today|tonight|last (?:week|month|year)|earlier this (?:week|month|year))\b/gi
];

/** Words a clause may start with that are not names: they lose their capital inside a sentence. */
const COMMON_STARTS =
	/^(?:The|A|An|It|Its|They|Their|There|This|That|These|Those|We|Our|He|His|She|Her|Some|Many|Most|About|More|Fewer|No|All)\b/;

const lowerStart = (s: string) => (COMMON_STARTS.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const upperStart = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An event's title from its own-words sentence: without a leading "On <date>, " (the card asks the date) nor a
 * closing full stop ("When did this happen: Iraqi forces entered Mosul?").
 */
export function eventTitle(text: string): string {
	const rest = text
		.trim()
		.replace(/^(?:on|in)\s+[^,]*\d[^,]*,\s*/i, '')
		.replace(/\.$/, '');
	return upperStart(rest);
}

/**
 * The sentence as a bare clause: no quotation marks, no closing stop, no "…, the army said" or "according to …"
 * tail, no dates or relative days (the card asks those apart).
 */
export function neutralClause(sentence: string): string {
	// '"We will win," said X, the prime minister.' → 'X said that they will win': the words are the statement.
	const quoted = /^["“](.+?)[,.!?]?["”],?\s+(?:said|says|added|told \w+)\s+([^,.]+)/.exec(sentence.trim());
	const words = quoted && reported(quoted[1]!);
	if (quoted && words) return `${quoted[2]!.trim()} said that ${lowerStart(words)}`;
	let s = sentence
		.trim()
		.replace(/^["“”']+|["“”']+$/g, '')
		.replace(/[.!?;:]+$/, '');
	s = s.replace(/^according to [^,]+,\s*/i, '');
	s = s.replace(new RegExp(`,\\s*(?:according to [^,]+|[^,"“”]{1,60}?\\s(?:${CLAIMING}))$`, 'i'), '');
	for (const phrase of TIME_PHRASES) s = s.replace(phrase, '');
	return s
		.replace(/\s{2,}/g, ' ')
		.replace(/\s+,/g, ',')
		.trim();
}

/** "Critics claim (that) the offensive was rushed" → "the offensive was rushed", given the claimant. */
function claimBody(sentence: string, claimant: string): string {
	const s = sentence.trim().replace(/[.!?]+$/, '');
	const who = escapeRegExp(claimant);
	const lead = new RegExp(`^${who}\\s+(?:\\w+\\s+)?(?:${CLAIMING})\\s+(?:that\\s+)?`, 'i');
	const tail = new RegExp(`,?\\s*(?:${CLAIMING})\\s+${who}(?:,[^,]*)?$|,\\s*${who}\\s+(?:${CLAIMING})$`, 'i');
	return neutralClause(s.replace(lead, '').replace(tail, ''));
}

/** "We will liberate the city" → "they will liberate the city": the speaker's words, reported. */
function reported(quote: string): string | null {
	if (/\b(?:I|me|my|mine)\b/.test(quote)) return null;
	const swaps: Record<string, string> = { we: 'they', us: 'them', our: 'their', ours: 'theirs' };
	return quote.replace(/\b(?:we|us|our|ours)\b/gi, (w) => {
		const swap = swaps[w.toLowerCase()]!;
		return w.charAt(0) === w.charAt(0).toUpperCase() ? upperStart(swap) : swap;
	});
}

/** An actor's role as its passages give it: "X, the prime minister of Iraq" or "Prime Minister X". */
function roleOf(p: Proposal): string | null {
	for (const e of p.evidence)
		for (const name of [p.name, ...p.aliases]) {
			const after = new RegExp(`${escapeRegExp(name)},\\s+((?:the|a|an)\\s+[^,.;"“”]{3,60})`, 'i').exec(
				e.excerpt
			);
			if (after) return upperStart(after[1]!.trim());
			const before = new RegExp(`\\b((?:[A-Z][a-z]+\\s+){1,3})${escapeRegExp(name)}\\b`).exec(e.excerpt);
			const title = before?.[1]?.trim();
			if (
				title &&
				/^(?:President|Prime Minister|General|Minister|King|Queen|Commander|Colonel|Secretary)/.test(title)
			)
				return title;
		}
	return null;
}

/** A dateline ("Mosul, 3 November 2016."): it says where and when a report was filed, nothing to draft from. */
const DATE_LINE = /^[^,]{1,40},\s+\d{1,2}\s+\w+\s+\d{4}\.?$/;

/** The drafted sentence for a proposal, or null when its passage gives nothing to draft from. */
export function draftOwnWords(p: Proposal): string | null {
	const passages = p.evidence.filter((e) => !DATE_LINE.test(e.excerpt.trim()));
	const passage = passages[0];
	switch (p.kind) {
		case 'actor':
			return roleOf(p);
		case 'place': {
			// A few words on why it matters, like a title: no closing stop. It is the answer of the card asking why
			// the place matters, so the first passage short enough to recall is drafted from, or none.
			const clause = passages
				.map((e) => neutralClause(e.excerpt))
				.find((c) => c && answerWords(c) <= MAX_ANSWER_WORDS);
			return clause ? upperStart(clause) : null;
		}
		case 'event': {
			const clause = passage ? neutralClause(passage.excerpt) : '';
			if (!clause) return null;
			return p.date ? `On ${formatPackDate(p.date)}, ${lowerStart(clause)}.` : `${upperStart(clause)}.`;
		}
		case 'figure':
			return p.counts ? `How many ${neutralClause(p.counts)}?` : null;
		case 'quote': {
			const words = reported(neutralClause(p.name));
			return p.speaker && words ? `According to ${p.speaker}, ${lowerStart(words)}.` : null;
		}
		case 'claim': {
			if (!p.claimant || !passage) return null;
			const body = claimBody(passage.excerpt, p.claimant);
			const who = /^the author of /.test(p.claimant) ? 'the author' : p.claimant;
			return body ? `According to ${who}, ${lowerStart(body)}.` : null;
		}
	}
}
