/** The export formats' shared shapes: every format is an `Exporter` (one file each, listed in index.ts). */
import type { SqlJsStatic } from 'sql.js';
import type { Pack } from '../pack';
import type { Question } from '../quiz';

export type ExportFormatId = 'apkg' | 'anki-csv' | 'quizlet' | 'gift' | 'moodle-xml' | 'kahoot' | 'csv';

/**
 * Loads sql.js (SQLite in WebAssembly) for the Anki package formats. Passed in, because the browser fetches the
 * .wasm from a built asset URL while Node tests and the command line read it from node_modules.
 */
export type LoadSql = () => Promise<SqlJsStatic>;

export interface ExportInput {
	pack: Pack;
	/** The cards to export, a selection of `pack.cards`; all of them when omitted. */
	cardIds?: readonly string[];
	/** Quiz-bank formats: the questions to write (from a quiz set); drawn from the cards with `seed` otherwise. */
	questions?: readonly Question[];
	/** Seed for drawing questions when none are given; the pack's version by default. */
	seed?: string;
	/** Unix ms, stamped on what the file records as modified (Anki updates a note only from a newer one). */
	now: number;
	/** Needed by the .apkg format only. */
	loadSql?: LoadSql;
}

export interface ExportedFile {
	/** A file name made from the pack's title, with the format's extension. */
	fileName: string;
	mimeType: string;
	bytes: Uint8Array;
	/** How many cards (or questions) the file holds. */
	count: number;
	/** Plain sentences on what was left out or changed, and why, to show beside the download. */
	notes: string[];
}

export interface Exporter {
	id: ExportFormatId;
	/** As a person picks it: "Anki package (.apkg)". */
	label: string;
	extension: string;
	mimeType: string;
	/** Whether the file holds the cards or quiz questions drawn from them. */
	holds: 'cards' | 'questions';
	write(input: ExportInput): Promise<ExportedFile>;
}
