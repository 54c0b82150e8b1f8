/** Small real documents built in memory for the reader specs and the command line's spec: .docx, .pdf and others. */
import { strToU8, zipSync } from 'fflate';
import type { DocumentFile } from './read-document';
import type { PdfJs } from './pdf';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document: one paragraph per string. */
export function makeDocx(paragraphs: string[]): Uint8Array {
	const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
	return zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
		),
		'word/document.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
		)
	});
}

/**
 * A one-page PDF. With lines, each is drawn as text (Helvetica, so it has a text layer); with none, the page only
 * has a filled rectangle, as a scanned page has only an image.
 */
export function makePdf(lines: string[]): Uint8Array {
	const escape = (s: string) => s.replace(/[\\()]/g, '\\$&');
	const content = lines.length
		? `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`
		: '0.5 g 72 72 468 648 re f';
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	];
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return strToU8(out);
}

/** A File-like object for `readDocument`; `size` can claim more than the bytes (a 50 MB file without 50 MB). */
export function fileOf(name: string, bytes: Uint8Array | string, size?: number): DocumentFile & { reads: number } {
	const data = typeof bytes === 'string' ? strToU8(bytes) : bytes;
	const file = {
		name,
		size: size ?? data.byteLength,
		reads: 0,
		async arrayBuffer() {
			file.reads++;
			return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
		}
	};
	return file;
}

/** pdf.js for Node: the legacy build, which runs without a worker file. */
export const nodePdfJs = async (): Promise<PdfJs> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
