/**
 * Exporting to the formats other apps read (Anki, Quizlet, Moodle, Kahoot, CSV): a library pack from /library,
 * or a quiz set's questions from /assign. The format code, and sql.js for Anki packages, load here on the first
 * export only: no page's first JavaScript carries them.
 */
import type { StoredAssignment } from '$lib/db/assignments';
import type { ExportedFile, ExportFormatId, ExportInput } from '$lib/domain/formats/types';
import type { Pack } from '$lib/domain/pack';
import type { QuizLibrary } from './library-content';
import { problemOf, type ShownProblem } from './problem';

/** A teacher's saved quiz set, as the /assign pages hold it. */
export type QuizSetRecord = StoredAssignment;

/** A format as the person picks it. Labels match the exporters' own (a spec holds them together). */
export interface ExportChoice {
	id: ExportFormatId;
	label: string;
}

/** Every format a pack exports to, in the order the menu lists them. */
export const PACK_EXPORT_CHOICES: readonly ExportChoice[] = [
	{ id: 'apkg', label: 'Anki package (.apkg)' },
	{ id: 'anki-csv', label: 'Anki text import (.txt)' },
	{ id: 'quizlet', label: 'Quizlet (text to paste)' },
	{ id: 'gift', label: 'Moodle GIFT question bank (.gift.txt)' },
	{ id: 'moodle-xml', label: 'Moodle XML question bank (.xml)' },
	{ id: 'kahoot', label: 'Kahoot spreadsheet (.xlsx)' },
	{ id: 'csv', label: 'Cards as CSV (spreadsheet)' }
];

/** What a quiz set exports to: the question banks, and Quizlet with the cards its questions test. */
export const QUIZ_EXPORT_CHOICES: readonly ExportChoice[] = PACK_EXPORT_CHOICES.filter((choice) =>
	['gift', 'moodle-xml', 'kahoot', 'quizlet'].includes(choice.id)
);

/** Writes one file; the format code (and sql.js for .apkg) is fetched the first time. */
export async function writeExport(
	format: ExportFormatId,
	input: Omit<ExportInput, 'loadSql'>
): Promise<ExportedFile> {
	const { EXPORTERS, loadSqlFromAsset } = await import('./format-code');
	return EXPORTERS[format].write({ ...input, loadSql: loadSqlFromAsset });
}

/** The failed export's sentence: the Anki one may need sql.js, fetched once while online. */
export function exportFailure(format: ExportFormatId): string {
	return format === 'apkg'
		? 'The Anki package could not be made. Its SQLite engine is fetched the first time, so that first Anki export needs a connection; try again online. Nothing was changed.'
		: 'The file could not be made. Nothing was changed; try again.';
}

export interface FormatExportOptions {
	/** The format picked at first. */
	format?: ExportFormatId;
	clock?: () => number;
	/** How a quiz set's questions are made again (the device's library by default). */
	library?: QuizLibrary;
}

const deviceLibrary: QuizLibrary = {
	installed: async () => (await import('./library-content')).deviceLibrary.installed(),
	packFor: async (spec) => (await import('./library-content')).quizPackFor(spec)
};

/** One export control: the format picked, what the last export gave, or why it failed. */
export class FormatExport {
	format = $state<ExportFormatId>('apkg');
	working = $state(false);
	/** "Saved “…” (12 cards)." and the format's notes on what it left out. */
	status = $state('');
	notes = $state.raw<string[]>([]);
	problem = $state.raw<ShownProblem | null>(null);

	readonly #clock: () => number;
	readonly #library: QuizLibrary;

	constructor(options: FormatExportOptions = {}) {
		this.format = options.format ?? 'apkg';
		this.#clock = options.clock ?? (() => Date.now());
		this.#library = options.library ?? deviceLibrary;
	}

	/** A library pack (with its own ids) in the picked format; null (and `problem`) when it could not be made. */
	exportPack(packId: string): Promise<ExportedFile | null> {
		return this.#run(async () => {
			// Loaded here: the /assign pages use this module too, and do not otherwise read packs this way.
			const { readPack } = await import('$lib/db/library');
			const pack = await readPack(packId);
			if (!pack) throw new Error(`No pack "${packId}" in the library.`);
			return { pack };
		});
	}

	/** A quiz set's questions, as this library makes them again from its spec, under the set's title. */
	exportQuizSet(record: QuizSetRecord): Promise<ExportedFile | null> {
		return this.#run(async () => {
			// Loaded here so the library page, which exports packs only, does not carry the quiz engine.
			const [{ generateQuiz }, { assignmentSpec }] = await Promise.all([
				import('$lib/domain/quiz'),
				import('$lib/domain/share/assignment-codec')
			]);
			const spec = assignmentSpec(record.set);
			const pack: Pack = { ...(await this.#library.packFor(spec)), title: record.set.title };
			const questions = generateQuiz(pack, spec);
			// Quizlet holds cards: the ones the questions test.
			const cardIds = questions.flatMap((q) => q.cardIds).filter((id, i, all) => all.indexOf(id) === i);
			return { pack, questions, cardIds };
		});
	}

	async #run(read: () => Promise<Omit<ExportInput, 'loadSql' | 'now'>>): Promise<ExportedFile | null> {
		const format = this.format;
		this.status = '';
		this.notes = [];
		this.problem = null;
		this.working = true;
		try {
			const file = await writeExport(format, { ...(await read()), now: this.#clock() });
			// Question banks hold questions, whether drawn from a pack or a quiz set; the rest hold cards.
			const what = ['gift', 'moodle-xml', 'kahoot'].includes(format) ? 'question' : 'card';
			this.status = `Saved “${file.fileName}” (${file.count} ${what}${file.count === 1 ? '' : 's'}).`;
			this.notes = file.notes;
			return file;
		} catch (error) {
			this.problem = problemOf(exportFailure(format), error);
			return null;
		} finally {
			this.working = false;
		}
	}
}
