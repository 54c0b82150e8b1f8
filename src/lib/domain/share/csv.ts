/** RFC 4180 CSV, defended against formula injection when opened in a spreadsheet. */

export type CsvCell = string | number | boolean | null | undefined;

/** Spreadsheets run cells starting with these as formulas (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: text starting like a formula gets a leading quote (numbers are left alone: they are never
 * formulas), then quoting when needed, with quotes doubled.
 */
export function csvField(cell: CsvCell): string {
	let text = cell === null || cell === undefined ? '' : String(cell);
	if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks; ends with a line break. */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
