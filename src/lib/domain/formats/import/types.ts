/** The importers' shared shapes: what a file yields before it becomes a pack, and what the person is shown. */
import type { CardType, EntityKind, Pack } from '../../pack';
import type { ReadEvidence } from '../evidence';
import type { LoadSql } from '../types';
import type { ImportError } from './import-error';

/** The file to import. `bytes` is called only once the size has been checked. */
export interface ImportSource {
	name: string;
	size: number;
	bytes(): Promise<Uint8Array>;
}

/** Which column holds what (0-based); prompt and answer are required. */
export interface ColumnMapping {
	prompt: number;
	answer: number;
	accepted?: number;
	source?: number;
	excerpt?: number;
	kind?: number;
	type?: number;
	/** "yes" marks an opinion or allegation. */
	contested?: number;
	/** Whether the first row names the columns (and is no card). */
	headerRow: boolean;
}

export type ColumnRole = Exclude<keyof ColumnMapping, 'headerRow'>;

/** A column of a CSV or TSV file as the person sees it, to choose what it holds. */
export interface DetectedColumn {
	index: number;
	/** Its header cell, or "Column 3" without a header row. */
	name: string;
	/** The first few values, as text. */
	samples: string[];
}

export interface DetectedColumns {
	columns: DetectedColumn[];
	/** What the header suggests (or the two columns of a term/definition file); null when unclear. */
	suggested: ColumnMapping | null;
	separator: string;
}

/** One card read from a file, before ids and sources are given. */
export interface ImportedCard {
	prompt: string;
	answer: string;
	/** Every accepted spelling; the answer alone when the file gives none. */
	accepted: string[];
	evidence: ReadEvidence[];
	kind?: EntityKind;
	type?: CardType;
	topic?: string;
	contested?: boolean;
	/** Cards of one note (both sides, each gap of a cloze) share it: they are never shown back to back. */
	noteKey?: string;
	/** The deck it came from (Anki), to name the pack. */
	deck?: string;
}

export interface ImportPreview {
	title: string;
	cardCount: number;
	sourceCount: number;
	/** Cards that name no source: shown as "no source given", never with an invented one. */
	withoutSource: number;
	/** The first few cards, as they will read. */
	examples: { prompt: string; answer: string; sources: string[] }[];
}

export type ImportOutcome =
	| { ok: true; pack: Pack; preview: ImportPreview; warnings: string[]; columns?: DetectedColumns }
	| { ok: false; error: ImportError; columns?: DetectedColumns };

export interface ImportOptions {
	/** Needed for Anki packages. */
	loadSql?: LoadSql;
	/** The person's choice of columns for a CSV or TSV file. */
	mapping?: ColumnMapping;
	/** A title for the new pack; the deck's name or the file name otherwise. */
	title?: string;
}

/** What an importer reads from a file before the pack is built. */
export interface ReadCards {
	cards: ImportedCard[];
	warnings: string[];
	title?: string;
	columns?: DetectedColumns;
}
