/**
 * Text helpers shared by the formats: HTML in and out (Anki fields are HTML; a deck's HTML is read as text,
 * never rendered), and the kebab-case ids of imported packs and sources.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as HTML that shows exactly that text; line breaks become `<br>`. */
export function textToHtml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!).replace(/\r?\n/g, '<br>');
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	shy: ''
};

function decodeEntity(entity: string, body: string): string {
	if (body.startsWith('#')) {
		const code =
			body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
		// Control characters and lone surrogates are dropped rather than smuggled into a card.
		if (!Number.isInteger(code) || code < 32 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
			return '';
		return String.fromCodePoint(code);
	}
	return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

/** Elements whose content is never text a person wrote on a card. */
const HIDDEN_ELEMENTS = /<(script|style|head|title|template|object|iframe|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const LINE_BREAKS = /<\s*(?:br|\/?\s*(?:div|p|li|tr|h[1-6]|blockquote|pre|ul|ol|table))\b[^>]*>/gi;

/**
 * HTML from a deck as the text it shows: hidden elements and comments removed, block ends and `<br>` as line
 * breaks, every other tag dropped, entities decoded, spaces collapsed. Nothing of the markup survives, so the
 * result is safe to show as text anywhere.
 */
export function htmlToText(html: string): string {
	return (
		html
			.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
			.replace(HIDDEN_ELEMENTS, '')
			.replace(LINE_BREAKS, '\n')
			.replace(/<\/?[a-z!?/][^>]*(?:>|$)/gi, '')
			.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
			.replace(/[ \t\u00a0]+/g, ' ')
			.replace(/ *\n */g, '\n')
			.replace(/\n{2,}/g, '\n')
			.trim()
	);
}

/** Whether a field holds markup (a tag or an entity), so an import can say it was turned into text. */
export function looksLikeHtml(text: string): boolean {
	return /<\/?[a-z][^>]*>|&(#x[0-9a-f]+|#\d+|[a-z]+);/i.test(text);
}

/** "Deir ez-Zor: the 2017 siege" → "deir-ez-zor-the-2017-siege" (ASCII, at most `max` characters). */
export function kebabCase(text: string, max = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	// Cut at a word boundary: "…-2016-2017" shortened reads "…-2016", never "…-201".
	const cut = slug.slice(0, max + 1);
	const boundary = cut.lastIndexOf('-');
	return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}
