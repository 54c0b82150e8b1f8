/**
 * The sources of the pack being made: pasted text or opened files (.txt, .md, .html, .docx, .pdf, each reader
 * loaded only when such a file is opened), and what the person says about each. A source that cannot be read
 * is not added: the person is told why, and the draft is left as it was.
 */
import {
	checkPastedText,
	fetchReaders,
	readDocument,
	readersKept,
	type DocumentFile,
	type ReadOptions,
	type ReadResult
} from '$lib/content/documents/read-document';
import type { DraftSource } from '$lib/domain/pack-draft/types';
import type { PackDraftState } from './draft.svelte';

/** Where the Word and PDF readers are: kept on the device, being fetched, or not here (and whether fetching failed). */
export type ReadersState = 'checking' | 'kept' | 'missing' | 'fetching' | 'failed';

/** How the readers are looked for and fetched (the real cache in the app, a stand-in in specs). */
export interface ReaderCache {
	kept(): Promise<boolean>;
	fetch(): Promise<void>;
}

const BROWSER_READERS: ReaderCache = { kept: readersKept, fetch: fetchReaders };

/** The fields a person edits on a source. */
export type SourceField = 'title' | 'kind' | 'publisher' | 'date' | 'reliability';

export class PackSourcesState {
	/** Why the latest files or text were not added; warnings about ones that were. */
	problems = $state.raw<string[]>([]);
	warnings = $state.raw<string[]>([]);
	/** Files are being read. */
	reading = $state(false);
	/** What the latest action did, for the page's status line. */
	status = $state('');
	/** Whether Word and PDF files can be opened offline. */
	readers = $state<ReadersState>('checking');
	/** The source removed last, and where it stood: Put back restores it (this page only, like the review's undo). */
	removed = $state.raw<{ source: DraftSource; at: number } | null>(null);

	readonly #draft: PackDraftState;
	readonly #readOptions: ReadOptions;
	readonly #readerCache: ReaderCache;

	constructor(
		draft: PackDraftState,
		readOptions: ReadOptions = {},
		readerCache: ReaderCache = BROWSER_READERS
	) {
		this.#draft = draft;
		this.#readOptions = readOptions;
		this.#readerCache = readerCache;
	}

	/** Looks whether the readers are kept on this device. */
	async checkReaders(): Promise<void> {
		const kept = await this.#readerCache.kept().catch(() => false);
		if (this.readers !== 'fetching') this.readers = kept ? 'kept' : 'missing';
	}

	/** Fetches the readers so that Word and PDF files open offline later (the person asks: they are large). */
	async keepReaders(): Promise<void> {
		if (this.readers === 'fetching' || this.readers === 'kept') return;
		this.readers = 'fetching';
		try {
			await this.#readerCache.fetch();
			this.readers = 'kept';
		} catch {
			this.readers = 'failed';
		}
	}

	/** The draft's sources, in the order they were added. */
	get list(): DraftSource[] {
		return this.#draft.draft?.sources ?? [];
	}

	/** Adds pasted text as a source; false (with the reason in `problems`) when there is nothing to add. */
	addPasted(title: string, text: string): boolean {
		const name = title.trim() || 'Pasted text';
		return this.#add([checkPastedText(name, text)], () => '') > 0;
	}

	/** Reads the files and adds the readable ones; each unreadable one gets its own message. */
	async addFiles(files: readonly DocumentFile[]): Promise<number> {
		if (files.length === 0) return 0;
		this.reading = true;
		this.status = `Reading ${files.length === 1 ? `“${files[0]!.name}”` : `${files.length} files`}…`;
		try {
			const results: ReadResult[] = [];
			for (const file of files) results.push(await readDocument(file, this.#readOptions));
			return this.#add(results, (name) => name);
		} finally {
			this.reading = false;
			// Reading a Word or PDF file online fetches its reader: it may be kept now.
			if (this.readers !== 'kept') void this.checkReaders();
		}
	}

	update(id: string, field: SourceField, value: string): void {
		const source = this.list.find((s) => s.id === id);
		if (!source) return;
		(source as unknown as Record<SourceField, string>)[field] = value;
		this.#draft.changed();
	}

	remove(id: string): void {
		const draft = this.#draft.current;
		const source = draft.sources.find((s) => s.id === id);
		if (!source) return;
		this.removed = { source: $state.snapshot(source) as DraftSource, at: draft.sources.indexOf(source) };
		draft.sources = draft.sources.filter((s) => s.id !== id);
		this.#draft.changed();
		this.status = `“${source.title}” was removed.`;
	}

	/** Puts the source removed last back where it was, with everything said about it. */
	putBack(): void {
		const removed = this.removed;
		const draft = this.#draft.current;
		if (!removed || draft.sources.some((s) => s.id === removed.source.id)) return;
		draft.sources = [
			...draft.sources.slice(0, removed.at),
			removed.source,
			...draft.sources.slice(removed.at)
		];
		this.removed = null;
		this.#draft.changed();
		this.status = `“${removed.source.title}” is back.`;
	}

	#add(results: readonly ReadResult[], fileOf: (name: string) => string): number {
		const draft = this.#draft.current;
		this.problems = results.flatMap((r) => (r.ok ? [] : [r.error]));
		this.warnings = results.flatMap((r) => (r.ok ? r.warnings : []));
		const added: string[] = [];
		for (const r of results) {
			if (!r.ok) continue;
			// The same document twice (opened again, or as .txt and as .pdf) would propose everything twice.
			const twin = draft.sources.find((s) => sameText(s.text, r.text));
			if (twin) {
				this.problems = [
					...this.problems,
					`“${r.name}” was not added: its text is the same as “${twin.title || 'Untitled source'}”’s, already a source.`
				];
				continue;
			}
			draft.sources.push({
				id: `source-${draft.nextSource++}`,
				title: r.name.replace(/\.[a-z0-9]+$/i, ''),
				kind: 'other',
				publisher: '',
				date: '',
				reliability: '',
				file: fileOf(r.name),
				text: r.text
			});
			added.push(r.name);
		}
		if (added.length) this.#draft.changed();
		this.status = added.length
			? `Added ${added.map((n) => `“${n}”`).join(', ')}. Say what ${added.length === 1 ? 'it is' : 'they are'} below.`
			: 'Nothing was added.';
		return added.length;
	}
}

/** The same words, whatever the line breaks and spacing (a PDF's paragraphs against the text file's lines). */
const sameText = (a: string, b: string) => squeezed(a) === squeezed(b);
const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
