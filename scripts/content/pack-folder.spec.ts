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
