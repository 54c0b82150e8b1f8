/**
 * Name coverage: scans a seed document for proper names (capitalised words, a plain regex scan) and lists
 * those that no entry name or alias covers, so authors can see which actors, places and groups they missed.
 */

/** Arabic particles that open or sit inside names ("al-Qaeda", "Deir ez-Zor", "Abu Mahdi al Muhandis"). */
const PARTICLES = new Set(['al', 'el', 'ez', 'az', 'ad', 'ash', 'bin', 'ibn', 'bu']);
/** Small words that sit inside names ("Islamic Republic of Iran", "Syrian Observatory for Human Rights"). */
const CONNECTORS = new Set([...PARTICLES, 'of', 'the', 'for', 'de']);

export interface CoverageRules {
	/** Capitalised words that are never names on their own (titles, months, demonyms …). */
	alwaysIgnore: ReadonlySet<string>;
	/** Common words capitalised only because they start a sentence or a line. */
	sentenceInitialIgnore: ReadonlySet<string>;
}

interface Token {
	/** Lower case, without accents, possessive or quote marks: what names are compared on. */
	norm: string;
	original: string;
	capitalised: boolean;
	sentenceStart: boolean;
}

const normaliseWord = (word: string) =>
	word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘`]/g, "'")
		.toLowerCase();

/** Chunks never span punctuation, so a name never runs across a comma or a full stop. */
const CHUNK_BREAK = /([.,;:!?()[\]"“”–—\n/*|]|\s-\s)/;
const SENTENCE_BREAK = /^[.!?:\n"“”*]$/;

/** The words of a text in order, split on hyphens ("Iranian-backed" → "Iranian", "backed"). */
export function tokenise(text: string): Token[][] {
	const chunks: Token[][] = [];
	let sentenceStart = true;
	const withoutDots = text
		// "U.S." is one word, and the initial in "Elijah J. Magnier" does not end a sentence.
		.replace(/\b((?:\p{Lu}\.){2,})/gu, (dotted: string) => dotted.replaceAll('.', ''))
		.replace(/\b(\p{Lu})\.(?=\s+\p{Lu})/gu, '$1');
	for (const piece of withoutDots.split(CHUNK_BREAK)) {
		if (CHUNK_BREAK.test(piece) && piece.length <= 3) {
			if (SENTENCE_BREAK.test(piece.trim() || '\n')) sentenceStart = true;
			continue;
		}
		const tokens: Token[] = [];
		for (const word of piece.split(/\s+/)) {
			const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
			if (!clean) continue;
			const parts = clean.split(/[-‐]/).filter(Boolean);
			parts.forEach((part, i) => {
				const previous = i > 0 ? tokens.at(-1) : undefined;
				// "H-2": a number hyphened onto a capitalised word is part of the name.
				const capitalised = /^\p{Lu}/u.test(part) || (/^\p{N}+$/u.test(part) && !!previous?.capitalised);
				tokens.push({ norm: normaliseWord(part), original: part, capitalised, sentenceStart: false });
			});
		}
		if (tokens[0] && sentenceStart) tokens[0].sentenceStart = true;
		if (tokens.length > 0) {
			chunks.push(tokens);
			sentenceStart = false;
		}
	}
	return chunks;
}

/** An entry name or alias as the token sequence it must match. */
export function nameTokens(name: string): string[] {
	return tokenise(name).flatMap((chunk) => chunk.map((t) => t.norm));
}

/** Every capitalised phrase of `text` that no name covers, in order of first appearance, without repeats. */
export function uncoveredNames(text: string, names: string[], rules: CoverageRules): string[] {
	const patterns = names.map(nameTokens).filter((p) => p.length > 0);
	const missing: string[] = [];
	const seen = new Set<string>();
	for (const chunk of tokenise(text)) {
		const covered = chunk.map(() => false);
		for (const pattern of patterns)
			for (let start = 0; start + pattern.length <= chunk.length; start++)
				if (pattern.every((norm, k) => chunk[start + k]!.norm === norm))
					for (let k = 0; k < pattern.length; k++) covered[start + k] = true;

		// A phrase is a run of uncovered names held together by connectors and titles ("Free Syrian Army",
		// "Prime Minister Haider al-Abadi"); a sentence-initial common word breaks it.
		type Part = { token: Token; role: 'name' | 'title' | 'connector' };
		let phrase: Part[] = [];
		const flush = () => {
			while (phrase.length && phrase.at(-1)!.role !== 'name') phrase.pop();
			while (phrase.length && phrase[0]!.role === 'connector' && !PARTICLES.has(phrase[0]!.token.norm))
				phrase.shift();
			const text = phrase.map((p) => p.token.original).join(' ');
			if (text && !seen.has(text.toLowerCase())) {
				seen.add(text.toLowerCase());
				missing.push(text);
			}
			phrase = [];
		};
		chunk.forEach((token, i) => {
			if (covered[i] || (token.sentenceStart && rules.sentenceInitialIgnore.has(token.norm))) flush();
			else if (CONNECTORS.has(token.norm)) phrase.push({ token, role: 'connector' });
			else if (token.capitalised && rules.alwaysIgnore.has(token.norm)) phrase.push({ token, role: 'title' });
			else if (token.capitalised) phrase.push({ token, role: 'name' });
			else flush();
		});
		flush();
	}
	return missing;
}
