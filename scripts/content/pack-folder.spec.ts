/**
 * The compiler as an authoring tool: any pack folder compiles (here a small Moon-landing pack with its own
 * source document), the command line refuses what it does not understand, and mistakes name file, entry, field.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/lib/domain/pack';
import { readPackFile } from '../../src/lib/domain/pack-file';
import { parseContentArgs } from './cli-args';
import { compileContent } from './compile';
import { readPackFolder, readSeeds, REPO_ROOT } from './read-content';

const FIXTURE = 'scripts/content/fixtures/moon-landing-1969';
const fixtureDir = join(REPO_ROOT, FIXTURE);
const tmp = mkdtempSync(join(tmpdir(), 'sourcedeck-content-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `npm run content -- <args>` the way a person would (through tsx), never throwing. */
async function runContent(args: string[]) {
	const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
	try {
		const { stdout, stderr } = await promisify(execFile)(tsx, ['scripts/content.ts', ...args], { cwd: REPO_ROOT });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

describe('a pack folder on another subject and period', () => {
	const result = compileContent({ ...readPackFolder(fixtureDir), seeds: readSeeds(join(fixtureDir, 'sources')), dir: FIXTURE });

	it('compiles with its own id, topics and source, every excerpt checked against its own document', () => {
		expect(result.errors).toEqual([]);
		expect(result.pack).toMatchObject({
			id: 'moon-landing-1969',
			title: 'The first Moon landing, July 1969',
			topics: [
				{ id: 'crew', title: 'The crew' },
				{ id: 'flight', title: 'The flight' }
			]
		});
		expect(result.pack.sources.map((s) => [s.id, s.kind, s.file])).toEqual([
			['apollo-11-summary', 'other', 'apollo-11-summary.txt']
		]);
		expect(result.pack.cards.find((c) => c.id === 'apollo-11-landing:event-date')?.answer).toBe('20 July 1969');
	});

	it('names the file, the entry and the field of a mistake', () => {
		const folder = readPackFolder(fixtureDir);
		const events = folder.files.events!.replace('{ year: 1969, month: 7, day: 20,', '{ year: 1969, month: 13, day: 20,');
		const { errors } = compileContent({ ...folder, files: { ...folder.files, events }, dir: FIXTURE });
		expect(errors).toEqual([`${FIXTURE}/events.yaml: entry 2 (apollo-11-landing) → date.month: must be 1–12`]);
	});

	it('fails an excerpt its own source document does not hold', () => {
		const folder = readPackFolder(fixtureDir);
		const places = folder.files.places!.replace('in Florida on 16 July', 'in Texas on 16 July');
		const { errors } = compileContent({
			...folder,
			files: { ...folder.files, places },
			seeds: readSeeds(join(fixtureDir, 'sources')),
			dir: FIXTURE
		});
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			new RegExp(`^${FIXTURE}/places\\.yaml: entry 1 \\(kennedy-space-center\\) → evidence\\[0\\]\\.excerpt: not verbatim in apollo-11-summary\\.txt`)
		);
	});
});

describe('parseContentArgs', () => {
	it('reads the flags, and no flags means the built-in pack', () => {
		expect(parseContentArgs([])).toEqual({
			ok: true,
			args: { json: false, verbose: false, help: false, dir: undefined, sources: undefined, out: undefined }
		});
		expect(parseContentArgs(['--dir', 'a', '--sources', 'b', '--out', 'c.json'])).toMatchObject({
			ok: true,
			args: { dir: 'a', sources: 'b', out: 'c.json' }
		});
	});

	it('refuses an unknown flag, a stray word, a folder without an output and a flag without its value', () => {
		expect(parseContentArgs(['--dri', 'a'])).toEqual({ ok: false, error: "Unknown option '--dri'" });
		expect(parseContentArgs(['content/x'])).toMatchObject({ ok: false, error: expect.stringContaining("Unexpected argument 'content/x'") });
		expect(parseContentArgs(['--dir', 'a'])).toEqual({
			ok: false,
			error: 'say where the compiled pack goes: --out <file> (or --json to print it)'
		});
		expect(parseContentArgs(['--dir'])).toMatchObject({ ok: false });
		expect(parseContentArgs(['--dir', 'a', '--out', 'b', '--json'])).toEqual({ ok: false, error: 'use --out or --json, not both' });
	});
});

describe('npm run content', () => {
	it('compiles a pack folder with its sources into the file given', async () => {
		const out = join(tmp, 'moon.json');
		const run = await runContent(['--dir', FIXTURE, '--sources', `${FIXTURE}/sources`, '--out', out]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`Wrote ${out}: moon-landing-1969`);
		const pack = JSON.parse(readFileSync(out, 'utf8')) as Pack;
		expect(pack.id).toBe('moon-landing-1969');
		expect(pack.cards.length).toBeGreaterThan(10);
	});

	it('stops on an unknown flag with the usage, compiling nothing', async () => {
		const run = await runContent(['--folder', FIXTURE]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("error: Unknown option '--folder'");
		expect(run.stderr).toContain('Usage: npm run content --');
		expect(run.stdout).toBe('');
	});

	it('compiles a pack written from scratch on another subject and period, into a file the app installs', async () => {
		// Waterloo, 1815: a person's own folder and documents, outside the project, as docs/making-a-pack.md shows.
		const dir = join(tmp, 'waterloo-1815');
		const docs = join(tmp, 'waterloo-documents');
		mkdirSync(dir, { recursive: true });
		mkdirSync(docs, { recursive: true });
		for (const [name, text] of Object.entries(WATERLOO)) writeFileSync(join(dir, name), text);
		writeFileSync(join(docs, 'waterloo-notes.txt'), WATERLOO_NOTES);
		const out = join(tmp, 'waterloo.json');

		// One flag it does not know, among right ones: nothing is compiled or written.
		const typo = await runContent(['--dir', dir, '--sources', docs, '--out', out, '--verbos']);
		expect(typo.code).toBe(2);
		expect(typo.stderr).toContain("error: Unknown option '--verbos'");
		expect(existsSync(out)).toBe(false);

		const run = await runContent(['--dir', dir, '--sources', docs, '--out', out]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`Wrote ${out}: waterloo-1815`);
		const read = readPackFile(new Uint8Array(readFileSync(out)));
		if (!read.ok) throw new Error(read.problem.message);
		expect(read.pack).toMatchObject({ id: 'waterloo-1815', title: 'The battle of Waterloo, June 1815' });
		expect(read.pack.topics.map((t) => t.id)).toEqual(['commanders', 'battle']);
		const battle = read.pack.cards.find((c) => c.entity === 'battle-of-waterloo' && c.type === 'event-date');
		expect(battle?.answer).toBe('18 June 1815');

		// An excerpt its documents do not hold is an error naming the entry; the file is not written again.
		writeFileSync(join(dir, 'actors.yaml'), WATERLOO['actors.yaml'].replace('Bonaparte commanded', 'Bonaparte led'));
		const wrong = await runContent(['--dir', dir, '--sources', docs, '--out', join(tmp, 'wrong.json')]);
		expect(wrong.code).toBe(1);
		expect(wrong.stderr).toContain(
			'actors.yaml: entry 1 (napoleon) → evidence[0].excerpt: not verbatim in waterloo-notes.txt'
		);
		expect(existsSync(join(tmp, 'wrong.json'))).toBe(false);
	}, 30_000);

	it('fails a folder without pack.yaml, naming the file', async () => {
		const dir = join(tmp, 'no-manifest');
		const out = join(tmp, 'none.json');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'sources.yaml'), '[]\n');
		const run = await runContent(['--dir', dir, '--out', out]);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain(`error: ${dir}/pack.yaml: missing: a pack folder needs a pack.yaml`);
		expect(run.stderr).toContain('pack not written');
		expect(existsSync(out)).toBe(false);
	});
});

const WATERLOO_NOTES = `The battle of Waterloo: notes written for a test pack.

The battle of Waterloo was fought on 18 June 1815 near Waterloo, in present-day Belgium.
Napoleon Bonaparte commanded the French army. The Duke of Wellington commanded an allied army of British, Dutch
and German troops. A Prussian army under Gebhard Leberecht von Blücher arrived in the afternoon and attacked the
French right flank. The French army was defeated, and Napoleon abdicated for the second time on 22 June 1815.
`;

/** A pack folder a person could write in ten minutes. */
const WATERLOO = {
	'pack.yaml': `id: waterloo-1815
title: The battle of Waterloo, June 1815
description: The last battle of Napoleon, who fought it and when.
topics:
  - id: commanders
    title: The commanders
  - id: battle
    title: The battle
`,
	'sources.yaml': `- id: waterloo-notes
  title: 'Notes on the battle of Waterloo (written for a test)'
  kind: other
  publisher: unknown
  date: unknown
  file: waterloo-notes.txt
  reliability: 'Written for a test; it stands in for a real source.'
`,
	'actors.yaml': `- id: napoleon
  name: Napoleon Bonaparte
  aliases: [Napoleon]
  type: person
  title: Commander of the French army at Waterloo
  role: Emperor of the French, who commanded the French army at Waterloo and abdicated four days later.
  topic: commanders
  importance: 1
  evidence:
    - source: waterloo-notes
      excerpt: 'Napoleon Bonaparte commanded the French army.'

- id: wellington
  name: Duke of Wellington
  aliases: [Wellington]
  type: person
  definite: true
  title: Commander of the allied army at Waterloo
  role: Commander of the allied army of British, Dutch and German troops that held the field at Waterloo.
  topic: commanders
  importance: 1
  evidence:
    - source: waterloo-notes
      excerpt: 'The Duke of Wellington commanded an allied army of British, Dutch and German troops.'
`,
	'events.yaml': `- id: battle-of-waterloo
  name: Battle of Waterloo
  topic: battle
  importance: 1
  date: { year: 1815, month: 6, day: 18, basis: explicit date }
  actors: [napoleon, wellington]
  outcome: The French army was defeated by Wellington's allied army and the Prussians.
  evidence:
    - source: waterloo-notes
      excerpt: 'The battle of Waterloo was fought on 18 June 1815 near Waterloo, in present-day Belgium.'
`
};
