/**
 * One pass of `compromise` over a document: sentences and words with their character offsets and part-of-speech
 * tags. Every rule reads this, so the text is tagged once.
 */
import nlp from 'compromise';

export interface Word {
	/** As written, hyphenated parts joined ("al-Qaim", "pro-Syrian"). */
	text: string;
	start: number;
	end: number;
	/** Lower case, apostrophes unified, possessive kept ("iran's"). */
	lower: string;
	/** compromise's tags of the word's parts (ProperNoun, Person, Place, Organization, Verb, …). */
	tags: Set<string>;
	/** Punctuation (and spaces) before and after the word, as compromise saw it. */
	pre: string;
	post: string;
	/** Index within its sentence. */
	index: number;
}

export interface Sentence {
	start: number;
	end: number;
	words: Word[];
	/** Index within the document. */
	index: number;
}

export interface DocumentAnalysis {
	file: string;
	text: string;
	sentences: Sentence[];
}

interface Term {
	text: string;
	pre: string;
	post: string;
	tags: string[];
	offset: { start: number; length: number };
}

const JOINERS = /^[-‐‑–]$/;

/** Tags the document once and regroups compromise's terms into words (hyphenated names stay whole). */
export function analyse(file: string, text: string): DocumentAnalysis {
	const sentences: Sentence[] = [];
	const json = nlp(text).json({ offset: true, text: false, normal: false }) as { terms: Term[] }[];
	for (const s of json) {
		const words: Word[] = [];
		let joinNext = false;
		for (const t of s.terms) {
			if (!t.text) continue;
			const start = t.offset.start;
			const end = start + t.text.length;
			const last = words[words.length - 1];
			if (joinNext && last && last.end + 1 === start) {
				last.text = text.slice(last.start, end);
				last.end = end;
				last.post = t.post;
				for (const tag of t.tags) last.tags.add(tag);
			} else {
				words.push({
					text: t.text,
					start,
					end,
					lower: '',
					tags: new Set(t.tags),
					pre: t.pre,
					post: t.post,
					index: 0
				});
			}
			joinNext = JOINERS.test(t.post) && text.slice(end, end + 1) === t.post;
		}
		if (words.length === 0) continue;
		words.forEach((w, i) => {
			w.index = i;
			w.lower = w.text.toLowerCase().replace(/[’ʼ`]/g, "'");
		});
		const first = words[0]!;
		const last = words[words.length - 1]!;
		const start = first.start - leadingPunctuation(first.pre).length;
		const end = last.end + trailingPunctuation(last.post).length;
		sentences.push({ start, end, words, index: sentences.length });
	}
	return { file, text, sentences };
}

/** The quote marks and brackets that open a sentence belong to it; the spaces before do not. */
function leadingPunctuation(pre: string): string {
	return /[^\s]*$/.exec(pre)?.[0] ?? '';
}

function trailingPunctuation(post: string): string {
	return /^[^\s]*/.exec(post)?.[0] ?? '';
}

/** True when the word starts with a capital (or is written like a name: "al-Qaim", "H-2", "Islam4UK"). */
export function isCapitalised(word: Word): boolean {
	return /^\p{Lu}/u.test(word.text) || /^\p{Ll}{1,3}[-‐‑–]\p{Lu}/u.test(word.text);
}

/** The words of a sentence between two indexes as the text writes them. */
export function spanText(doc: DocumentAnalysis, words: Word[]): string {
	return doc.text.slice(words[0]!.start, words[words.length - 1]!.end);
}
