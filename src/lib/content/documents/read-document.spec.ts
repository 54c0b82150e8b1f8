import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from './document-errors';
import { checkPastedText, formatOf, readDocument } from './read-document';
import { fileOf, makeDocx, makePdf, nodePdfJs } from './test-files';

const ENGLISH = 'The army of the Potomac crossed the river at dawn, and by noon the town was in its hands.';
const options = { loadPdfJs: nodePdfJs };

describe('readDocument', () => {
	it('reads plain text, Markdown and HTML as the text a person reads', async () => {
		const text = await readDocument(fileOf('a.txt', `${ENGLISH}\r\n`));
		expect(text).toMatchObject({ ok: true, format: 'text', text: `${ENGLISH}\n`, warnings: [] });
		const md = await readDocument(fileOf('b.md', `# Crossing\n\nThe **army** crossed the [river](https://x.example) at dawn and the town was taken.`));
		expect(md).toMatchObject({ ok: true, format: 'markdown', text: 'Crossing\n\nThe army crossed the river at dawn and the town was taken.' });
		const html = await readDocument(
			fileOf('c.html', `<html><head><title>T</title><script>alert("x")</script></head><body><h1>Crossing</h1><p>The army crossed the river &amp; took the town at dawn.</p></body></html>`)
		);
		expect(html).toMatchObject({ ok: true, format: 'html', text: 'Crossing\nThe army crossed the river & took the town at dawn.' });
	});

	it('reads the paragraphs of a .docx built in the test', async () => {
		const result = await readDocument(fileOf('report.docx', makeDocx(['First paragraph of the report.', ENGLISH])));
		expect(result).toMatchObject({ ok: true, format: 'docx', text: `First paragraph of the report.\n\n${ENGLISH}` });
	});

	it('reads the text layer of a PDF, its wrapped lines joined into paragraphs', async () => {
		const pdf = makePdf(['The army crossed the river at dawn, and by', 'noon the town was taken.', 'A second paragraph.']);
		const result = await readDocument(fileOf('report.pdf', pdf), options);
		expect(result).toMatchObject({ ok: true, format: 'pdf', text: 'The army crossed the river at dawn, and by noon the town was taken.\n\nA second paragraph.' });
	});

	it('says a PDF without a text layer is a scan', async () => {
		const result = await readDocument(fileOf('scan.pdf', makePdf([])), options);
		expect(result).toEqual({ ok: false, name: 'scan.pdf', error: expect.stringContaining('no text in it, only images of pages') });
	});

	it('says an empty file is empty, whatever its format', async () => {
		for (const name of ['a.txt', 'a.docx', 'a.pdf']) {
			const result = await readDocument(fileOf(name, new Uint8Array()));
			expect(result).toEqual({ ok: false, name, error: `“${name}” is empty: there is no text to find proposals in.` });
		}
		expect(await readDocument(fileOf('blank.md', '\n\n   \n'))).toMatchObject({ ok: false, error: expect.stringContaining('is empty') });
	});

	it('refuses a 50 MB file before reading a byte of it', async () => {
		const file = fileOf('huge.txt', 'x', 50 * 1024 * 1024);
		const result = await readDocument(file);
		expect(result).toEqual({ ok: false, name: 'huge.txt', error: expect.stringContaining('is 50 MB, more than the 20 MB') });
		expect(file.reads).toBe(0);
		expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
	});

	it('says binary junk is not text (a renamed image, random bytes)', async () => {
		const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
		expect(await readDocument(fileOf('photo.txt', junk))).toMatchObject({ ok: false, error: expect.stringContaining('does not contain readable text') });
		expect(await readDocument(fileOf('fake.docx', junk))).toMatchObject({ ok: false, error: expect.stringContaining('not a valid Word') });
		expect(await readDocument(fileOf('fake.pdf', junk), options)).toMatchObject({ ok: false, error: expect.stringContaining('not a valid PDF') });
	});

	it('reads a document in another language but warns that proposals will be poor', async () => {
		const french = "L'armée a traversé la rivière à l'aube, et à midi la ville était entre ses mains. Les habitants sont restés chez eux pendant toute la journée.";
		const result = await readDocument(fileOf('fr.txt', french));
		expect(result).toMatchObject({ ok: true, warnings: [expect.stringContaining('does not look like English')] });
	});

	it('says which files it does not read', async () => {
		expect(formatOf('notes.ODT')).toBeUndefined();
		expect(formatOf('Notes.MD')).toBe('markdown');
		expect(await readDocument(fileOf('slides.pptx', 'x'))).toMatchObject({ ok: false, error: expect.stringContaining('not a kind of file') });
	});

	it('checks pasted text the same way', () => {
		expect(checkPastedText('Pasted 1', '  \n ')).toMatchObject({ ok: false, error: expect.stringContaining('is empty') });
		expect(checkPastedText('Pasted 2', `${ENGLISH}\r\n`)).toEqual({ ok: true, name: 'Pasted 2', format: 'text', text: `${ENGLISH}\n`, warnings: [] });
	});
});
