/** Plain text: UTF-8 (or UTF-16 with its byte-order mark), line breaks made \n. */
export function decodeText(bytes: Uint8Array): string {
	let encoding = 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
	const text = new TextDecoder(encoding).decode(bytes);
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export async function readPlainText(bytes: Uint8Array): Promise<string> {
	return decodeText(bytes);
}
