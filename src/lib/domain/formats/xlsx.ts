/**
 * A minimal .xlsx writer: one worksheet of text and number cells, shared strings, a bold style for header rows
 * and column widths. The parts are the few SpreadsheetML files every reader needs (Excel, LibreOffice, Google
 * Sheets, Kahoot's importer), zipped with fflate, which the app already ships: no spreadsheet library is loaded.
 */
import { strToU8, zipSync } from 'fflate';
import { zipDate } from './selection';

export type XlsxCell = string | number | null | undefined;

export interface XlsxSheet {
	name: string;
	/** Rows from the first; a null or empty cell is left out. */
	rows: readonly (readonly XlsxCell[])[];
	/** Rows (1-based) drawn in bold. */
	boldRows?: readonly number[];
	/** Column widths in characters, from column A. */
	columnWidths?: readonly number[];
}

/** XML 1.0 refuses most control characters; they are dropped, the rest escaped. */
export function xmlText(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
	);
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function sheetXml(sheet: XlsxSheet, stringIndex: (text: string) => number): string {
	const bold = new Set(sheet.boldRows ?? []);
	const rows = sheet.rows
		.map((row, r) => {
			const cells = row
				.map((cell, c) => {
					if (cell === null || cell === undefined || cell === '') return '';
					const ref = `${columnName(c)}${r + 1}`;
					const style = bold.has(r + 1) ? ' s="1"' : '';
					return typeof cell === 'number'
						? `<c r="${ref}"${style}><v>${cell}</v></c>`
						: `<c r="${ref}"${style} t="s"><v>${stringIndex(cell)}</v></c>`;
				})
				.join('');
			return cells ? `<row r="${r + 1}">${cells}</row>` : '';
		})
		.join('');
	const cols = sheet.columnWidths?.length
		? `<cols>${sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
		: '';
	return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

/** The workbook of one sheet as .xlsx bytes. `modified` (Unix ms) fixes the zip entries' dates. */
export function writeXlsx(sheet: XlsxSheet, modified: number): Uint8Array {
	const strings: string[] = [];
	const indexes = new Map<string, number>();
	const stringIndex = (text: string) => {
		let index = indexes.get(text);
		if (index === undefined) {
			index = strings.push(text) - 1;
			indexes.set(text, index);
		}
		return index;
	};
	const worksheet = sheetXml(sheet, stringIndex);
	const sharedStrings =
		`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">` +
		strings.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('') +
		'</sst>';
	const files: Record<string, string> = {
		'[Content_Types].xml':
			`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
			'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
			'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
			'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
			'</Types>',
		'_rels/.rels':
			`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
			'</Relationships>',
		'xl/workbook.xml':
			`${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
			`<sheet name="${xmlText(sheet.name.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		'xl/_rels/workbook.xml.rels':
			`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
			'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
			'<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
			'</Relationships>',
		'xl/styles.xml':
			`${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
			'<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
			'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
			'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
			'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
			'<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
			'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
			'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
			'</styleSheet>',
		'xl/worksheets/sheet1.xml': worksheet,
		'xl/sharedStrings.xml': sharedStrings
	};
	const mtime = zipDate(modified);
	return zipSync(
		Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, [strToU8(xml), { mtime }]])),
		{
			level: 6
		}
	);
}
