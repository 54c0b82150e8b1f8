/**
 * PDF through `pdfjs-dist`, the text layer only (nothing is drawn, no script runs). Pages are joined by blank
 * lines; text items on one line are joined by spaces. A PDF whose pages carry no text is a scan: it gets its own
 * message, not an empty document.
 */
import { documentErrors } from './document-errors';

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

interface TextItem {
	str: string;
	hasEOL?: boolean;
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
		const pages: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			let text = '';
			for (const item of content.items as TextItem[]) {
				if (typeof item.str !== 'string') continue;
				text += item.str;
				text += item.hasEOL ? '\n' : item.str && !/\s$/.test(item.str) ? ' ' : '';
			}
			pages.push(text.replace(/[ \t]+\n/g, '\n').replace(/ {2,}/g, ' ').trim());
		}
		const text = pages.filter(Boolean).join('\n\n');
		if (!/\p{L}/u.test(text)) throw documentErrors.noTextLayer(name);
		return text;
	} finally {
		await doc.destroy();
	}
}
