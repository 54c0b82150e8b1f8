import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../src/lib/content/documents/test-files';
import { createGazetteer } from '../src/lib/domain/extract';
import { parseArgs, runExtract, toJson } from './extract-cli';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};
const gazetteer = () =>
	createGazetteer([{ name: 'Hagerstown', country: 'US', population: 43000, lat: 39.64, lon: -77.72 }]);

async function run(argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runExtract(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, gazetteer);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('parseArgs', () => {
	it('takes files, --json and --date, and refuses unknown flags', () => {
		expect(parseArgs(['a.txt', '--json', 'b.md'])).toEqual({ files: ['a.txt', 'b.md'], json: true });
		expect(parseArgs(['a.txt', '--date', '2017-11-03'])).toEqual({
			files: ['a.txt'],
			json: false,
			date: { year: 2017, month: 11, day: 3 }
		});
		expect(parseArgs(['--date=2016-05', 'a.txt'])).toMatchObject({ date: { year: 2016, month: 5 } });
		expect(parseArgs(['a.txt', '--jsn'])).toEqual({ error: 'Unknown option --jsn.' });
		expect(parseArgs(['a.txt', '--date', 'May'])).toEqual({
			error: '--date needs a date written YYYY, YYYY-MM or YYYY-MM-DD, not "May".'
		});
		expect(parseArgs([])).toEqual({ error: 'Give at least one file.' });
		expect(parseArgs(['--help'])).toEqual({ help: true });
	});
});

describe('npm run extract', { timeout: 60_000 }, () => {
	it('prints the proposals of several files as the issue’s JSON, with base names and verbatim offsets', async () => {
		const report = file(
			'report.txt',
			'Monday, July 6, 1863\n\nGeneral Robert E. Lee withdrew his army toward Hagerstown on Saturday. "The enemy was repulsed at all points," General George G. Meade wrote.'
		);
		const memo = file(
			'memo.docx',
			makeDocx(['The War Department said more than 23,000 men were lost near the town of Gettysburg.'])
		);
		const { code, out, err } = await run([report, memo, '--json']);
		expect(err).toBe('');
		expect(code).toBe(0);
		const json = JSON.parse(out) as ReturnType<typeof toJson>;
		const proposals = json.proposals as Record<string, unknown>[];
		for (const p of proposals) {
			expect(
				Object.keys(p).every((k) =>
					['kind', 'name', 'aliases', 'evidence', 'date', 'speaker', 'claimant'].includes(k)
				)
			).toBe(true);
		}
		expect(proposals).toContainEqual(
			expect.objectContaining({ kind: 'actor', name: 'Robert E. Lee', aliases: ['General Robert E. Lee'] })
		);
		expect(proposals).toContainEqual(
			expect.objectContaining({
				kind: 'quote',
				name: 'The enemy was repulsed at all points',
				speaker: 'George G. Meade'
			})
		);
		const event = proposals.find((p) => p.kind === 'event') as {
			date: unknown;
			evidence: { file: string; excerpt: string; start: number; end: number }[];
		};
		expect(event.date).toEqual({ year: 1863, month: 7, day: 4 });
		const e = event.evidence[0]!;
		expect(e.file).toBe('report.txt');
		expect(
			'Monday, July 6, 1863\n\nGeneral Robert E. Lee withdrew his army toward Hagerstown on Saturday.'.slice(
				e.start,
				e.end
			)
		).toBe(e.excerpt);
		expect(proposals.some((p) => (p.evidence as { file: string }[])[0]!.file === 'memo.docx')).toBe(true);
	});

	it('prints a readable summary without --json', async () => {
		const path = file('battle.md', '# Report\n\nGeneral Robert E. Lee withdrew his army toward Hagerstown.');
		const { code, out } = await run([path]);
		expect(code).toBe(0);
		expect(out).toContain('Actors (1)\n  Robert E. Lee (also General Robert E. Lee)\n      battle.md:');
		expect(out).toMatch(/\d+ proposals in \d+ ms\.$/);
	});

	it('says what is wrong with each unreadable file and goes on with the others', async () => {
		const good = file('good.txt', 'General Robert E. Lee withdrew his army toward Hagerstown.');
		const empty = file('empty.txt', '');
		const scan = file('scan.pdf', makePdf([]));
		const { code, err, out } = await run([good, empty, scan, join(dir, 'missing.txt'), '--json']);
		expect(code).toBe(0);
		expect(err).toContain('“empty.txt” is empty');
		expect(err).toContain('“scan.pdf” has no text in it');
		expect(err).toContain('missing.txt: no such file.');
		expect(JSON.parse(out).proposals.length).toBeGreaterThan(0);
	});

	it('exits 2 on an unknown flag and 1 when no file can be read', async () => {
		expect(await run(['a.txt', '--verbose'])).toMatchObject({
			code: 2,
			err: expect.stringContaining('Unknown option --verbose.')
		});
		expect(await run([file('blank.txt', '')])).toMatchObject({
			code: 1,
			err: expect.stringContaining('No document could be read.')
		});
	});
});
