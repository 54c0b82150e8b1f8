import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesSource, importFile, MAX_IMPORT_BYTES, sniffFileKind } from './index';
import type { ImportOutcome, ImportSource } from './types';

const file = (name: string, text: string) => bytesSource(name, strToU8(text));
async function ok(source: ImportSource, options = {}) {
	const outcome = await importFile(source, options);
	if (!outcome.ok) throw new Error(`refused: ${outcome.error.message}`);
	return outcome;
}
const refusal = (outcome: ImportOutcome) => (outcome.ok ? 'accepted' : outcome.error.kind);

describe('refusing files with a message, before anything is built', () => {
	it('refuses a 100 MB file from its size without reading it', async () => {
		let read = false;
		const huge: ImportSource = {
			name: 'deck.csv',
			size: 100 * 1024 * 1024,
			bytes: async () => {
				read = true;
				return new Uint8Array(0);
			}
		};
		const outcome = await importFile(huge);
		expect(read).toBe(false);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.error.kind).toBe('too-large');
		expect(outcome.error.message).toBe(
			'This file is 100 MB; Sourcedeck imports files up to 50 MB. For an Anki deck with many pictures or sounds, export it without media.'
		);
		expect(MAX_IMPORT_BYTES).toBeLessThan(100 * 1024 * 1024);
	});

	it('refuses empty files, PDFs, binaries and spreadsheets in their own format, each with its own message', async () => {
		const xlsx = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'xl/workbook.xml': strToU8('<workbook/>')
		});
		const outcomes = await Promise.all([
			importFile(file('empty.csv', '')),
			importFile(bytesSource('paper.pdf', strToU8('%PDF-1.7 …'))),
			importFile(bytesSource('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0, 0, 0x10, 0]))),
			importFile(bytesSource('deck.xlsx', xlsx))
		]);
		expect(outcomes.map(refusal)).toEqual(['empty', 'unknown-format', 'unknown-format', 'spreadsheet']);
		expect(outcomes[3]!.ok || outcomes[3]!.error.message).toMatch(/Save it as CSV/);
	});

	it('sends Sourcedeck’s own pack files and backups where they belong, and says a one-column file has no answers', async () => {
		const pack = await importFile(
			file('unit.sourcedeck-pack.json', '{\n\t"format": "sourcedeck-pack", "id": "x"}')
		);
		expect(refusal(pack)).toBe('pack-file');
		expect(pack.ok || pack.error.message).toMatch(/Install a pack › Install from a file/);
		expect(pack.columns).toBeUndefined();
		const backup = await importFile(file('b.json', '\uFEFF{"format":"sourcedeck-backup","version":2}'));
		expect(refusal(backup)).toBe('backup-file');
		const single = await importFile(file('words.csv', 'apple\npear\nplum\n'));
		expect(refusal(single)).toBe('one-column');
		expect(single.columns).toBeUndefined();
		// Any other JSON is not a deck either, but it is text: it goes to the column mapping as before.
		expect(refusal(await importFile(file('data.json', '{"a": 1, "b": 2}')))).not.toBe('pack-file');
	});

	it('refuses a file with no card in it', async () => {
		expect(refusal(await importFile(file('deck.csv', 'Prompt,Answer\n')))).toBe('no-cards');
		expect(refusal(await importFile(file('deck.csv', 'Prompt,Answer\n,\n ,x\n')))).toBe('no-cards');
	});
});

describe('CSV and TSV', () => {
	it('reads a spreadsheet CSV by its header, with sources and excerpts, quoted fields and line breaks', async () => {
		const csv =
			'Question,Answer,Source,Excerpt\r\n' +
			'"Who retook Mosul, in 2017?",Iraqi forces,AP report,"Iraqi forces ""retook"" the city."\r\n' +
			'Where is Raqqa?,"Syria,\non the Euphrates",,\r\n';
		const { pack, preview, warnings } = await ok(file('history.csv', csv));
		expect(pack.title).toBe('history');
		expect(pack.cards.map((c) => [c.prompt, c.answer, c.accepted])).toEqual([
			['Who retook Mosul, in 2017?', 'Iraqi forces', ['Iraqi forces']],
			['Where is Raqqa?', 'Syria,\non the Euphrates', ['Syria,\non the Euphrates']]
		]);
		expect(pack.sources.map((s) => [s.id, s.title, s.publisher])).toEqual([
			['ap-report', 'AP report', 'unknown']
		]);
		expect(pack.cards[0]!.evidence).toEqual([
			{ source: 'ap-report', file: '', excerpt: 'Iraqi forces "retook" the city.' }
		]);
		// No source given: kept, with no invented one.
		expect(pack.cards[1]!.sources).toEqual([]);
		expect(pack.cards[1]!.evidence).toEqual([]);
		expect(preview).toMatchObject({ cardCount: 2, sourceCount: 1, withoutSource: 1 });
		expect(warnings).toContain('1 card names no source and will show "no source given".');
	});

	it("reads Quizlet's export (term, tab, definition; no header) and a semicolon CSV", async () => {
		const quizlet = await ok(file('quizlet.txt', 'Mosul\tCity in Iraq\nRaqqa\tCity in Syria\n'));
		expect(quizlet.pack.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['Mosul', 'City in Iraq'],
			['Raqqa', 'City in Syria']
		]);
		const semicolons = await ok(file('excel.csv', 'Term;Definition\nMosul;City in Iraq, on the Tigris\n'));
		expect(semicolons.pack.cards[0]!.answer).toBe('City in Iraq, on the Tigris');
	});

	it('returns the columns for the person to map when the header is not recognised, then imports with the mapping', async () => {
		const csv = 'Item,Notes,Where from,Detail\nMosul,Iraq,Book,"p. 4"\nRaqqa,Syria,Book,"p. 9"\n';
		const outcome = await importFile(file('list.csv', csv));
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.error.kind).toBe('needs-columns');
		expect(outcome.columns?.columns.map((c) => [c.name, c.samples])).toEqual([
			['Column 1', ['Item', 'Mosul', 'Raqqa']],
			['Column 2', ['Notes', 'Iraq', 'Syria']],
			['Column 3', ['Where from', 'Book', 'Book']],
			['Column 4', ['Detail', 'p. 4', 'p. 9']]
		]);
		const mapped = await ok(file('list.csv', csv), {
			mapping: { prompt: 0, answer: 1, source: 2, excerpt: 3, headerRow: true }
		});
		expect(mapped.pack.cards.map((c) => [c.prompt, c.answer, c.evidence[0]?.excerpt])).toEqual([
			['Mosul', 'Iraq', 'p. 4'],
			['Raqqa', 'Syria', 'p. 9']
		]);
		expect(mapped.pack.sources.map((s) => s.title)).toEqual(['Book']);
	});

	it('takes a "Where from" column for the source', async () => {
		const outcome = await importFile(
			file('a.csv', 'Term,Definition,Where from,Quote\nA,B,The report,"It said B."\n')
		);
		expect(outcome.columns?.suggested).toEqual({
			prompt: 0,
			answer: 1,
			source: 2,
			excerpt: 3,
			headerRow: true
		});
	});

	it('suggests the mapping from a known header and accepts a mapping that names missing columns no more', async () => {
		const outcome = await importFile(file('a.csv', 'Front,Back,Tags\nA,B,x\n'), {
			mapping: { prompt: 0, answer: 7, headerRow: true }
		});
		expect(refusal(outcome)).toBe('needs-columns');
		expect(outcome.columns?.suggested).toEqual({ prompt: 0, answer: 1, headerRow: true });
	});

	it('defuses formula cells and says so; keeps text an apostrophe marked as text, and numbers with a sign', async () => {
		const csv =
			'Prompt,Answer\n' +
			'"=HYPERLINK(""http://evil.example"",""Click"")",x\n' +
			'@SUM(1+1),y\n' +
			'"-cmd|\' /C calc\'!A0",z\n' +
			"'=1+1 in a spreadsheet?,two\n" +
			'Coldest night?,-5 °C\n';
		const { pack, warnings } = await ok(file('f.csv', csv));
		expect(pack.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['HYPERLINK("http://evil.example","Click")', 'x'],
			['SUM(1+1)', 'y'],
			["cmd|' /C calc'!A0", 'z'],
			['=1+1 in a spreadsheet?', 'two'],
			['Coldest night?', '-5 °C']
		]);
		expect(warnings).toContain(
			'3 cells began like a spreadsheet formula (=, +, -, @); the sign was removed so it can never run as one.'
		);
	});

	it('turns HTML in cells into text (scripts and styles dropped) and says so', async () => {
		const csv =
			'Prompt,Answer\n"<b>Mosul</b><script>alert(1)</script>","<i>Iraq</i> &amp; <style>x{}</style>Nineveh"\n';
		const { pack, warnings } = await ok(file('h.csv', csv));
		expect([pack.cards[0]!.prompt, pack.cards[0]!.answer]).toEqual(['Mosul', 'Iraq & Nineveh']);
		expect(warnings).toContain('2 cells held HTML formatting; it was turned into plain text.');
	});

	it('reads a file saved as Windows text (Excel) and says so', async () => {
		const latin = new Uint8Array([...strToU8('Prompt,Answer\nQui,'), 0xc7, 0x61, 0x0a]);
		const { pack, warnings } = await ok(bytesSource('win.csv', latin));
		expect(pack.cards[0]!.answer).toBe('Ça');
		expect(warnings.join(' ')).toMatch(/not saved as UTF-8/);
	});

	it('merges duplicate cards and keeps an excerpt that names no source', async () => {
		const csv = 'Prompt,Answer,Excerpt\nA,B,"quoted words"\nA,B,"quoted words"\n';
		const { pack, warnings } = await ok(file('d.csv', csv));
		expect(pack.cards).toHaveLength(1);
		expect(pack.cards[0]!.evidence).toEqual([{ source: '', file: '', excerpt: 'quoted words' }]);
		expect(pack.cards[0]!.sources).toEqual([]);
		expect(warnings).toContain('1 duplicate card (same prompt and answer) was merged.');
	});
});

describe('Anki text exports', () => {
	it('reads the header lines, note type, deck and tag columns, reversed and cloze notes', async () => {
		const text =
			'#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n' +
			'g1\tBasic\tMiddle East::Iraq\tCapital of <b>Iraq</b>?\tBaghdad\tgeo\n' +
			'g2\tBasic (and reversed card)\tMiddle East::Iraq\tMosul\tCity on the Tigris\t\n' +
			'g3\tCloze\tMiddle East::Iraq\t{{c1::Raqqa}} is in {{c2::Syria}}.\t\t\n';
		const { pack } = await ok(file('notes.txt', text));
		expect(pack.title).toBe('Middle East › Iraq');
		expect(pack.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['Capital of Iraq?', 'Baghdad'],
			['Mosul', 'City on the Tigris'],
			['City on the Tigris', 'Mosul'],
			['_____ is in Syria.', 'Raqqa'],
			['Raqqa is in _____.', 'Syria']
		]);
		expect(pack.cards[1]!.pair).toBe(pack.cards[2]!.pair);
	});

	it('reads a file with only #separator and #html lines as front and back', async () => {
		const { pack } = await ok(file('plain.txt', '#separator:Semicolon\n#html:false\nA;B\n'));
		expect(pack.cards.map((c) => [c.prompt, c.answer])).toEqual([['A', 'B']]);
	});
});

describe('telling files apart', () => {
	it('knows zip, SQLite, gzip, PDF, binary and text from their first bytes', () => {
		expect(sniffFileKind(strToU8('PK\x03\x04rest'))).toBe('zip');
		expect(sniffFileKind(strToU8('SQLite format 3\0...'))).toBe('sqlite');
		expect(sniffFileKind(new Uint8Array([0x1f, 0x8b, 8]))).toBe('gzip');
		expect(sniffFileKind(strToU8('%PDF-1.4'))).toBe('pdf');
		expect(sniffFileKind(new Uint8Array([1, 0, 2]))).toBe('binary');
		expect(sniffFileKind(strToU8('a,b\n'))).toBe('text');
	});
});
