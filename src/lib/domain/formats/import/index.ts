/**
 * Importing a file into a new pack: the size is checked before a byte is read, the kind of file is told from
 * its first bytes (zip, SQLite, text), and the matching importer reads its cards. Pure: it returns a pack, a
 * preview and warnings, or an error with the columns to map; nothing is stored here, so a refusal loses nothing.
 */
import { readAnkiCollection, unpackAnkiPackage } from './anki-package';
import { buildImportedPack } from './build-pack';
import { Cleaner } from './clean';
import { importError, MAX_IMPORT_BYTES, MAX_IMPORT_CARDS } from './import-error';
import { readTextCards } from './text-import';
import type { ImportOptions, ImportOutcome, ImportSource, ReadCards } from './types';

export type FileKind = 'zip' | 'sqlite' | 'gzip' | 'pdf' | 'binary' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** What a file is, from its first bytes. */
export function sniffFileKind(bytes: Uint8Array): FileKind {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
		return 'zip';
	if (
		startsWith(
			bytes,
			[...'SQLite format 3\0'].map((c) => c.charCodeAt(0))
		)
	)
		return 'sqlite';
	if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
	const head = bytes.subarray(0, 8192);
	// UTF-16 text has NUL bytes too, but no spreadsheet or deck exports it without a byte-order mark.
	if (head.includes(0) && !startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xfe, 0xff]))
		return 'binary';
	return 'text';
}

/** Text in UTF-8 (with or without a byte-order mark), UTF-16 with one, else Windows-1252 as Excel saves it. */
export function decodeText(bytes: Uint8Array): { text: string; legacyEncoding: boolean } {
	if (startsWith(bytes, [0xff, 0xfe]))
		return { text: new TextDecoder('utf-16le').decode(bytes), legacyEncoding: false };
	if (startsWith(bytes, [0xfe, 0xff]))
		return { text: new TextDecoder('utf-16be').decode(bytes), legacyEncoding: false };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacyEncoding: false };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), legacyEncoding: true };
	}
}

const withoutExtension = (name: string) =>
	name
		.replace(/^.*[\\/]/, '')
		.replace(/\.[^.]+$/, '')
		.trim();

async function readCards(
	bytes: Uint8Array,
	options: ImportOptions,
	cleaner: Cleaner
): Promise<ReadCards | { error: ReturnType<typeof importError>; columns?: ReadCards['columns'] }> {
	const kind = sniffFileKind(bytes);
	if (kind === 'zip' || kind === 'sqlite') {
		const contents = kind === 'zip' ? unpackAnkiPackage(bytes) : { collection: bytes, mediaCount: 0 };
		if ('error' in contents) return contents;
		if (!options.loadSql)
			throw new Error('Importing an Anki package needs loadSql (sql.js) to be passed in.');
		return readAnkiCollection(await options.loadSql(), contents.collection, contents.mediaCount, cleaner);
	}
	if (kind !== 'text') return { error: importError('unknown-format', { detail: kind }) };
	const { text, legacyEncoding } = decodeText(bytes);
	const read = readTextCards(text, options.mapping, cleaner);
	if (!('error' in read) && legacyEncoding)
		read.warnings.push(
			'The file was not saved as UTF-8; it was read as Windows (Western) text. Check accented letters.'
		);
	return read;
}

/** Reads a file into a new pack, or says why not. */
export async function importFile(file: ImportSource, options: ImportOptions = {}): Promise<ImportOutcome> {
	if (file.size > MAX_IMPORT_BYTES)
		return { ok: false, error: importError('too-large', { size: file.size }) };
	if (file.size === 0) return { ok: false, error: importError('empty') };
	const bytes = await file.bytes();
	if (bytes.length === 0) return { ok: false, error: importError('empty') };
	if (bytes.length > MAX_IMPORT_BYTES)
		return { ok: false, error: importError('too-large', { size: bytes.length }) };
	const cleaner = new Cleaner();
	const read = await readCards(bytes, options, cleaner);
	if ('error' in read) return { ok: false, error: read.error, columns: read.columns };
	if (read.cards.length === 0) return { ok: false, error: importError('no-cards'), columns: read.columns };
	if (read.cards.length > MAX_IMPORT_CARDS) return { ok: false, error: importError('too-many-cards') };
	const title =
		options.title?.trim() || read.title?.trim() || withoutExtension(file.name) || 'Imported cards';
	const built = buildImportedPack(title, read.cards, file.name.replace(/^.*[\\/]/, ''));
	return {
		ok: true,
		pack: built.pack,
		preview: built.preview,
		warnings: [...read.warnings, ...cleaner.warnings(), ...built.warnings],
		columns: read.columns
	};
}

/** An in-memory file, for the command line and tests. */
export function bytesSource(name: string, bytes: Uint8Array): ImportSource {
	return { name, size: bytes.length, bytes: async () => bytes };
}

export { importError, MAX_IMPORT_BYTES, MAX_IMPORT_CARDS } from './import-error';
export type { ImportError, ImportErrorKind } from './import-error';
export { detectColumns } from './columns';
export type * from './types';
