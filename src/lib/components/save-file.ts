/** Saves text as a file in the browser's downloads, as the page's export buttons do. */
export function saveFile(fileName: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: Chromium reads the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
