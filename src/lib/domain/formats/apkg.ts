/**
 * Anki package (.apkg) for Anki 2.1.50+ and AnkiDroid: a zip of the legacy `collection.anki2` (schema 11, which
 * current Anki still imports and upgrades) and an empty `media` list. The collection is written with sql.js,
 * the same SQLite that Anki uses, so the file is a real SQLite database rather than an imitation of one.
 */
import { strToU8, zipSync } from 'fflate';
import { htmlToText, textToHtml } from './text';
import { sourcesById } from './evidence';
import { exportFileName, selectedCards, zipDate } from './selection';
import type { Exporter } from './types';
import {
	collectionConfigJson,
	deckConfigsJson,
	deckName,
	decksJson,
	notetypeId,
	notetypeJson,
	SCHEMA_11_SQL
} from './anki/collection';
import { notesFor, type NoteKind } from './anki/notes';
import { stableNumericId } from './hash';

const FIELD_SEPARATOR = '\x1f';
const NOTE_KINDS: NoteKind[] = ['basic', 'reversed', 'cloze'];

export const apkg: Exporter = {
	id: 'apkg',
	label: 'Anki package (.apkg)',
	extension: 'apkg',
	mimeType: 'application/octet-stream',
	holds: 'cards',
	async write(input) {
		if (!input.loadSql) throw new Error('The .apkg format needs loadSql (sql.js) to be passed in.');
		const SQL = await input.loadSql();
		const { pack, now } = input;
		const cards = selectedCards(input);
		const notes = notesFor(pack, cards, sourcesById(pack));
		const seconds = Math.floor(now / 1000);
		const deckId = stableNumericId(`sourcedeck-deck:${pack.id}`);
		const name = deckName(pack.title);
		const description = `Made with Sourcedeck from ${pack.sources.length} source${pack.sources.length === 1 ? '' : 's'}: every card names the source and excerpt it comes from.`;
		const models = Object.fromEntries(
			NOTE_KINDS.map((kind) => [String(notetypeId(kind)), notetypeJson(kind, deckId, seconds)])
		);

		const db = new SQL.Database();
		try {
			db.run(SCHEMA_11_SQL);
			db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
				seconds,
				now,
				now,
				JSON.stringify(collectionConfigJson(deckId, notetypeId('basic'))),
				JSON.stringify(models),
				JSON.stringify(decksJson(deckId, name, description, seconds)),
				JSON.stringify(deckConfigsJson(seconds)),
				'{}'
			]);
			const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, ?)');
			const insertCard = db.prepare(
				'INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)'
			);
			db.run('BEGIN');
			let cardId = now;
			notes.forEach((note, index) => {
				// Ids are creation times in ms in Anki; consecutive ones from `now` keep them unique in the file.
				const noteId = now + index;
				const fields = note.fields.map(textToHtml);
				insertNote.run([
					noteId,
					note.guid,
					notetypeId(note.kind),
					seconds,
					` ${note.tags.join(' ')} `,
					fields.join(FIELD_SEPARATOR),
					htmlToText(fields[0] ?? ''),
					''
				]);
				note.cardIds.forEach((_, ord) => {
					// `due` of a new card is its position: the deck is studied in pack order.
					insertCard.run([cardId++, noteId, deckId, ord, seconds, index + 1, '']);
				});
			});
			db.run('COMMIT');
			insertNote.free();
			insertCard.free();
			const collection = db.export();
			const bytes = zipSync(
				{ 'collection.anki2': collection, media: strToU8('{}') },
				{ level: 6, mtime: zipDate(now) }
			);
			return {
				fileName: exportFileName(pack, this.extension),
				mimeType: this.mimeType,
				bytes,
				count: cards.length,
				notes:
					notes.length < cards.length
						? [
								`${cards.length} cards make ${notes.length} Anki notes: each actor's "who is" and "who is this" cards share one note.`
							]
						: []
			};
		} finally {
			db.close();
		}
	}
};
