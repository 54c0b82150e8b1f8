/**
 * A statement that names the same thing twice gives itself away: "Clashes in Ninewa and Erbil happened in
 * Erbil" is plainly true, and with a wrong detail ("… happened in Ninewa", for Ninewa's card) it would be marked
 * false while it reads as true. True/false questions are not built from such statements.
 */
import { normalizeAnswer } from '../answer';

/** Names shorter than this (after folding) are too common as words to tell anything. */
const MIN_NAME_LENGTH = 3;

/** Whether `text` names one of `names` more than once (whole words; case, accents and articles folded). */
export function namesTwice(text: string, names: readonly string[]): boolean {
	const folded = ` ${normalizeAnswer(text)} `;
	return names.some((name) => {
		const key = normalizeAnswer(name);
		if (key.length < MIN_NAME_LENGTH) return false;
		const first = folded.indexOf(` ${key} `);
		return first !== -1 && folded.indexOf(` ${key} `, first + key.length + 1) !== -1;
	});
}
