/** How a source's passage is shown: in quotation marks. */

/**
 * An excerpt in quotation marks, its own double quotes made single as quotes within a quote are: the passage
 * "“"We've killed 70," he said" read as two openings. Only the marks change, never a word.
 */
export function quotedExcerpt(excerpt: string): string {
	const inner = excerpt
		.trim()
		.replace(/“/g, '‘')
		.replace(/”/g, '’')
		// A straight quote opens at the start or after a space or an opening bracket or dash; it closes elsewhere.
		.replace(/"/g, (_, at: number, text: string) =>
			at === 0 || /[\s([{—–-]/.test(text[at - 1]!) ? '‘' : '’'
		);
	return `“${inner}”`;
}
