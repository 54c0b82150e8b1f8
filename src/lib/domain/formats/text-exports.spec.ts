/** The text formats read back line by line: Quizlet, the cards CSV and Anki's text import. */
import { describe, expect, it } from 'vitest';
import { ankiCsv } from './anki-csv';
import { cardsCsv, CARDS_CSV_HEADER } from './cards-csv';
import { syntheticPack } from './fixture';
import { parseDelimited } from './import/delimited';
import { quizlet } from './quizlet';

const pack = syntheticPack(50);
const NOW = Date.UTC(2026, 2, 1);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Quizlet', () => {
	it('writes term, tab, definition and a newline per card, with no tab or line break inside', async () => {
		const withBreaks = {
			...pack,
			cards: [{ ...pack.cards[0]!, prompt: 'two\nlines\there', answer: 'a\r\nb' }]
		};
		const out = await quizlet.write({ pack: withBreaks, now: NOW });
		expect(text(out.bytes)).toBe('two lines here\ta b\n');
		const all = text((await quizlet.write({ pack, now: NOW })).bytes).split('\n');
		expect(all.pop()).toBe('');
		expect(all).toHaveLength(50);
		expect(all.every((line) => line.split('\t').length === 2)).toBe(true);
		expect(out.notes[0]).toMatch(/sources, excerpts and other accepted spellings are left out/);
	});
});

describe('cards CSV', () => {
	it('starts with a byte-order mark and a header, one RFC 4180 row per card', async () => {
		const out = await cardsCsv.write({ pack, now: NOW });
		expect([...out.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseDelimited(text(out.bytes), ',');
		expect(rows[0]).toEqual(CARDS_CSV_HEADER);
		expect(rows).toHaveLength(51);
		const card = pack.cards[5]!;
		expect(rows[6]!.slice(0, 6)).toEqual([
			card.prompt,
			card.answer,
			card.accepted.join(' | '),
			card.kind,
			card.type,
			card.contested ? 'yes' : ''
		]);
	});

	it('guards cells that start like formulas with an apostrophe (share/csv.ts)', async () => {
		const risky = { ...pack, cards: [{ ...pack.cards[0]!, prompt: '=HYPERLINK("x")', answer: '@SUM(1)' }] };
		const rows = parseDelimited(text((await cardsCsv.write({ pack: risky, now: NOW })).bytes), ',');
		expect(rows[1]!.slice(0, 2)).toEqual(['\'=HYPERLINK("x")', "'@SUM(1)"]);
	});
});

describe('Anki text import', () => {
	it('has the header lines Anki reads, then GUID, note type, deck, two fields and tags per row', async () => {
		const out = await ankiCsv.write({ pack, now: NOW });
		const lines = text(out.bytes).split('\n');
		expect(lines.slice(0, 6)).toEqual([
			'#separator:tab',
			'#html:true',
			'#guid column:1',
			'#notetype column:2',
			'#deck column:3',
			'#tags column:6'
		]);
		const rows = lines.slice(6, -1).map((line) => line.split('\t'));
		expect(rows).toHaveLength(50);
		expect(rows.every((row) => row.length === 6)).toBe(true);
		expect(new Set(rows.map((row) => row[0])).size).toBe(50);
		expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(['Basic', 'Cloze']));
		expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['Synthetic pack: formats : test']));
		const cloze = rows.find((row) => row[1] === 'Cloze')!;
		expect(cloze[3]).toMatch(/\{\{c1::Force \d+\}\}/);
		expect(rows[0]![5]).toMatch(/^sourcedeck::kind::\w+ sourcedeck::type::[\w-]+/);
	});

	it('writes fields as HTML that shows the text, with the sources and excerpts under the answer', async () => {
		const card = pack.cards.find((c) => c.type === 'event-date' && c.prompt.includes('<'))!;
		const out = await ankiCsv.write({ pack, cardIds: [card.id], now: NOW });
		const [, , , front, back] = text(out.bytes).split('\n')[6]!.split('\t');
		expect(front).toBe(card.prompt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
		expect(back).toContain('<div class="sourcedeck"><br>Accepted answers: ');
		expect(back).toContain('<br>Source: ');
	});
});
