import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../src/lib/domain/formats/fixture';
import { toPackFile } from '../../src/lib/domain/pack-file';
import { runExport, type CommandIo } from './export-command';
import { parseColumns, runImport } from './import-command';
import { readPackFile } from './pack-file';

const dir = mkdtempSync(join(tmpdir(), 'sourcedeck-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

function capture() {
	const lines = { out: [] as string[], err: [] as string[] };
	const io: CommandIo = {
		out: (line) => lines.out.push(line),
		err: (line) => lines.err.push(line),
		now: () => Date.UTC(2026, 2, 1)
	};
	return { io, lines };
}

const pack = syntheticPack(40);
writeFileSync(at('pack.json'), JSON.stringify(toPackFile(pack)));
writeFileSync(at('pack.json.gz'), gzipSync(JSON.stringify(toPackFile(pack))));
// A gzip file whose name does not say so: told by its first bytes.
writeFileSync(at('pack.data'), gzipSync(JSON.stringify(toPackFile(pack))));

describe('npm run export', { timeout: 20_000 }, () => {
	it.each(['apkg', 'anki-csv', 'quizlet', 'gift', 'moodle-xml', 'kahoot', 'csv'])(
		'writes %s from a pack file',
		async (format) => {
			const { io, lines } = capture();
			const code = await runExport(
				['--pack', at('pack.json'), '--format', format, '--out', at(`out.${format}`)],
				io
			);
			expect(lines.err).toEqual([]);
			expect(code).toBe(0);
			expect(readFileSync(at(`out.${format}`)).length).toBeGreaterThan(100);
			expect(lines.out[0]).toMatch(new RegExp(`^Wrote .*out\\.${format}: \\d+ (cards|questions)`));
		}
	);

	it('reads gzip pack files by their magic bytes, whatever their name', async () => {
		for (const name of ['pack.json.gz', 'pack.data']) {
			const { io } = capture();
			expect(await runExport(['--pack', at(name), '--format', 'csv', '--out', at('gz.csv')], io)).toBe(0);
		}
		expect(readPackFile(at('pack.data')).cards).toHaveLength(40);
	});

	it('exports a selection with --cards and refuses an unknown card id', async () => {
		const ids = pack.cards.slice(0, 3).map((c) => c.id);
		const { io, lines } = capture();
		expect(
			await runExport(
				['--pack', at('pack.json'), '--format', 'quizlet', '--out', at('sel.txt'), '--cards', ids.join(',')],
				io
			)
		).toBe(0);
		expect(readFileSync(at('sel.txt'), 'utf8').trim().split('\n')).toHaveLength(3);
		expect(lines.out[0]).toMatch(/: 3 cards/);
		const bad = capture();
		expect(
			await runExport(
				['--pack', at('pack.json'), '--format', 'csv', '--out', at('x.csv'), '--cards', 'nope'],
				bad.io
			)
		).toBe(1);
		expect(bad.lines.err[0]).toBe(`No card with id "nope" in ${at('pack.json')}.`);
	});

	it('answers unknown flags, missing flags and unknown formats with the usage, exit code 2', async () => {
		for (const argv of [
			['--pack', 'built-in', '--format', 'csv', '--out', at('a.csv'), '--verbose'],
			['--pack', 'built-in', '--format', 'csv'],
			['--pack', 'built-in', '--format', 'pdf', '--out', at('a.pdf')],
			['built-in']
		]) {
			const { io, lines } = capture();
			expect(await runExport(argv, io)).toBe(2);
			expect(lines.err.join('\n')).toMatch(/Usage: npm run export -- --pack/);
		}
	});

	it('refuses a file that is not a pack, with what is wrong', async () => {
		writeFileSync(
			at('notpack.json'),
			JSON.stringify({ format: 'sourcedeck-pack', formatVersion: 1, id: 'x', title: 't', cards: 'no' })
		);
		writeFileSync(at('notjson.json'), 'hello');
		for (const [name, message] of [
			['notpack.json', /“t” has mistakes, so it was not installed/],
			['notjson.json', /not a Sourcedeck pack, or it is damaged/],
			['missing.json', /No such file/]
		] as const) {
			const { io, lines } = capture();
			expect(await runExport(['--pack', at(name), '--format', 'csv', '--out', at('a.csv')], io)).toBe(1);
			expect(lines.err[0]).toMatch(message);
		}
	});
});

describe('npm run import', { timeout: 20_000 }, () => {
	it('imports an exported .apkg into a pack file that exports again (gzip when the name ends in .gz)', async () => {
		await runExport(['--pack', at('pack.json'), '--format', 'apkg', '--out', at('deck.apkg')], capture().io);
		const { io, lines } = capture();
		expect(await runImport([at('deck.apkg'), '--out', at('imported.json.gz')], io)).toBe(0);
		expect(readFileSync(at('imported.json.gz'))[0]).toBe(0x1f);
		const imported = readPackFile(at('imported.json.gz'));
		expect(imported.cards.map((c) => c.prompt).sort()).toEqual(pack.cards.map((c) => c.prompt).sort());
		expect(lines.out[0]).toMatch(
			/^Wrote .*imported\.json\.gz: "Synthetic pack: formats : test", 40 cards, 3 sources/
		);
		expect(
			await runExport(
				['--pack', at('imported.json.gz'), '--format', 'csv', '--out', at('again.csv')],
				capture().io
			)
		).toBe(0);
	});

	it('lists the columns when they are not recognised, and imports with --columns', async () => {
		writeFileSync(at('list.csv'), 'Item,Notes\nMosul,Iraq\nRaqqa,Syria\n');
		writeFileSync(at('wide.csv'), 'Item,Notes,Where from\nMosul,Iraq,Book\nRaqqa,Syria,Book\n');
		const refused = capture();
		expect(await runImport([at('wide.csv'), '--out', at('wide.json')], refused.io)).toBe(1);
		expect(refused.lines.err).toContain('  3. Column 3: "Where from", "Book", "Book"');
		const { io, lines } = capture();
		expect(
			await runImport(
				[
					at('wide.csv'),
					'--out',
					at('wide.json'),
					'--columns',
					'prompt=1,answer=2,source=3',
					'--header',
					'yes'
				],
				io
			)
		).toBe(0);
		expect(lines.out[0]).toMatch(/2 cards, 1 source \(0 with no source given\)/);
		expect(readPackFile(at('wide.json')).cards[0]!.sources).toHaveLength(1);
	});

	it('refuses what it cannot read with the message a person understands, and writes nothing', async () => {
		writeFileSync(at('paper.pdf'), '%PDF-1.7 …');
		const { io, lines } = capture();
		expect(await runImport([at('paper.pdf'), '--out', at('never.json')], io)).toBe(1);
		expect(lines.err[0]).toMatch(/^Sourcedeck cannot read this file/);
		expect(() => readFileSync(at('never.json'))).toThrow();
	});

	it('answers wrong usage with the usage, exit code 2', async () => {
		for (const argv of [
			[at('list.csv')],
			[at('list.csv'), '--out', 'x', '--bogus'],
			[at('list.csv'), '--out', 'x', '--header', 'maybe']
		]) {
			const { io, lines } = capture();
			expect(await runImport(argv, io)).toBe(2);
			expect(lines.err.join('\n')).toMatch(/Usage: npm run import --/);
		}
		expect(parseColumns('prompt=1,answer=2,excerpt=4', true)).toEqual({
			prompt: 0,
			answer: 1,
			excerpt: 3,
			headerRow: true
		});
		expect(parseColumns('prompt=1', true)).toBe('--columns needs prompt= and answer=.');
		expect(parseColumns('front=1', true)).toMatch(/"front=1" is not one/);
	});
});
