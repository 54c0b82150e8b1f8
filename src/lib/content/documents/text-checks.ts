/** Cheap checks on decoded text: is it text at all, and is it English (the rules are English rules)? */

/** Share of characters that are controls (other than tab and line breaks) or undecodable: high in binary files. */
export function junkShare(text: string): number {
	if (text.length === 0) return 0;
	const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
	let junk = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) junk++;
	}
	return junk / sample.length;
}

/** Binary junk: more than 5 % controls or undecodable bytes (text files have none, or a stray few). */
export function looksBinary(text: string): boolean {
	return junkShare(text) > 0.05;
}

/** Common English words: in English prose they are about a quarter to a half of all words. */
const ENGLISH = new Set(
	'the of and to in a is that for it as was with be by on not he she i this are or his her from at which but have an they you were their has had been one we will would there all its who more than can also after said into two its our them about when over these'.split(
		' '
	)
);

/** Share of the words (of the first 2,000) that are common English words. */
export function englishShare(text: string): number {
	const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 2000) ?? [];
	if (words.length === 0) return 0;
	return words.filter((w) => ENGLISH.has(w)).length / words.length;
}

/** English enough for the rules: at least 12 % common English words, over 20 words or more. */
export function looksEnglish(text: string): boolean {
	const words = text.match(/\p{L}+/gu)?.length ?? 0;
	return words < 20 || englishShare(text) >= 0.12;
}
