/**
 * Anki cloze deletions ({{c1::answer}} or {{c1::answer::hint}}): one card per number, the gap shown as Sourcedeck
 * shows it, other deletions revealed. Works on the field's HTML, before it becomes text.
 */
import { CLOZE_GAP } from '../anki/notes';

const DELETION = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** The cloze numbers a text uses, ascending. */
export function clozeNumbers(text: string): number[] {
	return [...new Set([...text.matchAll(DELETION)].map((m) => Number(m[1])))]
		.filter((n) => n > 0)
		.sort((a, b) => a - b);
}

/** The prompt (gaps for `n`, hints in brackets) and the answer (the hidden parts) of cloze card `n`. */
export function clozeCard(text: string, n: number): { prompt: string; answer: string } {
	const hidden: string[] = [];
	const prompt = text.replace(DELETION, (_, number: string, content: string, hint?: string) => {
		if (Number(number) !== n) return content;
		hidden.push(content);
		return hint?.trim() ? `${CLOZE_GAP} (${hint.trim()})` : CLOZE_GAP;
	});
	return { prompt, answer: hidden.join(' … ') };
}
