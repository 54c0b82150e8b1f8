/** Saves text as a file in the browser's downloads: every export button (backups, packs, gradebooks). */
export function saveFile(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: Chromium reads the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
