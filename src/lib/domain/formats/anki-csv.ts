/**
 * Anki's text import (File › Import, Anki 2.1.55+), for collections where a package cannot be used: tab-separated
 * rows with the header lines that tell Anki the separator, that fields are HTML, and which columns hold the GUID,
 * the note type, the deck and the tags. It uses the stock Basic and Cloze note types every collection has, so
 * the source and excerpts travel in the back of the card (Cloze: its Back Extra field).
 */
import { deckName } from './anki/collection';
import { evidenceBlockHtml } from './anki/back-text';
import { clozeText, cardTags, noteGuid } from './anki/notes';
import { sourcesById } from './evidence';
import { exportFileName, selectedCards, utf8 } from './selection';
import { textToHtml } from './text';
import type { Exporter } from './types';

/** Anki's stock note types, by their English names. */
export const STOCK_BASIC = 'Basic';
export const STOCK_CLOZE = 'Cloze';

/** A tab or line break would end the field: inside HTML a tab is a space and a line break is already `<br>`. */
const cell = (html: string) => html.replace(/[\t\r\n]+/g, ' ');

export const ankiCsv: Exporter = {
	id: 'anki-csv',
	label: 'Anki text import (.txt)',
	extension: 'anki.txt',
	mimeType: 'text/plain;charset=utf-8',
	holds: 'cards',
	async write(input) {
		const { pack } = input;
		const sources = sourcesById(pack);
		const cards = selectedCards(input);
		const deck = deckName(pack.title);
		const header = [
			'#separator:tab',
			'#html:true',
			'#guid column:1',
			'#notetype column:2',
			'#deck column:3',
			'#tags column:6'
		];
		const rows = cards.map((card) => {
			const block = evidenceBlockHtml(card.answer, card.accepted, card.evidence, sources);
			const cloze = clozeText(card);
			const fields = cloze
				? [textToHtml(cloze), block]
				: [textToHtml(card.prompt), `${textToHtml(card.answer)}${block}`];
			return [
				noteGuid(pack, `card:${card.id}`),
				cloze ? STOCK_CLOZE : STOCK_BASIC,
				deck,
				...fields,
				cardTags(card).join(' ')
			]
				.map(cell)
				.join('\t');
		});
		return {
			fileName: exportFileName(pack, this.extension),
			mimeType: this.mimeType,
			bytes: utf8([...header, ...rows].map((line) => `${line}\n`).join('')),
			count: cards.length,
			notes: cards.length
				? [
						'Import it in Anki with File › Import: the cards use the Basic and Cloze note types, with the source and excerpts under each answer.'
					]
				: []
		};
	}
};
