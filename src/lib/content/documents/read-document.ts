/**
 * Reads a source a person opens: checks its size before reading it, picks the reader by its name (each reader is
 * loaded only when such a file is opened), and checks the text that comes out. Nothing is half-read: the result
 * is the whole text, or a message that says why not.
 */
import { DocumentError, documentErrors, documentWarnings, MAX_DOCUMENT_BYTES } from './document-errors';
import type { PdfJs } from './pdf';
import { looksBinary, looksEnglish } from './text-checks';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** What a file picker gives (a File) or the command line builds from a path. */
export interface DocumentFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export type ReadResult =
	| { ok: true; name: string; format: DocumentFormat; text: string; warnings: string[] }
	| { ok: false; name: string; error: string };

export interface ReadOptions {
	/** pdf.js to use (the command line and tests pass the legacy Node build). */
	loadPdfJs?: () => Promise<PdfJs>;
}

const EXTENSIONS: Record<string, DocumentFormat> = {
	txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html',
	docx: 'docx', pdf: 'pdf'
};

/**
 * Fetches the Word and PDF readers (too large to keep for everyone ahead of time) so that such files open offline
 * later: the service worker keeps them once fetched. Rejects when they cannot be fetched (offline, not kept yet).
 */
export async function fetchReaders(): Promise<void> {
	await Promise.all([import('./docx'), import('./pdf').then((pdf) => pdf.fetchPdfJs())]);
}

/** Whether the readers were kept for offline use by an earlier fetch (the PDF worker, fetched last, is kept). */
export async function readersKept(): Promise<boolean> {
	if (typeof caches === 'undefined') return false;
	const { pdfWorkerUrl } = await import('./pdf');
	return (await caches.match(new URL(await pdfWorkerUrl(), location.href).href)) !== undefined;
}

/** The format a file name says it has, or undefined. */
export function formatOf(name: string): DocumentFormat | undefined {
	return EXTENSIONS[/\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];
}

async function decode(format: DocumentFormat, bytes: Uint8Array, name: string, options: ReadOptions): Promise<string> {
	switch (format) {
		case 'text':
			return (await import('./plain-text')).readPlainText(bytes);
		case 'markdown':
			return (await import('./markdown')).readMarkdown(bytes);
		case 'html':
			return (await import('./html')).readHtml(bytes);
		case 'docx':
			return (await import('./docx')).readDocx(bytes).catch(() => {
				throw documentErrors.unreadable(name, 'it is not a valid Word (.docx) document');
			});
		case 'pdf':
			return (await import('./pdf')).readPdf(bytes, name, options.loadPdfJs);
	}
}

/** The text of a document, or a message a person understands. */
export async function readDocument(file: DocumentFile, options: ReadOptions = {}): Promise<ReadResult> {
	const name = file.name;
	const fail = (error: DocumentError): ReadResult => ({ ok: false, name, error: error.message });
	const format = formatOf(name);
	if (!format) return fail(documentErrors.unsupported(name));
	if (file.size === 0) return fail(documentErrors.empty(name));
	if (file.size > MAX_DOCUMENT_BYTES) return fail(documentErrors.tooLarge(name, file.size));
	let text: string;
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		// A text format full of control bytes is not text; checking the raw bytes also catches renamed files.
		if ((format === 'text' || format === 'markdown' || format === 'html') && bytes.subarray(0, 8192).includes(0) && !/^\xff\xfe|^\xfe\xff/.test(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0))) {
			return fail(documentErrors.binary(name));
		}
		text = await decode(format, bytes, name, options);
	} catch (error) {
		if (error instanceof DocumentError) return fail(error);
		return fail(documentErrors.unreadable(name, error instanceof Error ? error.message : 'unknown error'));
	}
	if (looksBinary(text)) return fail(documentErrors.binary(name));
	if (text.trim() === '') return fail(documentErrors.empty(name));
	const warnings: string[] = [];
	const replaced = (text.match(/\uFFFD/g) ?? []).length;
	if (replaced > 0) warnings.push(documentWarnings.replacedCharacters(name, replaced));
	if (!looksEnglish(text)) warnings.push(documentWarnings.notEnglish(name));
	return { ok: true, name, format, text, warnings };
}

/** Checks pasted text the way a file's text is checked. */
export function checkPastedText(name: string, text: string): ReadResult {
	if (text.trim() === '') return { ok: false, name, error: documentErrors.empty(name).message };
	if (text.length > MAX_DOCUMENT_BYTES) return { ok: false, name, error: documentErrors.tooLarge(name, text.length).message };
	const warnings = looksEnglish(text) ? [] : [documentWarnings.notEnglish(name)];
	return { ok: true, name, format: 'text', text: text.replace(/\r\n?/g, '\n'), warnings };
}
