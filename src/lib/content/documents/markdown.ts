/**
 * Markdown as the text a reader sees: headings, emphasis, links, images, code fences and tables lose their marks,
 * their words stay. Excerpts are then quoted from what a person reads, not from the markup.
 */
import { decodeText } from './plain-text';

export function markdownToText(markdown: string): string {
	return (
		markdown
			// Front matter and HTML comments.
			.replace(/^---\n[\s\S]*?\n---\n/, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			// Fenced code: keep the code, drop the fences.
			.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm, '$2')
			// Images before links: ![alt](url) → alt; [text](url) and [text][ref] → text; reference definitions go.
			.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
			.replace(/^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$/gm, '')
			// Headings, quotes, list markers, horizontal rules, table rules.
			.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
			.replace(/[ \t]+#+[ \t]*$/gm, '')
			.replace(/^[ \t]{0,3}>[ \t]?/gm, '')
			.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '')
			.replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '')
			.replace(/^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
			.replace(/^\|\s?|\s?\|$/gm, '')
			.replace(/\s\|\s/g, '   ')
			// Emphasis and inline code (not the underscores inside words: snake_case).
			.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
			.replace(/(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1')
			.replace(/(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w])/g, '$1')
			.replace(/`([^`\n]+)`/g, '$1')
			// Inline HTML tags.
			.replace(/<\/?[a-zA-Z][^>]*>/g, '')
			.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
			.replace(/\n{3,}/g, '\n\n')
			.trim()
	);
}

export async function readMarkdown(bytes: Uint8Array): Promise<string> {
	return markdownToText(decodeText(bytes));
}
