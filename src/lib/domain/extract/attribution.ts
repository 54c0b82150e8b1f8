/**
 * Who says what a sentence says: "X said", "said X", "according to X", "X quoted Y as saying" (Y), "X, cited by
 * Y" (X), and "he added" (the last speaker before). Quotes, figures and claims are attributed through it.
 */
import type { Sentence } from './analysis';
import type { Mention } from './mentions';
import { SPEECH_VERBS, TITLES } from './lexicon';
import type { AnalysedDocument, Corpus } from './rule';

export interface Attribution {
	/** The speaker as the text names it (the proposal's canonical name when the name is proposed). */
	name: string;
	/** Where the speaker is named. */
	start: number;
	end: number;
}

interface ActorIndex {
	bySentence: Map<Sentence, Mention[]>;
	names: Map<Mention, string>;
}
const indexes = new WeakMap<Corpus, ActorIndex>();

/** The actors' mentions by sentence, and each mention's canonical name: built once per corpus. */
function actorIndex(corpus: Corpus): ActorIndex {
	let index = indexes.get(corpus);
	if (!index) {
		index = { bySentence: new Map(), names: new Map() };
		for (const t of corpus.names) {
			if (t.kind !== 'actor') continue;
			for (const m of t.mentions) {
				index.names.set(m, t.names[0]!);
				const list = index.bySentence.get(m.sentence) ?? [];
				list.push(m);
				index.bySentence.set(m.sentence, list);
			}
		}
		for (const list of index.bySentence.values()) list.sort((a, b) => a.start - b.start);
		indexes.set(corpus, index);
	}
	return index;
}

function mentionsIn(corpus: Corpus, _doc: AnalysedDocument, s: Sentence): Mention[] {
	return actorIndex(corpus).bySentence.get(s) ?? [];
}

function canonical(corpus: Corpus, m: Mention): string {
	return actorIndex(corpus).names.get(m) ?? m.text;
}

/** The speaker a sentence names, or undefined. `previous` resolves "he said" to the last speaker. */
export function speakerOf(
	corpus: Corpus,
	doc: AnalysedDocument,
	s: Sentence,
	previous?: Attribution
): Attribution | undefined {
	const words = s.words;
	const ms = mentionsIn(corpus, doc, s);
	const at = (m: Mention): Attribution => ({ name: canonical(corpus, m), start: m.start, end: m.end });
	// "X quoted Y as saying": Y speaks.
	for (let i = 0; i < words.length; i++) {
		if (words[i]!.lower !== 'quoted') continue;
		const y = ms.find((m) => m.first > i && m.first <= i + 6);
		if (y && words.slice(y.last + 1, y.last + 4).some((w) => w.lower === 'saying' || w.lower === 'as'))
			return at(y);
	}
	for (const m of ms) {
		const after = words[m.last + 1];
		// "said Dr. Maria Sanchez": look past the title.
		let b = m.first - 1;
		while (b >= 0 && TITLES.has(words[b]!.lower.replace(/\.$/, ''))) b--;
		const before = words[b];
		const before2 = words[m.first - 2];
		// "Mayor Carter called the vote …": after a name, describing words speak too (before one, "called X" names X).
		if (
			after &&
			(SPEECH_VERBS.has(after.lower) || /^(called|described|dubbed)$/.test(after.lower)) &&
			after.lower !== 'quoted' &&
			after.lower !== 'cited'
		)
			return at(m);
		// "X has said", "X has been quoted as saying".
		if (
			after &&
			/^(has|had|have)$/.test(after.lower) &&
			words.slice(m.last + 2, m.last + 5).some((w) => SPEECH_VERBS.has(w.lower))
		)
			return at(m);
		if (before && SPEECH_VERBS.has(before.lower) && !/^(by|cited)$/.test(before.lower)) return at(m);
		if (before && before2 && before2.lower === 'according' && before.lower === 'to') return at(m);
	}
	// "…, a military spokesman said Friday" names no one: the speaker stays unknown.
	if (
		previous &&
		words.some((w, i) => /^(he|she)$/.test(w.lower) && SPEECH_VERBS.has(words[i + 1]?.lower ?? ''))
	)
		return previous;
	return undefined;
}
