/** Saves a file in the browser's downloads: every export button (backups, packs, gradebooks, deck formats). */
export function saveFile(fileName: string, content: string | Uint8Array, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: Chromium reads the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
