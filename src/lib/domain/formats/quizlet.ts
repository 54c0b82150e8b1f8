/**
 * Quizlet: term and definition separated by a tab, one card per line, ready to paste into Quizlet's import
 * box. Quizlet has no place for sources or other spellings, so the file says what it leaves out.
 */
import { selectedCards, exportFileName, utf8 } from './selection';
import type { Exporter } from './types';

/** Tabs and line breaks would start a new field or card: inside a term they become spaces. */
const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

export const quizlet: Exporter = {
	id: 'quizlet',
	label: 'Quizlet (text to paste)',
	extension: 'quizlet.txt',
	mimeType: 'text/plain;charset=utf-8',
	holds: 'cards',
	async write(input) {
		const cards = selectedCards(input);
		const text = cards.map((card) => `${flat(card.prompt)}\t${flat(card.answer)}\n`).join('');
		const notes = cards.length
			? [
					'Quizlet keeps a term and a definition only: sources, excerpts and other accepted spellings are left out.'
				]
			: [];
		return {
			fileName: exportFileName(input.pack, this.extension),
			mimeType: this.mimeType,
			bytes: utf8(text),
			count: cards.length,
			notes
		};
	}
};
