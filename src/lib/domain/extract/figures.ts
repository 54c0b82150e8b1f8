/**
 * Figures: a number with what it counts ("70 ISIS fighters", "40 percent of Iraqi territory", "50 km") and who
 * gives it. Years, dates, and numbers inside names ("Division 17", "H-2") are not figures; a number written as a
 * word counts only before a plural noun, and not after "the" ("the two towns" refers, it does not count).
 */
import type { Sentence, Word } from './analysis';
import { speakerOf, type Attribution } from './attribution';
import { proposalId, sentenceEvidence, type AnalysedDocument, type Corpus, type ProposalRule } from './rule';
import type { Proposal } from './types';

const WORD_NUMBERS =
	'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens';
const FRACTIONS = 'half|a third|one-third|two-thirds|a quarter|three-quarters|one-quarter';
const QUALIFIER =
	'(?:(?:about|around|some|over|under|nearly|almost|approximately|roughly|at least|at most|up to|more than|less than|fewer than|as many as|only|just|between)\\s+)?';
const DIGITS = '\\$?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\$?\\d+(?:\\.\\d+)?';
const UNIT =
	'(?:\\s?%|\\s?(?:percent|per cent|km|kilometres|kilometers|miles|mi|metres|meters|m|kg|tonnes|tons|square miles|square kilometres|km2|billion|million|thousand|light-years|light years|degrees|hectares|acres)\\b)?';
const FIGURE = new RegExp(
	`(?<![\\w.$])${QUALIFIER}(?:(?:${DIGITS})(?:\\s*(?:and|to|-|–)\\s*(?:${DIGITS}))?${UNIT}(?![\\p{L}\\d])|(?:${FRACTIONS})\\b|(?:${WORD_NUMBERS})\\b(?:[- ](?:${WORD_NUMBERS}))*)`,
	'giu'
);
const DETERMINERS = /^(the|its|their|these|those|both|all|his|her|our|your|my|first|last|every|each)$/;
/** "over the past 24 hours", "the last four days": a span of time, not a count. */
const TIME_SPAN = /^(past|last|next|first|coming|previous)$/;
const STOP_AFTER =
	/^(of|in|on|at|to|from|with|by|for|and|or|but|that|which|who|as|than|since|during|while|when)$/;

function isNoun(w: Word): boolean {
	// "today" is a date, "five days" a duration that counts.
	const date = w.tags.has('Date') && !w.tags.has('Duration') && !w.tags.has('Plural');
	return (
		(w.tags.has('Noun') || w.tags.has('Acronym') || /s$/.test(w.lower)) && !date && !w.tags.has('Adjective')
	);
}

/** The words after the number that say what it counts (at most five; "of" once, for "percent of territory"). */
function counted(s: Sentence, after: number): Word[] {
	const out: Word[] = [];
	let ofUsed = false;
	// "$4.2 million, most of it …": punctuation right after the number ends what it counts.
	if (/^[,.;:!?)”"]/.test(s.words.find((x) => x.end >= after && x.start < after)?.post ?? '')) return out;
	for (const w of s.words.filter((x) => x.start >= after)) {
		if (out.length >= 5) break;
		if (
			w.lower === 'of' &&
			!ofUsed &&
			(out.length === 0 || /^(percent|%)$/.test(out[out.length - 1]!.lower))
		) {
			ofUsed = true;
			out.push(w);
			continue;
		}
		// "four strikes engaged": compromise may take a plural noun for a verb; right after the number it is the noun.
		const pluralNoun =
			/s$/.test(w.lower) && !w.tags.has('PastTense') && (out.length === 0 || w.tags.has('PresentTense'));
		if (
			STOP_AFTER.test(w.lower) ||
			(w.tags.has('Verb') && !w.tags.has('Adjective') && !w.tags.has('Noun') && !pluralNoun)
		)
			break;
		if (
			!pluralNoun &&
			!(
				w.tags.has('Noun') ||
				w.tags.has('Adjective') ||
				w.tags.has('ProperNoun') ||
				w.tags.has('Acronym') ||
				w.tags.has('Determiner')
			)
		)
			break;
		out.push(w);
		if (/[,.;:!?)”"]/.test(w.post)) break;
	}
	// End on the noun: "four strikes engaged" counts strikes; "two senior figures today" counts figures.
	while (out.length > 1 && !isNoun(out[out.length - 1]!)) out.pop();
	while (out.length && (out[out.length - 1]!.lower === 'of' || out[out.length - 1]!.tags.has('Determiner')))
		out.pop();
	return out;
}

export const figures: ProposalRule = {
	kind: 'figure',
	propose(corpus: Corpus): Proposal[] {
		const proposals: Proposal[] = [];
		for (const doc of corpus.documents) proposals.push(...figuresOf(corpus, doc));
		return proposals;
	}
};

function figuresOf(corpus: Corpus, doc: AnalysedDocument): Proposal[] {
	const proposals: Proposal[] = [];
	const names = corpus.names.flatMap((t) => t.mentions.filter((m) => m.file === doc.file));
	const seen = new Set<string>();
	let speaker: Attribution | undefined;
	for (const s of doc.sentences) {
		const text = doc.text.slice(s.start, s.end);
		const said = speakerOf(corpus, doc, s, speaker);
		if (said) speaker = said;
		for (const m of text.matchAll(FIGURE)) {
			const start = s.start + m.index!;
			const end = start + m[0].length;
			const value = m[0].trim();
			if (doc.dates.some((d) => d.explicit && d.start < end && start < d.end)) continue;
			if (names.some((n) => n.start < end && start < n.end)) continue;
			if (/[@#/]$|[\w-]$/.test(doc.text.slice(start - 1, start)) && start > 0) continue;
			const before =
				doc.text
					.slice(Math.max(s.start, start - 20), start)
					.trim()
					.split(/\s+/)
					.pop()
					?.toLowerCase()
					.replace(/['’]s$/, '') ?? '';
			const wordNumber = !/\d/.test(value);
			const fraction = new RegExp(`^(?:${FRACTIONS})$`, 'i').test(value.split(/\s+/).pop() ?? '');
			if (TIME_SPAN.test(before)) continue;
			if (
				wordNumber &&
				(DETERMINERS.test(before) || /['’]s$/.test(doc.text.slice(Math.max(0, start - 4), start).trim()))
			)
				continue;
			// "division 17", "Route 66": a number after a noun labels it.
			const previous = s.words.filter((w) => w.end <= start).pop();
			if (
				previous &&
				previous.end + 1 >= start &&
				previous.tags.has('Noun') &&
				!previous.tags.has('Value') &&
				!/^(about|around|over|some|nearly|almost)$/.test(previous.lower) &&
				value === m[0] &&
				/^\d/.test(value)
			)
				continue;
			const what = counted(s, end);
			const unit =
				/%|\$|percent|per cent|km|kilomet|miles|metres|meters|kg|tonnes|tons|million|billion|light|degrees|hectares|acres/.test(
					value
				);
			if (!unit && what.length === 0) continue;
			const head = what.filter((w) => w.lower !== 'of').pop();
			if (wordNumber && !fraction && !(head && (head.tags.has('Plural') || /s$/.test(head.lower)))) continue;
			const counts = what.length
				? doc.text.slice(what[0]!.start, what[what.length - 1]!.end).replace(/[,.;:!?)”"]+$/, '')
				: '';
			const name = `${value}${counts ? ` ${counts}` : ''}`;
			const key = `${s.start}:${name}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const evidence = sentenceEvidence(doc, s, start, end);
			const proposal: Proposal = {
				id: proposalId('figure', name, evidence),
				kind: 'figure',
				name,
				aliases: [],
				evidence: [evidence],
				value,
				counts,
				givenBy: said?.name ?? `the document “${doc.title}”`,
				confidence: wordNumber ? 0.5 : 0.8
			};
			proposals.push(proposal);
		}
	}
	return proposals;
}
