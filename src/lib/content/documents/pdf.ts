/**
 * PDF through `pdfjs-dist`, the text layer only (nothing is drawn, no script runs). Its lines are joined back
 * into paragraphs (pdf-paragraphs.ts), a blank line between two. A PDF whose pages carry no text is a scan: it
 * gets its own message, not an empty document.
 */
import { documentErrors } from './document-errors';
import { pageLines, paragraphsOf, type PdfLine, type PdfTextItem } from './pdf-paragraphs';

/** The part of pdf.js this reader uses (the browser and the legacy Node builds both have it). */
export interface PdfJs {
	getDocument(source: { data: Uint8Array; isEvalSupported?: boolean; verbosity?: number; stopAtErrors?: boolean }): {
		promise: Promise<{
			numPages: number;
			getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
			destroy(): Promise<void>;
		}>;
	};
}

/** Where the browser build's worker is served from. */
export const pdfWorkerUrl = async (): Promise<string> =>
	(await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;

/** The browser build, with its worker as a separate file; the command line and tests pass the legacy build. */
async function browserPdfJs(): Promise<PdfJs> {
	const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), pdfWorkerUrl()]);
	pdfjs.GlobalWorkerOptions.workerSrc = worker;
	return pdfjs as unknown as PdfJs;
}

/**
 * Fetches pdf.js and its worker without reading anything: the service worker keeps what the page fetches, so a
 * PDF opened later, offline, can be read. The worker is fetched last: once it is kept, all of it is.
 */
export async function fetchPdfJs(): Promise<void> {
	const [, worker] = await Promise.all([import('pdfjs-dist'), pdfWorkerUrl()]);
	const response = await fetch(worker);
	if (!response.ok) throw new Error(`the PDF reader could not be fetched (${response.status})`);
	await response.arrayBuffer();
}

export async function readPdf(bytes: Uint8Array, name = 'the file', loadPdfJs: () => Promise<PdfJs> = browserPdfJs): Promise<string> {
	const pdfjs = await loadPdfJs();
	let doc;
	try {
		// pdf.js takes the bytes over: hand it a copy so the caller's stay usable.
		doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
	} catch (error) {
		const detail = error instanceof Error && /password/i.test(error.message) ? 'it is protected by a password' : 'it is not a valid PDF';
		throw documentErrors.unreadable(name, detail);
	}
	try {
		const pages: PdfLine[][] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const content = await (await doc.getPage(n)).getTextContent();
			pages.push(pageLines(content.items as PdfTextItem[]));
		}
		const text = paragraphsOf(pages);
		if (!/\p{L}/u.test(text)) throw documentErrors.noTextLayer(name);
		return text;
	} finally {
		await doc.destroy();
	}
}
