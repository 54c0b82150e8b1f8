/** Word documents (.docx) through `mammoth`: the text of the paragraphs, one per line, without the formatting. */
import mammoth from 'mammoth';

export async function readDocx(bytes: Uint8Array): Promise<string> {
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	// The browser build of mammoth reads `arrayBuffer`, the Node one `buffer` (any bytes JSZip opens): give both.
	const input = { arrayBuffer: buffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
	const result = await mammoth.extractRawText(input);
	return result.value.replace(/\n{3,}/g, '\n\n').trim();
}
