/**
 * How proposals compare with a knowledge base a person wrote from the same documents (a compiled pack):
 * per kind, the share of the pack's entries the proposals find (recall) and the share of proposals that match
 * an entry (precision). Names match by spelling (sameName over names and aliases); events, figures, quotes and
 * claims by passage: a proposal's evidence overlaps the entry's excerpt in the same file (figures also by value).
 */
import type { Entity, Pack } from '../pack';
import { sameName } from './aliases';
import type { Proposal, ProposalKind } from './types';
import { escapeRegExp } from '../regexp';

export interface KindScore {
	kind: ProposalKind;
	entries: number;
	found: number;
	proposals: number;
	matching: number;
	recall: number;
	precision: number;
	/** Entries no proposal found, and proposals that match nothing (for reading, not for the figures). */
	missed: string[];
	unmatched: string[];
}

interface Span {
	file: string;
	start: number;
	end: number;
}

interface Target {
	kind: ProposalKind;
	name: string;
	names: string[];
	spans: Span[];
	year?: number;
	value?: string;
}

/** Folds the characters an excerpt may write differently (’ ' “ " – -) one for one, so offsets survive. */
function fold(text: string): string {
	return text
		.replace(/[’‘ʼ`]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[–—]/g, '-');
}

/** Where an excerpt is in its file (folded quotes, any run of spaces). */
export function locate(texts: Map<string, string>, file: string, excerpt: string): Span | undefined {
	const text = texts.get(file);
	if (text === undefined) return undefined;
	const folded = fold(text);
	const needle = fold(excerpt).trim().replace(/[.,]$/, '');
	const at = folded.indexOf(needle);
	if (at >= 0) return { file, start: at, end: at + needle.length };
	const pattern = new RegExp(needle.split(/\s+/).map(escapeRegExp).join('\\s+'));
	const m = pattern.exec(folded);
	return m ? { file, start: m.index, end: m.index + m[0].length } : undefined;
}

function targets(pack: Pack, texts: Map<string, string>): Target[] {
	const spans = (e: { file: string; excerpt: string }[]) =>
		e.flatMap((x) => {
			const s = locate(texts, x.file, x.excerpt);
			return s ? [s] : [];
		});
	const list: Target[] = [];
	for (const e of pack.entities as Entity[]) {
		const names = [e.name, ...e.aliases];
		if (e.kind === 'actor' || e.kind === 'place')
			list.push({ kind: e.kind, name: e.name, names, spans: spans(e.evidence) });
		if (e.kind === 'event')
			list.push({ kind: 'event', name: e.name, names, spans: spans(e.evidence), year: e.event?.date.year });
		if (e.kind === 'figure')
			list.push({ kind: 'figure', name: e.name, names, spans: spans(e.evidence), value: e.figure?.value });
		if (e.kind === 'claim') list.push({ kind: 'claim', name: e.name, names, spans: spans(e.evidence) });
		for (const q of e.actor?.quotes ?? [])
			list.push({ kind: 'quote', name: q.excerpt, names: [q.excerpt], spans: spans([q]) });
	}
	return list;
}

const overlaps = (a: Span, b: Span) => a.file === b.file && a.start < b.end && b.start < a.end;

const NUMBER_WORDS: Record<string, string> = {
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	twice: '2'
};
/** The numbers a figure's value names ("between 500 and 1,000" → 500, 1000; "two kilometres" → 2). */
function numbersOf(value: string): string[] {
	const digits = [...value.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
	const words = value
		.toLowerCase()
		.split(/[^a-z]+/)
		.flatMap((w) => (NUMBER_WORDS[w] ? [NUMBER_WORDS[w]!] : []));
	const fractions = /two-thirds|half|third|quarter/i.exec(value)?.[0].toLowerCase();
	return [...digits, ...words, ...(fractions ? [fractions] : [])];
}

/** Whether a proposal is (one of the ways of naming) the target. */
function matches(p: Proposal, t: Target): boolean {
	if (t.kind === 'actor' || t.kind === 'place') {
		if (p.kind !== 'actor' && p.kind !== 'place') return false;
		const names = [p.name, ...p.aliases];
		return names.some((n) => t.names.some((m) => sameName(n, m)));
	}
	if (p.kind !== t.kind) return false;
	if (!p.evidence.some((e) => t.spans.some((s) => overlaps(e, s)))) return false;
	if (t.kind === 'event' && p.date && t.year !== undefined && p.date.year !== t.year) return false;
	if (t.kind === 'figure') {
		const want = numbersOf(t.value ?? '');
		const have = numbersOf(p.value ?? p.name);
		return want.some((n) => have.includes(n));
	}
	return true;
}

/** Recall and precision per kind of `proposals` against the pack's entries (`texts`: file name → document text). */
export function scoreProposals(proposals: Proposal[], pack: Pack, texts: Map<string, string>): KindScore[] {
	const all = targets(pack, texts);
	const kinds: ProposalKind[] = ['actor', 'place', 'event', 'figure', 'quote', 'claim'];
	return kinds.map((kind) => {
		const entries = all.filter((t) => t.kind === kind);
		const mine = proposals.filter((p) => p.kind === kind);
		const found = entries.filter((t) => proposals.some((p) => matches(p, t)));
		// Actors and places may be proposed as each other (a country is both), and a quotation that the knowledge
		// base keeps as a claim of its speaker is still that passage: a person fixes the kind in review.
		const pool =
			kind === 'actor' || kind === 'place'
				? all.filter((t) => t.kind === 'actor' || t.kind === 'place')
				: kind === 'quote'
					? all.filter((t) => t.kind === 'quote' || t.kind === 'claim')
					: entries;
		const matchesAny = (p: Proposal, t: Target) =>
			matches(p, t) || (p.kind === 'quote' && t.kind === 'claim' && matches({ ...p, kind: 'claim' }, t));
		const matching = mine.filter((p) => pool.some((t) => matchesAny(p, t)));
		return {
			kind,
			entries: entries.length,
			found: found.length,
			proposals: mine.length,
			matching: matching.length,
			recall: entries.length ? found.length / entries.length : 1,
			precision: mine.length ? matching.length / mine.length : 1,
			missed: entries.filter((t) => !found.includes(t)).map((t) => t.name),
			unmatched: mine.filter((p) => !matching.includes(p)).map((p) => p.name)
		};
	});
}
