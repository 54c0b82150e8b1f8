/**
 * The cards as CSV for a spreadsheet: prompt, answer, accepted answers, kind, type, contested, source and
 * excerpt, one card a row, with a header. Cells that a spreadsheet would run as formulas are defused (share/csv.ts).
 */
import { toCsvText } from '../share/csv';
import { cardEvidenceFields, sourcesById } from './evidence';
import { exportFileName, selectedCards, utf8 } from './selection';
import type { Exporter } from './types';

export const CARDS_CSV_HEADER = [
	'Prompt',
	'Answer',
	'Accepted answers',
	'Kind',
	'Type',
	'Contested',
	'Source',
	'Excerpt'
];

/** Between accepted spellings: a pipe, since spellings hold commas ("May 23, 2016") and never a pipe. */
export const ACCEPTED_SEPARATOR = ' | ';

export const cardsCsv: Exporter = {
	id: 'csv',
	label: 'Cards as CSV (spreadsheet)',
	extension: 'csv',
	mimeType: 'text/csv;charset=utf-8',
	holds: 'cards',
	async write(input) {
		const sources = sourcesById(input.pack);
		const cards = selectedCards(input);
		const rows = cards.map((card) => {
			const evidence = cardEvidenceFields(card, sources);
			return [
				card.prompt,
				card.answer,
				card.accepted.join(ACCEPTED_SEPARATOR),
				card.kind,
				card.type,
				// Opinions and allegations stay marked as such in a spreadsheet too.
				card.contested ? 'yes' : '',
				evidence.source.join('\n'),
				evidence.excerpt.join('\n')
			];
		});
		return {
			fileName: exportFileName(input.pack, this.extension),
			mimeType: this.mimeType,
			// The byte-order mark makes spreadsheets read the file as UTF-8 (accented names, quotation marks).
			bytes: utf8(toCsvText([CARDS_CSV_HEADER, ...rows]), true),
			count: cards.length,
			notes: []
		};
	}
};
