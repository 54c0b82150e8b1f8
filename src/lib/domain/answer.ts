/**
 * Typed-answer checking. Learners meet names transliterated from Arabic in many spellings (Deir ez-Zor,
 * Deir Ezzor, Deir el-Zour…), so answers are compared on a folded key, and small typos count as right.
 */
import { dateKey, parseDateAnswer } from './answer-date';
import { damerauLevenshtein } from './edit-distance';

export interface AnswerMatch {
	correct: boolean;
	/** True when the answer is one of the accepted spellings (after folding); false for a forgiven typo. */
	exact: boolean;
	/** The spelling to show: the first accepted one. */
	canonical: string;
	/** Edit distance between the folded answer and the nearest accepted spelling (0 when exact). */
	distance: number;
}

export interface MatchOptions {
	/**
	 * Other real names a learner might mean (other places, actors, countries). A typo that is as close to one
	 * of these as to the answer is wrong: "Rawa" is not a misspelling of "Raqqa".
	 */
	competitors?: readonly string[];
}

/** Neighbouring countries: always competitors, so "Iran" never passes as a typo of "Iraq". */
export const REGION_COUNTRIES: readonly string[] = [
	'Iraq',
	'Iran',
	'Syria',
	'Jordan',
	'Turkey',
	'Lebanon',
	'Israel',
	'Kuwait',
	'Saudi Arabia',
	'Qatar',
	'Egypt',
	'Russia',
	'United States'
];

const APOSTROPHES = /['’‘`´ʼʻʿʾ]/g;
/** Arabic definite article joined by a hyphen, including sun-letter forms: al-, el-, ar-Raqqa, ez-Zor, ash-Sham. */
const HYPHEN_ARTICLE = /(^|[\s(/])(?:al|el|ul|a[dnrstz]|e[dnrstz]|ash|esh)-(?=\p{L})/gu;
/** The same article written as a separate word ("Al Qaim", "Dier ez Zor"). */
const SPACED_ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'az', 'ash', 'ed', 'ez', 'esh']);

/** Case, accents, apostrophes, punctuation, a leading "the" and Arabic articles removed; words kept. */
export function normalizeAnswer(s: string): string {
	const text = s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
		.replace(/%/g, ' percent ')
		.replace(/&/g, ' and ')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(HYPHEN_ARTICLE, '$1')
		.replace(/(\d)\.(?=\d)/g, '$1\uE000')
		.replace(/[^\p{L}\p{N}\uE000]+/gu, ' ')
		.replace(/\uE000/g, '.')
		.replace(/\bper cent\b/g, 'percent')
		.trim();
	const words = text.split(' ').filter(Boolean);
	if (words[0] === 'the' && words.length > 1) words.shift();
	return words.filter((w, i) => !(SPACED_ARTICLES.has(w) && i < words.length - 1)).join(' ');
}

const UNITS: Record<string, string> = {
	percent: 'percent',
	pct: 'percent',
	km: 'km',
	mi: 'mi',
	kms: 'km',
	kilometre: 'km',
	kilometres: 'km',
	kilometer: 'km',
	kilometers: 'km',
	mile: 'mi',
	miles: 'mi'
};

/** Folds one word's transliteration variants together: Qaem/Qaim, Zour/Zor, Fallujah/Falluja, Hayder/Haider. */
function foldWord(word: string): string {
	if (UNITS[word]) return UNITS[word];
	if (/\d/.test(word)) return word;
	// An article merged into the name by assimilation: "Ezzor" (ez-Zor), "Assad" (as-Sad…) fold alike everywhere.
	const w = word.length >= 5 && /^[ae]([dnrstz])\1/.test(word) ? word.slice(2) : word;
	return w
		.replace(/dh/g, 'z')
		.replace(/([aeiou])h$/, '$1')
		.replace(/ph/g, 'f')
		.replace(/ck/g, 'k')
		.replace(/q/g, 'k')
		.replace(/ou|oo/g, 'u')
		.replace(/ee/g, 'i')
		.replace(/isation/g, 'ization')
		.replace(/(?!^)y/g, 'i')
		.replace(/e/g, 'i')
		.replace(/o/g, 'u')
		.replace(/(.)\1+/g, '$1');
}

/** The comparison key: normalised, each word folded, spaces dropped ("Deir ez-Zor" → "dirzur"). */
export function answerKey(s: string): string {
	return normalizeAnswer(s).split(' ').map(foldWord).join('');
}

/** Typos forgiven for a folded key: none for short words and anything with digits (2016 ≠ 2017). */
export function allowedTypos(key: string): number {
	if (/\d/.test(key)) return 0;
	return key.length <= 3 ? 0 : key.length <= 7 ? 1 : 2;
}

/**
 * The region's countries as keys, folded on first use: folding needs Unicode normalisation and property-class
 * regexes, whose first run cost an offline cold start of /study ~45 ms of main thread at 4x CPU when this was
 * done as the module loaded, before a card could be answered.
 */
let regionKeys: string[] | null = null;
const regionKeysOnce = () => (regionKeys ??= REGION_COUNTRIES.map(answerKey));

/** "90percent" → "90": a number typed without its unit still counts. */
function numberWithoutUnit(key: string): string | null {
	return /^(\d+(?:\.\d+)?)(?:percent|km|mi)$/.exec(key)?.[1] ?? null;
}

function sameDate(given: string, accepted: readonly string[]): boolean {
	const parts = parseDateAnswer(given);
	if (!parts) return false;
	const key = dateKey(parts);
	return accepted.some((a) => {
		const other = parseDateAnswer(a);
		return other !== null && dateKey(other) === key;
	});
}

export function matchAnswer(
	given: string,
	accepted: readonly string[],
	options: MatchOptions = {}
): AnswerMatch {
	const canonical = accepted[0] ?? '';
	const keys = accepted.map(answerKey).filter(Boolean);
	const key = answerKey(given);
	const verdict = (correct: boolean, exact: boolean, distance: number) => ({
		correct,
		exact,
		canonical,
		distance
	});
	if (!key || keys.length === 0) return verdict(false, false, keys[0]?.length ?? 0);
	if (keys.includes(key) || sameDate(given, accepted) || keys.some((k) => numberWithoutUnit(k) === key)) {
		return verdict(true, true, 0);
	}
	let distance = Infinity;
	let nearest = '';
	for (const k of keys) {
		const d = damerauLevenshtein(key, k);
		if (d < distance) [distance, nearest] = [d, k];
	}
	if (/\d/.test(key) || distance > allowedTypos(nearest)) return verdict(false, false, distance);
	const competitorKeys = regionKeysOnce().concat((options.competitors ?? []).map(answerKey));
	const closerElsewhere = competitorKeys.some(
		(c) => c && !keys.includes(c) && damerauLevenshtein(key, c, distance) <= distance
	);
	return verdict(!closerElsewhere, false, distance);
}
