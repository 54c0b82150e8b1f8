/**
 * The words of cards: how names are matched in a prompt, how dates, numbers and coordinates are written and
 * may be typed, how sources and claims are credited. Pure string functions shared by the card drafts.
 */
import type { PackDate, Source } from './pack';
import { MONTH_NAMES, formatDate, formatYear } from './quiz/dates';

/** As precise as the date: "23 May 2016", "October 2017" or "2017" (the quiz formats dates the same way). */
export function formatPackDate(date: PackDate): string {
	return formatDate(date);
}

/** Other ways a learner may type the same date ("44 BC" for 44 BCE; ISO forms only in the common era). */
export function dateSpellings(date: PackDate): string[] {
	const year = formatYear(date.year);
	const bce = date.year < 0;
	const years = bce ? [year, year.replace(/BCE$/, 'BC')] : [year];
	const month = date.month ? MONTH_NAMES[date.month - 1] : undefined;
	if (!month || !date.month) return years;
	const mm = String(date.month).padStart(2, '0');
	if (!date.day) return [...years.map((y) => `${month} ${y}`), ...(bce ? [] : [`${date.year}-${mm}`])];
	const dd = String(date.day).padStart(2, '0');
	return [
		...years.map((y) => `${date.day} ${month} ${y}`),
		...years.map((y) => `${month} ${date.day}, ${y}`),
		...(bce ? [] : [`${date.year}-${mm}-${dd}`])
	];
}

/** "34.45° N, 40.92° E" */
export function formatCoordinates(lat: number, lon: number): string {
	return `${Math.abs(lat)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon)}° ${lon < 0 ? 'W' : 'E'}`;
}

export const normaliseForMatch = (s: string) =>
	s
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[-‐–—]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * Whether `text` names `name` as whole words. Case-insensitive, except for acronyms ("IS", "US"), which are
 * matched as written so that the word "is" does not count as the Islamic State.
 */
export function mentions(text: string, name: string): boolean {
	const needle = normaliseForMatch(name);
	if (!needle) return false;
	const acronym = /^[A-Z0-9]+$/.test(needle);
	const haystack = acronym ? normaliseForMatch(text) : normaliseForMatch(text).toLowerCase();
	const sought = acronym ? needle : needle.toLowerCase();
	// A plain search with a word-boundary check: far cheaper than a Unicode regex per name.
	for (let at = haystack.indexOf(sought); at >= 0; at = haystack.indexOf(sought, at + 1))
		if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + sought.length])) return true;
	return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** The values in order, without repeats (ignoring case) or empty strings. */
export const dedupe = (values: string[]) => {
	const seen = new Set<string>();
	return values.filter((value) => {
		const key = value.toLowerCase();
		if (!value || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
};

/** "Mosul", "Mosul and Raqqa", "Mosul, Raqqa and Hawija". */
export function joinNames(names: readonly string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A prompt that opens with a question word can follow an attribution after a comma. */
const QUESTION_START = /^(?:Who|What|When|Where|Which|Why|How|In which|Against whom|Along how|Since when)\b/;

/** "According to the digest, when did …?" — or with a colon when the prompt is not a question. */
export function attributed(prompt: string, credit: string): string {
	return QUESTION_START.test(prompt)
		? `According to ${credit}, ${prompt.charAt(0).toLowerCase()}${prompt.slice(1)}`
		: `According to ${credit}: ${prompt}`;
}

/** "Besides Mosul, where …?": a question that leaves out what the prompt already names. */
export function besides(named: readonly string[], question: string): string {
	return named.length
		? `Besides ${joinNames(named)}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`
		: question;
}

export const withoutFinalStop = (s: string) => s.trim().replace(/[.;:]+$/, '');
export const startsAttributed = (s: string) => /^according to /i.test(s.trim());

/** "days, not weeks." → "days, not weeks": the quote's closing punctuation belongs to the source sentence. */
export function quoteForPrompt(excerpt: string): string {
	return excerpt
		.trim()
		.replace(/[,;:]+$/, '')
		.replace(/(?<=[a-z0-9%)])\.$/, '');
}

/**
 * "According to the Zero Hedge commentary, Turkey …" → "Turkey …" (the claim without its attribution), to read
 * after "that". A claim written as a sentence of its own ("Civilians came first") has its first word lower-cased
 * when the texts given (the claim's evidence) write that word in lower case; a name ("Turkey", "Iraqi forces")
 * never appears so, and keeps its capital.
 */
export function claimContent(statement: string, claimant: string, texts: readonly string[] = []): string {
	const exact = `according to ${claimant.toLowerCase()},`;
	const body = withoutFinalStop(
		(statement.trim().toLowerCase().startsWith(exact)
			? statement.trim().slice(exact.length)
			: statement.trim().replace(/^according to [^,]+,/i, '')
		).trim()
	);
	const first = /^[A-Z][a-z]+(?=[\s,;:]|$)/.exec(body)?.[0];
	if (!first) return body;
	const lower = first.toLowerCase();
	const written = new RegExp(`(?<![\\p{L}\\p{N}])${lower}(?![\\p{L}\\p{N}])`, 'u');
	return texts.some((text) => written.test(text)) ? lower + body.slice(first.length) : body;
}

/** How a source is credited in a prompt: its publisher when known, else its kind ("the digest", "the source"). */
export function sourceCredit(source: Source): string {
	if (source.publisher !== 'unknown') return source.publisher;
	return source.kind === 'other' ? 'the source' : `the ${source.kind}`;
}

/** "2,500" also as "2500"; "90 percent" also as "90%" and "90". */
export function numberSpellings(value: string): string[] {
	const spellings = [value.replace(/(\d),(\d)/g, '$1$2')];
	const percent = /^([\d.,]+)\s*(?:%|percent|per cent)$/i.exec(value.trim());
	if (percent) spellings.push(`${percent[1]}%`, `${percent[1]} percent`, percent[1]!);
	return dedupe(spellings);
}
