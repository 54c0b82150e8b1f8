/**
 * Whether a name takes "the" inside a sentence, as the documents write it: "the Syrian military", "the Islamic
 * State", "the Euphrates" most of the times they name it, never "the Mosul". Cards then ask "What is the Syrian
 * military?", not "What is Syrian military?".
 */
import { escapeRegExp } from '../regexp';

export function takesThe(name: string, texts: readonly string[]): boolean {
	const mention = new RegExp(
		`(\\bthe\\s+)?(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
		'giu'
	);
	let mentions = 0;
	let withThe = 0;
	for (const text of texts)
		for (const m of text.matchAll(mention)) {
			mentions++;
			if (m[1]) withThe++;
		}
	// "Most": a name written both ways ("Hezbollah", now and then "the Hezbollah") stays bare.
	return withThe * 2 > mentions;
}
