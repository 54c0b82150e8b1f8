/** What a person is told when a document cannot be read, or can be read only poorly. One place for every message. */

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type DocumentProblem = 'empty' | 'too-large' | 'unsupported' | 'binary' | 'no-text-layer' | 'unreadable';

/** A document that cannot be used: the message says what happened and what to do. */
export class DocumentError extends Error {
	constructor(
		readonly problem: DocumentProblem,
		message: string
	) {
		super(message);
		this.name = 'DocumentError';
	}
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export const documentErrors = {
	empty: (name: string) => new DocumentError('empty', `“${name}” is empty: there is no text to find proposals in.`),
	tooLarge: (name: string, bytes: number) =>
		new DocumentError(
			'too-large',
			`“${name}” is ${megabytes(bytes)}, more than the ${megabytes(MAX_DOCUMENT_BYTES)} a source can be. Split it, or paste the part you need.`
		),
	unsupported: (name: string) =>
		new DocumentError('unsupported', `“${name}” is not a kind of file Sourcedeck reads. Use .txt, .md, .html, .docx or .pdf, or paste the text.`),
	binary: (name: string) =>
		new DocumentError('binary', `“${name}” does not contain readable text (it looks like a program, an image or a damaged file).`),
	noTextLayer: (name: string) =>
		new DocumentError(
			'no-text-layer',
			`“${name}” has no text in it, only images of pages (a scan?). Run it through text recognition (OCR) first, or paste the text.`
		),
	unreadable: (name: string, detail: string) =>
		new DocumentError('unreadable', `“${name}” could not be read: ${detail}. Is it damaged or protected by a password?`)
};

export const documentWarnings = {
	notEnglish: (name: string) =>
		`“${name}” does not look like English. Proposals are found with English rules, so expect few and poor ones; you can still add entries by hand.`,
	replacedCharacters: (name: string, count: number) =>
		`${count} characters of “${name}” could not be decoded and show as �. The file may use an old encoding; saving it as UTF-8 fixes that.`
};
