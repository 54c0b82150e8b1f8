/**
 * Dated events: a sentence that tells of something done (an action verb in the past or present perfect, not a
 * forecast, not a report of words) by or to a named actor or place, dated by a date in the sentence or, failing
 * that, by the document's own date (as "on or before").
 */
import type { Sentence, Word } from './analysis';
import { speakerOf } from './attribution';
import { isForecastOrOpinion } from './claims';
import type { DateMention } from './dates';
import { proposalId, sentenceEvidence, type AnalysedDocument, type Corpus, type ProposalRule } from './rule';
import type { Proposal, ProposedDate } from './types';

/** Verbs of things that happen, by lemma-like stem (matched at the start of the word: "captur" → captured). */
const EVENT_STEMS = [
	'launch',
	'attack',
	'captur',
	'recaptur',
	'retak',
	'retook',
	'seiz',
	'took',
	'taken',
	'liberat',
	'freed',
	'kill',
	'died',
	'wound',
	'struck',
	'strik',
	'bomb',
	'destroy',
	'defeat',
	'oust',
	'eject',
	'won',
	'lost',
	'fell',
	'fallen',
	'surrender',
	'sign',
	'announc',
	'declar',
	'designat',
	'sanction',
	'arriv',
	'met',
	'visit',
	'elect',
	'appoint',
	'resign',
	'found',
	'establish',
	'form',
	'open',
	'clos',
	'discover',
	'publish',
	'releas',
	'began',
	'begun',
	'start',
	'end',
	'broke',
	'broken',
	'besieg',
	'encircl',
	'advanc',
	'withdr',
	'retreat',
	'invad',
	'occup',
	'held',
	'hail',
	'train',
	'deploy',
	'evacuat',
	'clash',
	'fought',
	'storm',
	'raid',
	'ambush',
	'shot',
	'execut',
	'arrest',
	'kidnap',
	'fled',
	'carried',
	'ratif',
	'vot',
	'pass',
	'approv',
	'ban',
	'add',
	'list',
	'award',
	'invent',
	'built',
	'creat',
	'complet',
	'reach',
	'enter',
	'cross',
	'land',
	'sank',
	'sunk',
	'burn',
	'collaps',
	'erupt',
	'struck',
	'hit',
	'target',
	'push',
	'regain',
	'restor',
	'defend',
	'cut',
	'block',
	'surround',
	'embed',
	'join',
	'overr',
	'swept',
	'sweep',
	'repeal',
	'suffer',
	'detonat',
	'explod',
	'crash',
	'merg',
	'acquir',
	'bought',
	'sold',
	'grant',
	'observ',
	'measur',
	'detect',
	'test',
	'develop',
	'identif',
	'recorded',
	'weather',
	'surfac',
	'posted',
	'photograph',
	'parad',
	'spotted',
	'testif',
	'conquer',
	'massacr',
	'revolt',
	'riot',
	'protest',
	'march',
	'crown',
	'born',
	'marri',
	'murder',
	'assassinat',
	'abdicat',
	'invaded',
	'annex',
	'bombard',
	'shell',
	'charg',
	'rout',
	'repuls'
];
const NOT_EVENTS = new Set([
	'said',
	'says',
	'told',
	'added',
	'reported',
	'noted',
	'thought',
	'believed',
	'seemed',
	'appeared',
	'known',
	'called',
	'named',
	'used',
	'based',
	'led',
	'backed'
]);
const SUBORDINATORS = /^(where|while|although|though|if|unless|whether|because|whereas|once)$/;
const FUTURE = /^(will|would|could|might|may|should|must|can|shall|expect|expected|likely|going|hope|hopes)$/;

/** Verbs of statements: an event when a named speaker makes it ("Abadi has told ISIS militants that …"). */
const STATEMENT =
	/^(said|told|announced|declared|stated|pledged|vowed|warned|urged|called|hailed|praised|credited|testified)$/;

/**
 * The verbs that could make a sentence an event, in the order to prefer them. With a date in the sentence, any past
 * verb may ("said in a televised statement on May 11") and the one nearest the date comes first; without one,
 * only verbs of things that happen, and statements by a named speaker.
 */
function eventVerbs(words: Word[], dateAt: number | undefined, speakerNamed: boolean): Word[] {
	const dated = dateAt !== undefined;
	const found: Word[] = [];
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		if (!w.tags.has('Verb')) continue;
		if (!(w.tags.has('PastTense') || w.tags.has('Participle') || w.tags.has('PerfectTense'))) continue;
		const statement = STATEMENT.test(w.lower) && speakerNamed;
		if (!dated && !statement && (NOT_EVENTS.has(w.lower) || !EVENT_STEMS.some((s) => w.lower.startsWith(s))))
			continue;
		// "the besieged city", "a captured flag": a participle used as an adjective.
		if (i > 0 && (words[i - 1]!.tags.has('Determiner') || words[i - 1]!.tags.has('Possessive'))) continue;
		// "is routinely photographed", "are now surrounded": a state or a habit, not an event.
		const clause = words.slice(Math.max(0, i - 4), i);
		if (
			clause.some((x) => /^(is|are|am|be)$/.test(x.lower)) &&
			!clause.some((x) => /^(has|have|had|was|were)$/.test(x.lower))
		)
			continue;
		// "where ISIS was defeated", "while the group was defeated": background, unless the clause has the date.
		let k = i - 1;
		while (k >= 0 && !/[,;:]/.test(words[k]!.post) && !SUBORDINATORS.test(words[k]!.lower)) k--;
		if (!dated && k >= 0 && SUBORDINATORS.test(words[k]!.lower)) continue;
		// A forecast or a wish is not an event: "will be liberated", "could fracture".
		const before = words.slice(Math.max(0, i - 3), i).map((x) => x.lower);
		if (before.some((b) => FUTURE.test(b))) continue;
		// A participle without an auxiliary ("horror stories meant to …") describes; it does not tell.
		if (
			w.tags.has('Participle') &&
			!before.some((b) => /^(has|have|had|was|were|been|is|are|being)$/.test(b)) &&
			!w.tags.has('PastTense')
		)
			continue;
		found.push(w);
	}
	if (dated) found.sort((x, y) => Math.abs(x.start - dateAt) - Math.abs(y.start - dateAt));
	return found;
}

/** The date of the event a sentence tells: its own first date, else the document's (as an upper bound). */
function eventDate(doc: AnalysedDocument, s: Sentence): ProposedDate | undefined {
	const own = doc.dates.filter((d: DateMention) => d.start >= s.start && d.end <= s.end);
	const first = own[0];
	if (first) {
		const { year, month, day, basis } = first;
		return { year, ...(month ? { month } : {}), ...(day ? { day } : {}), basis };
	}
	if (!doc.date) return undefined;
	const { year, month } = doc.date;
	return {
		year,
		...(month ? { month } : {}),
		basis: `no date in the passage: the document's date (${doc.date.basis}), so on or before it`
	};
}

/** The parts of a sentence between semicolons and dashes, with their offsets. */
function partsOf(text: string, s: Sentence): { start: number; end: number }[] {
	const parts: { start: number; end: number }[] = [];
	let start = s.start;
	for (const m of text.slice(s.start, s.end).matchAll(/;\s|\s[—–]\s/g)) {
		parts.push({ start, end: s.start + m.index! });
		start = s.start + m.index! + m[0].length;
	}
	parts.push({ start, end: s.end });
	return parts;
}

/** Words a label cut short must not end on: "…liberated the H-2 airbase in the". */
const DANGLING =
	/^(?:a|an|the|in|on|at|of|to|for|with|by|from|into|near|after|before|during|over|against|and|or|but|as|its|their|his|her|our|this|that|these|those)$/i;

/** A short label: the clause around the verb, at most 14 words, not ending on a word that leads into more. */
function label(doc: AnalysedDocument, s: Sentence, verb: Word): string {
	const words = s.words;
	let from = verb.index;
	while (from > 0 && !/[,;:(—–]/.test(words[from - 1]!.post) && verb.index - from < 8) from--;
	let to = verb.index;
	while (to + 1 < words.length && !/[,;:.!?)]/.test(words[to]!.post) && to - from < 13) to++;
	while (to > verb.index && DANGLING.test(doc.text.slice(words[to]!.start, words[to]!.end))) to--;
	return doc.text
		.slice(words[from]!.start, words[to]!.end)
		.replace(/^[“"‘(]+|[”"’),.;:]+$/g, '')
		.trim();
}

export const events: ProposalRule = {
	kind: 'event',
	propose(corpus: Corpus): Proposal[] {
		const proposals: Proposal[] = [];
		for (const doc of corpus.documents) {
			const seen = new Set<string>();
			const named = corpus.names.flatMap((t) => t.mentions.filter((m) => m.file === doc.file));
			for (const s of doc.sentences) {
				const sentenceText = doc.text.slice(s.start, s.end);
				if (seen.has(sentenceText) || s.words.length < 5) continue;
				seen.add(sentenceText);
				// A forecast or the author's view is a claim (claims.ts), not something that happened; a sentence of
				// several parts ("…; a sweep that, as we learned, …") is judged part by part.
				const parts = partsOf(doc.text, s);
				const firstDate = doc.dates.find(
					(d) => d.start >= s.start && d.end <= s.end && !/^\d{4}$/.test(d.text)
				);
				const anyDate = firstDate ?? doc.dates.find((d) => d.start >= s.start && d.end <= s.end);
				const speakerNamed = !!speakerOf(corpus, doc, s);
				const verb = eventVerbs(s.words, firstDate?.start, speakerNamed).find((v) => {
					const part = parts.find((p) => p.start <= v.start && v.end <= p.end);
					return part && !isForecastOrOpinion(doc.text.slice(part.start, part.end));
				});
				if (!verb) continue;
				const dated = firstDate !== undefined;
				// Undated, an event needs someone or somewhere named; a date in the sentence is enough on its own.
				if (!dated && !named.some((m) => m.sentence === s)) continue;
				const date = eventDate(doc, s);
				if (!date) continue;
				// The passage shows the verb and, when it fits, the date it is dated by.
				const focusStart = anyDate ? Math.min(verb.start, anyDate.start) : verb.start;
				const focusEnd = anyDate ? Math.max(verb.end, anyDate.end) : verb.end;
				const evidence = sentenceEvidence(doc, s, focusStart, focusEnd);
				const name = label(doc, s, verb);
				const explicit = doc.dates.some((d) => d.start >= s.start && d.end <= s.end);
				proposals.push({
					id: proposalId('event', name, evidence),
					kind: 'event',
					name,
					aliases: [],
					evidence: [evidence],
					date,
					confidence: explicit ? 0.8 : 0.5
				});
			}
		}
		return proposals;
	}
};
