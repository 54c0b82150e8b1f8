/** Why a file was refused, with the sentence to show the person who chose it. Nothing is stored on refusal. */

export type ImportErrorKind =
	| 'empty'
	| 'too-large'
	| 'unknown-format'
	| 'spreadsheet'
	| 'broken-zip'
	| 'not-anki'
	| 'anki-too-new'
	| 'broken-collection'
	| 'needs-columns'
	| 'one-column'
	| 'pack-file'
	| 'backup-file'
	| 'no-cards'
	| 'too-many-cards';

export interface ImportError {
	kind: ImportErrorKind;
	/** User-facing, plain text. */
	message: string;
	/** For logs and tests; never the main message. */
	detail?: string;
}

/** 50 MB: far above any deck's text, and refused from the file's size before a byte of it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** More cards than this in one pack is a mistake or an attack; the app is measured with 20,000. */
export const MAX_IMPORT_CARDS = 50_000;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const ANKI_EXPORT_HINT =
	'In Anki, choose File › Export, pick "Anki Deck Package (.apkg)", tick "Support older Anki versions", then import that file.';

export function importError(
	kind: ImportErrorKind,
	options: { size?: number; detail?: string } = {}
): ImportError {
	const messages: Record<ImportErrorKind, string> = {
		empty: 'This file is empty.',
		'too-large': `This file is ${megabytes(options.size ?? 0)}; Sourcedeck imports files up to ${megabytes(MAX_IMPORT_BYTES)}. For an Anki deck with many pictures or sounds, export it without media.`,
		'unknown-format':
			'Sourcedeck cannot read this file. It imports CSV or tab-separated text (from a spreadsheet, Quizlet or Anki) and Anki packages (.apkg).',
		spreadsheet:
			'This is a spreadsheet file. Save it as CSV (File › Save as or Download › CSV) and import the CSV.',
		'broken-zip':
			'This file is damaged: it looks like a zip archive (as .apkg files are) but cannot be opened.',
		'not-anki': 'This zip archive is not an Anki package: it holds no Anki collection.',
		'anki-too-new': `This Anki package uses the newer format that Sourcedeck cannot read yet. ${ANKI_EXPORT_HINT}`,
		'broken-collection': `The Anki collection in this file is damaged or not one Sourcedeck knows. ${ANKI_EXPORT_HINT}`,
		'needs-columns':
			'Choose which column holds the prompts and which holds the answers (and, if there are, the sources and excerpts).',
		'one-column':
			'This file has one column only: a card needs a prompt and an answer, in columns of their own. If the spreadsheet has more, save it again as CSV with commas or tabs between the columns.',
		'pack-file':
			'This is a Sourcedeck pack file, not a deck to turn into one: install it with Install a pack › Install from a file.',
		'backup-file': 'This is a Sourcedeck backup: import it under Settings › Backup.',
		'no-cards': 'No cards were found in this file: each needs a prompt and an answer.',
		'too-many-cards': `This file has more than ${MAX_IMPORT_CARDS.toLocaleString('en')} cards, more than one pack can hold. Split it into smaller files.`
	};
	return options.detail === undefined
		? { kind, message: messages[kind] }
		: { kind, message: messages[kind], detail: options.detail };
}
