/**
 * Reading delimited text: comma-, semicolon- or tab-separated, quoted the RFC 4180 way (Excel, Google Sheets,
 * LibreOffice, Anki) or not at all (Quizlet's export). Anki's header lines (#separator:tab, #html:true,
 * #guid column:1, …) are read first; otherwise the separator is the one that splits the first lines evenly.
 */

export interface AnkiHeader {
	separator?: string;
	html?: boolean;
	/** 0-based columns of these meta fields. */
	guidColumn?: number;
	notetypeColumn?: number;
	deckColumn?: number;
	tagsColumn?: number;
	/** The note type and deck for every row, when not given per row. */
	notetype?: string;
	deck?: string;
	/** Column names from "#columns:". */
	columns?: string[];
	/** Tags added to every row. */
	tags?: string;
}

const SEPARATOR_NAMES: Record<string, string> = {
	tab: '\t',
	comma: ',',
	semicolon: ';',
	pipe: '|',
	space: ' ',
	colon: ':'
};

/** Reads the "#key:value" lines Anki writes at the top of its text exports; returns them and the rest. */
export function readAnkiHeader(text: string): { header: AnkiHeader | null; body: string } {
	const header: AnkiHeader = {};
	let found = false;
	let offset = 0;
	let columns: string | undefined;
	for (;;) {
		const end = text.indexOf('\n', offset);
		const line = (end < 0 ? text.slice(offset) : text.slice(offset, end)).replace(/\r$/, '');
		const match = /^#([a-z ]+):(.*)$/i.exec(line);
		if (!match) break;
		const key = match[1]!.trim().toLowerCase();
		const value = match[2]!.trim();
		const column = () => Math.max(0, parseInt(value, 10) - 1);
		if (key === 'separator') header.separator = SEPARATOR_NAMES[value.toLowerCase()] ?? value.slice(0, 1);
		else if (key === 'html') header.html = value.toLowerCase() === 'true';
		else if (key === 'guid column') header.guidColumn = column();
		else if (key === 'notetype column') header.notetypeColumn = column();
		else if (key === 'deck column') header.deckColumn = column();
		else if (key === 'tags column') header.tagsColumn = column();
		else if (key === 'notetype') header.notetype = value;
		else if (key === 'deck') header.deck = value;
		else if (key === 'tags') header.tags = value;
		else if (key === 'columns') columns = match[2]!;
		else break;
		found = true;
		if (end < 0) {
			offset = text.length;
			break;
		}
		offset = end + 1;
	}
	if (columns !== undefined) header.columns = columns.split(header.separator ?? '\t').map((c) => c.trim());
	return found ? { header, body: text.slice(offset) } : { header: null, body: text };
}

/** RFC 4180 rows: quoted fields may hold separators, line breaks and doubled quotes. Empty lines are skipped. */
export function parseDelimited(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let atFieldStart = true;
	const endRow = () => {
		row.push(field);
		if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
		row = [];
		field = '';
		atFieldStart = true;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
			continue;
		}
		if (c === '"' && atFieldStart) {
			quoted = true;
			atFieldStart = false;
		} else if (c === separator) {
			row.push(field);
			field = '';
			atFieldStart = true;
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			endRow();
		} else {
			field += c;
			atFieldStart = false;
		}
	}
	if (field !== '' || row.length > 0) endRow();
	return rows;
}

const CANDIDATES = ['\t', ',', ';'];

/**
 * The separator that splits the first rows into the same number (≥ 2) of fields most often; tab wins ties,
 * since Quizlet's and Anki's exports use it and prose holds commas.
 */
export function sniffSeparator(text: string): string {
	const sample = text.slice(0, 20_000);
	let best = { separator: '\t', score: -1 };
	for (const separator of CANDIDATES) {
		const rows = parseDelimited(sample, separator).slice(0, 20);
		if (rows.length === 0) continue;
		const counts = rows.map((r) => r.length);
		const first = counts[0]!;
		const consistent = counts.filter((n) => n === first).length;
		const score = first >= 2 ? consistent * 100 + Math.min(first, 10) : 0;
		if (score > best.score) best = { separator, score };
	}
	return best.separator;
}
