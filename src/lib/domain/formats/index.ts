/** The import and export formats' public surface: every exporter by id, and the importers. */
import { apkg } from './apkg';
import { ankiCsv } from './anki-csv';
import { cardsCsv } from './cards-csv';
import { gift } from './gift';
import { kahoot } from './kahoot';
import { moodleXml } from './moodle-xml';
import { quizlet } from './quizlet';
import type { ExportFormatId, Exporter } from './types';

export const EXPORTERS: Readonly<Record<ExportFormatId, Exporter>> = {
	apkg,
	'anki-csv': ankiCsv,
	quizlet,
	gift,
	'moodle-xml': moodleXml,
	kahoot,
	csv: cardsCsv
};

export const EXPORT_FORMAT_IDS = Object.keys(EXPORTERS) as ExportFormatId[];

export function isExportFormatId(id: string): id is ExportFormatId {
	return Object.hasOwn(EXPORTERS, id);
}

export { BANK_MODES, bankQuestions, questionFeedback } from './bank';
export type { ExportedFile, ExportFormatId, ExportInput, Exporter, LoadSql } from './types';
