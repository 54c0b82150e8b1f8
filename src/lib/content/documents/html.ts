/**
 * HTML as its visible text. The markup is only read, never run: scripts, styles, templates and comments are
 * dropped with their content, block elements become line breaks, character references are decoded. This works
 * without a DOM (in a worker, on the command line) and so never loads what the page refers to.
 */
import { decodeText } from './plain-text';

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
	ldquo: '“', rdquo: '”', hellip: '…', copy: '©', reg: '®', deg: '°', eacute: 'é', egrave: 'è', aacute: 'á',
	agrave: 'à', oacute: 'ó', uacute: 'ú', iacute: 'í', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
	ntilde: 'ñ', middot: '·', bull: '•', euro: '€', pound: '£', times: '×', shy: ''
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

const BLOCKS = 'p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr|dd|dt|figcaption|title|td|th';

export function htmlToText(html: string): string {
	const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
	const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
	const text = body
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|noscript|template|svg|iframe|object|head)\b[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/\s+/g, ' ')
		.replace(new RegExp(`<\\/?(?:${BLOCKS})\\b[^>]*>`, 'gi'), '\n')
		.replace(/<[^>]*>/g, '');
	const lines = decodeEntities(text)
		.split('\n')
		.map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
		.filter(Boolean);
	const heading = title ? decodeEntities(title).trim() : '';
	if (heading && lines[0] !== heading && !body.includes('<h1')) lines.unshift(heading);
	return lines.join('\n');
}

export async function readHtml(bytes: Uint8Array): Promise<string> {
	return htmlToText(decodeText(bytes));
}
