/**
 * Importing a deck made elsewhere (a spreadsheet's CSV, Quizlet's or Anki's text export, an Anki package) as a
 * new library pack. The file is read and previewed first, a spreadsheet's columns are mapped by the person, and
 * only "Add to library" writes: a refused or abandoned file changes nothing. The import code, and sql.js for
 * Anki packages, load when the first file is picked.
 */
import type {
	ColumnMapping,
	ColumnRole,
	DetectedColumns,
	ImportPreview,
	ImportSource
} from '$lib/domain/formats/import';
import type { LoadSql } from '$lib/domain/formats/types';
import type { Pack } from '$lib/domain/pack';
import { toPackFile } from '$lib/domain/pack-file';
import { libraryCache } from './library-cache.svelte';
import { installPackFile } from './pack-install';
import { shownPackProblem } from './library-page.svelte';
import { problemOf, type ShownProblem } from './problem';
import { forgetResumeHint } from './resume-hint';
import { plural } from './format';

/** A file the person picked (a `File` fits): its size is checked before a byte of it is read. */
export interface PickedDeckFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** The columns a person maps, as the form names them; kind, type and the like come from a header only. */
export const MAPPED_ROLES: readonly { role: ColumnRole; label: string; required: boolean }[] = [
	{ role: 'prompt', label: 'Prompt (the question side)', required: true },
	{ role: 'answer', label: 'Answer', required: true },
	{ role: 'accepted', label: 'Other accepted answers', required: false },
	{ role: 'source', label: 'Source', required: false },
	{ role: 'excerpt', label: 'Excerpt from the source', required: false }
];

/** A mapping being made: prompt and answer may not be chosen yet. */
export type DraftMapping = Partial<Omit<ColumnMapping, 'headerRow'>> & { headerRow: boolean };

export interface DeckImportOptions {
	clock?: () => number;
	/** sql.js for Anki packages (the built asset by default; Node specs pass their own). */
	loadSql?: LoadSql;
}

const loadSqlAsset: LoadSql = async () => (await import('./format-code')).loadSqlFromAsset();

export class DeckImport {
	/** The picked file's name; '' when none is open. */
	fileName = $state('');
	/** The pack the file makes, waiting for "Add to library"; null until a file reads. */
	pack = $state.raw<Pack | null>(null);
	preview = $state.raw<ImportPreview | null>(null);
	/** What was cleaned, skipped or left out, in plain sentences. */
	warnings = $state.raw<string[]>([]);
	/** A CSV or TSV file's columns, to map; null for Anki files and files read by their own header lines. */
	columns = $state.raw<DetectedColumns | null>(null);
	mapping = $state.raw<DraftMapping | null>(null);
	/** The file is an Anki package: its media and scheduling are not imported, and the page says so. */
	ankiPackage = $state(false);
	/** Why the file was refused (or the mapping does not work yet): nothing was written. */
	problem = $state.raw<ShownProblem | null>(null);
	/** What the last "Add to library" did. */
	status = $state('');
	working = $state(false);

	/** How the mapping's menus name each column: its header cell, or its number and first value. */
	readonly columnLabels: string[] = $derived(
		this.columns?.columns.map((column) => {
			const first = column.samples[0] ?? '';
			if (!/^Column \d+$/.test(column.name)) return column.name;
			if (this.mapping?.headerRow && first) return first;
			return first ? `${column.name} (“${first}”…)` : column.name;
		}) ?? []
	);

	readonly #clock: () => number;
	readonly #loadSql: LoadSql;
	#source: ImportSource | null = null;

	constructor(options: DeckImportOptions = {}) {
		this.#clock = options.clock ?? (() => Date.now());
		this.#loadSql = options.loadSql ?? loadSqlAsset;
	}

	/** Reads a picked file into a preview (or a refusal); nothing is stored. */
	async choose(file: PickedDeckFile): Promise<void> {
		this.#reset();
		this.status = '';
		this.fileName = file.name;
		let bytes: Uint8Array | undefined;
		this.#source = {
			name: file.name,
			size: file.size,
			// Read once, after the size check, and kept for a changed mapping.
			bytes: async () => (bytes ??= new Uint8Array(await file.arrayBuffer()))
		};
		await this.#read();
	}

	/** Puts a column (or none) in a role, and reads the file again with it. */
	async mapColumn(role: ColumnRole, index: number | undefined): Promise<void> {
		if (!this.mapping) return;
		const next: DraftMapping = { ...this.mapping };
		// One column holds one thing: the column leaves the role it had.
		for (const other of MAPPED_ROLES) if (next[other.role] === index) delete next[other.role];
		if (index === undefined) delete next[role];
		else next[role] = index;
		this.mapping = next;
		await this.#read();
	}

	/** Whether the first row names the columns (and so is no card). */
	async setHeaderRow(headerRow: boolean): Promise<void> {
		if (!this.mapping) return;
		this.mapping = { ...this.mapping, headerRow };
		await this.#read();
	}

	/** Installs the previewed pack as a new library pack; false (and `problem`) when it could not be. */
	async install(): Promise<boolean> {
		const pack = this.pack;
		if (!pack || this.working) return false;
		this.working = true;
		this.problem = null;
		try {
			const bytes = new TextEncoder().encode(JSON.stringify(toPackFile(pack)));
			const result = await installPackFile(bytes, { origin: 'file', now: this.#clock() });
			if (!result.ok) {
				this.problem = shownPackProblem(result.problem);
				return false;
			}
			this.status =
				result.outcome.status === 'unchanged'
					? `“${pack.title}” is already in your library.`
					: `“${pack.title}” was added to your library, turned on for Today and Study.`;
			libraryCache.forget();
			forgetResumeHint();
			this.#reset();
			return true;
		} catch (error) {
			this.problem = problemOf('The pack could not be added. Nothing was changed; try again.', error);
			return false;
		} finally {
			this.working = false;
		}
	}

	/** Closes the preview without writing anything. */
	cancel(): void {
		this.#reset();
		this.status = 'Nothing was imported.';
	}

	async #read(): Promise<void> {
		const source = this.#source;
		if (!source) return;
		this.working = true;
		this.pack = null;
		this.preview = null;
		this.warnings = [];
		this.problem = null;
		try {
			const { importError, importFile, sniffFileKind, MAX_IMPORT_BYTES } = await import('./format-code');
			// Told from the first bytes; a file over the limit is never read.
			this.ankiPackage =
				source.size > 0 &&
				source.size <= MAX_IMPORT_BYTES &&
				['zip', 'sqlite'].includes(sniffFileKind(await source.bytes()));
			const mapping = this.#fullMapping();
			if (this.mapping && !mapping) {
				this.problem = { message: importError('needs-columns').message };
				return;
			}
			const outcome = await importFile(source, { loadSql: this.#loadSql, mapping });
			if (source !== this.#source) return;
			this.columns = outcome.columns ?? null;
			// A header the app did not recognise is still most likely a header: the person can say it is not.
			this.mapping = this.columns ? (this.mapping ?? this.columns.suggested ?? { headerRow: true }) : null;
			if (outcome.ok) {
				this.pack = outcome.pack;
				this.preview = outcome.preview;
				this.warnings = outcome.warnings;
				// Said where focus stays (the file field): the preview and its buttons appear below, out of sight of a
				// screen reader otherwise.
				this.status = `Read “${source.name}”: ${plural(outcome.pack.cards.length, 'card')}. Check the preview, then add it to your library.`;
			} else this.problem = { message: outcome.error.message };
		} catch (error) {
			this.problem = problemOf(
				this.ankiPackage
					? 'This Anki package could not be read. Reading one fetches a database engine the first time, which needs a connection; try again online. Nothing was changed.'
					: 'This file could not be read. Nothing was changed.',
				error
			);
		} finally {
			this.working = false;
		}
	}

	/** The person's mapping once prompt and answer are chosen; undefined lets the file's header decide. */
	#fullMapping(): ColumnMapping | undefined {
		const m = this.mapping;
		return m && m.prompt !== undefined && m.answer !== undefined ? (m as ColumnMapping) : undefined;
	}

	#reset(): void {
		this.#source = null;
		this.fileName = '';
		this.pack = null;
		this.preview = null;
		this.warnings = [];
		this.columns = null;
		this.mapping = null;
		this.ankiPackage = false;
		this.problem = null;
	}
}
