/**
 * Who says what a sentence says: "X said", "said X", "according to X", "X quoted Y as saying" (Y), "X, cited by
 * Y" (X), and "he added" (the last speaker before). Quotes, figures and claims are attributed through it.
 */
import type { Sentence } from './analysis';
import type { Mention } from './mentions';
import { SPEECH_VERBS } from './lexicon';
import type { AnalysedDocument, Corpus } from './rule';

export interface Attribution {
	/** The speaker as the text names it (the proposal's canonical name when the name is proposed). */
	name: string;
	/** Where the speaker is named. */
	start: number;
	end: number;
}

function mentionsIn(corpus: Corpus, doc: AnalysedDocument, s: Sentence): Mention[] {
	const all: Mention[] = [];
	for (const t of corpus.names) {
		if (t.kind !== 'actor') continue;
		for (const m of t.mentions) if (m.file === doc.file && m.sentence === s) all.push(m);
	}
	return all.sort((a, b) => a.start - b.start);
}

function canonical(corpus: Corpus, m: Mention): string {
	return corpus.names.find((t) => t.mentions.includes(m))?.names[0] ?? m.text;
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
		const before = words[m.first - 1];
		const before2 = words[m.first - 2];
		if (after && SPEECH_VERBS.has(after.lower) && after.lower !== 'quoted' && after.lower !== 'cited')
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
