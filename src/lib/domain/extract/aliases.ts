/**
 * Which spellings name the same thing: transliterations (al-/el-/ad-, -a/-ah, ez/el/al, Haider/Hayder,
 * Deir/Dier), abbreviations (PMF = Popular Mobilization Forces, explicit "X (ABC)" or "X, or the ABC"),
 * surnames of people named in full, and a few names every news reader knows (US = United States).
 */
import { damerauLevenshtein } from '../edit-distance';

/** Arabic articles and their sun-letter forms, written apart ("al Qaim", "Deir ez-Zor", "ash Sabahiyyah"). */
const ARTICLES = new Set([
	'al',
	'el',
	'ad',
	'ed',
	'ash',
	'as',
	'ar',
	'an',
	'at',
	'az',
	'ez',
	'es',
	'ul',
	'the'
]);
/** Words an acronym skips ("Syrian Observatory for Human Rights" = SOHR). */
const ACRONYM_SKIP = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'into', 'a', 'an', '&']);

/** Names known under another name everywhere, not only in one corpus. */
const WELL_KNOWN: readonly string[][] = [
	['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'],
	['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
	['United Nations', 'UN', 'U.N.'],
	['European Union', 'EU', 'E.U.'],
	['Soviet Union', 'USSR', 'U.S.S.R.'],
	[
		'Islamic State',
		'ISIS',
		'ISIL',
		'IS',
		'Daesh',
		'Islamic State of Iraq and the Levant',
		'Islamic State of Iraq and Syria'
	]
];

/** Keys already computed: names repeat, in a corpus and across the gazetteer's 135,000 entries. */
const spellingCache = new Map<string, string>();

/** Folds case, accents, apostrophes and spelling habits, and drops articles: "Deir el-Zour" → "deir zor". */
export function spellingKey(name: string): string {
	let key = spellingCache.get(name);
	if (key === undefined) {
		if (spellingCache.size > 200_000) spellingCache.clear();
		key = computeSpellingKey(name);
		spellingCache.set(name, key);
	}
	return key;
}

function computeSpellingKey(name: string): string {
	const tokens = name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’ʼʿʾ`‘]s$/u, '')
		.replace(/['’ʼʿʾ`‘]/gu, '')
		.replace(/&/g, ' and ')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	const kept: string[] = [];
	tokens.forEach((token, i) => {
		if (ARTICLES.has(token) && tokens.length > 1 && i < tokens.length - 1) return;
		// An article written into the next word: "Ezzor" = ez-Zor, "Azzawr" = az-Zawr.
		if (i > 0 && token.length >= 5 && /^[ae]([zdsrt])\1/.test(token)) token = token.slice(2);
		kept.push(
			token
				.replace(/isation/g, 'ization')
				.replace(/ou/g, 'o')
				.replace(/ee/g, 'i')
		);
	});
	return kept.join(' ');
}

/**
 * A coarse key that spellings of one name share: first letter, then consonants without doubles, without a
 * final "h" (Raqqa/Raqqah, Haider/Hayder, Deir/Dier, Qaim/Qaem). Names with the same skeleton are grouped only
 * when their spellings are also close (see `sameName`).
 */
export function skeletonKey(spelling: string): string {
	return spelling
		.split(' ')
		.map((t) => {
			if (t.length < 4 || /\d/.test(t)) return t;
			const rest = t
				.slice(1)
				.replace(/[aeiouy]/g, '')
				.replace(/(.)\1+/g, '$1')
				.replace(/h$/, '');
			return t[0] + rest;
		})
		.join(' ');
}

/** Two spellings of one name: the same skeleton and at most two edits apart (a fifth of the length for short names). */
export function sameName(a: string, b: string): boolean {
	const sa = spellingKey(a);
	const sb = spellingKey(b);
	if (sa === sb) return sa.length > 0;
	if (skeletonKey(sa) !== skeletonKey(sb)) return false;
	const limit = Math.min(2, Math.max(1, Math.floor(Math.min(sa.length, sb.length) / 4)));
	return damerauLevenshtein(sa, sb, limit) <= limit;
}

/** Written as an acronym: "PMF", "U.S.", "CJTF-OIR", "Islam4UK" is not. */
export function isAcronym(name: string): boolean {
	if (name.length > 16) return false;
	const letters = name.replace(/[.\-–\s&]/g, '');
	return /^\p{Lu}{2,8}$/u.test(letters);
}

/** The letters of an acronym ("U.S." → "US", "CJTF-OIR" → "CJTFOIR"). */
export function acronymLetters(name: string): string {
	return name.replace(/[^\p{Lu}]/gu, '');
}

/** The initials of a long name, skipping small words: "Agence France-Presse" → "AFP". */
export function initials(name: string): string {
	return name
		.split(/[\s\-–—/]+/)
		.filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase()))
		.map((w) => w[0]!.toUpperCase())
		.join('');
}

/** A name as the rules found it, with what they know about it. */
export interface NameMention {
	text: string;
	/** People group by surname: "Soleimani" is "Qassem Soleimani" when only one person has that surname. */
	person: boolean;
	/** Known as a place: "Washington" does not join "George Washington". */
	place?: boolean;
	/** Names the text itself equates with this one ("Popular Mobilization Forces (PMF)"). */
	sameAs?: string;
}

/** Spellings grouped as one name: `names[0]` is the one to show. */
export interface NameGroup {
	names: string[];
}

/**
 * Groups spellings that name one thing. `counts` says how often each spelling was seen: the canonical name is the
 * most used full form (not an acronym, not a bare surname), the longest on a tie.
 */
export function groupNames(mentions: NameMention[], counts: Map<string, number> = new Map()): NameGroup[] {
	const texts = [...new Set(mentions.map((m) => m.text))];
	const index = new Map(texts.map((t, i) => [t, i]));
	const parent = texts.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const union = (a: number, b: number) => {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};

	// Spellings: bucket by skeleton, then compare within a bucket.
	const buckets = new Map<string, number[]>();
	texts.forEach((t, i) => {
		if (isAcronym(t)) return;
		const key = skeletonKey(spellingKey(t));
		if (!key) return;
		const bucket = buckets.get(key) ?? [];
		for (const j of bucket) if (sameName(t, texts[j]!)) union(i, j);
		bucket.push(i);
		buckets.set(key, bucket);
	});

	// Acronyms: the same letters, a long name with those initials, or an explicit "X (ABC)".
	const byLetters = new Map<string, number[]>();
	texts.forEach((t, i) => {
		if (!isAcronym(t)) return;
		const letters = acronymLetters(t);
		byLetters.set(letters, [...(byLetters.get(letters) ?? []), i]);
	});
	for (const group of byLetters.values()) for (const i of group.slice(1)) union(group[0]!, i);
	// By initials only when one name has them: "IS" beside "Islamic State" and "Iraqi Shia" is neither's (it would
	// make each the other's alias, and answer checking accept one for the other). Names that differ only by a
	// plural ("Revolutionary Guard Corps", "Revolutionary Guards Corps") count as one.
	const byInitials = new Map<string, number[]>();
	texts.forEach((t, i) => {
		if (isAcronym(t) || t.split(/\s+/).length < 2 || !byLetters.has(initials(t))) return;
		byInitials.set(initials(t), [...(byInitials.get(initials(t)) ?? []), i]);
	});
	const singular = (t: string) =>
		spellingKey(t)
			.split(' ')
			.map((w) => w.replace(/s$/, ''))
			.join(' ');
	for (const [letters, owners] of byInitials) {
		const roots = new Set(owners.map(find));
		if (roots.size > 1 && new Set(owners.map((i) => singular(texts[i]!))).size > 1) continue;
		for (const j of [...owners, ...byLetters.get(letters)!]) union(owners[0]!, j);
	}
	for (const m of mentions) {
		const other = m.sameAs === undefined ? undefined : index.get(m.sameAs);
		if (other !== undefined) union(index.get(m.text)!, other);
	}

	// Well-known equivalents, where both names occur.
	for (const names of WELL_KNOWN) {
		const present = texts.flatMap((t, i) =>
			names.some((n) => n === t || (!isAcronym(n) && sameName(n, t))) ? [i] : []
		);
		for (const i of present.slice(1)) union(present[0]!, i);
	}

	// Surnames: "Soleimani" joins "Qassem Soleimani" when exactly one full name ends so.
	const fullNames = mentions.filter((m) => m.person && m.text.split(/\s+/).length >= 2);
	for (const m of mentions.filter((x) => !x.place)) {
		const key = spellingKey(m.text);
		if (key.includes(' ') || key.length < 3) continue;
		const owners = new Set(
			fullNames
				.filter((f) => spellingKey(f.text).split(' ').pop() === key)
				.map((f) => find(index.get(f.text)!))
		);
		if (owners.size === 1) union(index.get(m.text)!, [...owners][0]!);
	}

	const groups = new Map<number, string[]>();
	texts.forEach((t, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), t]));
	return [...groups.values()].map((names) => ({ names: orderNames(names, counts) }));
}

function orderNames(names: string[], counts: Map<string, number>): string[] {
	const words = (n: string) => n.split(/\s+/).length;
	const maxWords = Math.max(...names.map(words));
	const score = (n: string) =>
		(isAcronym(n) ? 0 : 4) +
		(words(n) === maxWords || words(n) >= 2 ? 2 : 0) +
		Math.log2(1 + (counts.get(n) ?? 1));
	return [...names].sort((a, b) => score(b) - score(a) || b.length - a.length || a.localeCompare(b));
}
