import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import builtIn from '../content/generated/pack.json';
import type { Pack } from './pack';
import { MAX_PACK_FILE_BYTES, parsePack, readPackFile, toPackFile } from './pack-file';
import { makeFixturePack } from './quiz/fixture';

const bytes = (value: unknown) => strToU8(JSON.stringify(value));
// A deep copy: the fixture pack shares its entity list with other specs.
const fixture = () => structuredClone(toPackFile(makeFixturePack()));

function refused(result: ReturnType<typeof readPackFile>) {
	if (result.ok) throw new Error('expected a refusal');
	return result.problem;
}

describe('readPackFile', () => {
	it('reads a pack file, as JSON or gzipped, into the pack without the format fields', () => {
		const file = fixture();
		for (const input of [bytes(file), gzipSync(bytes(file))]) {
			const result = readPackFile(input);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.pack).toEqual(makeFixturePack());
			expect(result.pack).not.toHaveProperty('format');
		}
	});

	it('reads the built-in pack as the compiler writes it', () => {
		const result = readPackFile(bytes(toPackFile(builtIn as unknown as Pack)));
		expect(result.ok ? 'ok' : result.problem.details).toBe('ok');
	});

	it('refuses empty, oversized, binary, non-JSON and non-pack files in plain words', () => {
		expect(refused(readPackFile(new Uint8Array())).message).toBe('This file is empty.');
		expect(refused(readPackFile(new Uint8Array(MAX_PACK_FILE_BYTES + 1))).message).toMatch(/too large/);
		expect(refused(readPackFile(new Uint8Array([0xff, 0xfe, 0x00, 0x9f]))).message).toMatch(
			/not a Sourcedeck pack/
		);
		const broken = refused(readPackFile(strToU8('{"format": "sourcedeck-pack", ')));
		expect(broken.message).toMatch(/not a Sourcedeck pack, or it is damaged/);
		expect(broken.details[0]).toMatch(/^JSON: /);
		expect(refused(readPackFile(bytes({ format: 'sourcedeck-backup' }))).message).toMatch(
			/not a Sourcedeck pack/
		);
		expect(refused(readPackFile(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).details[0]).toMatch(/^gzip/);
	});

	it('asks for an app update for a pack of a newer format', () => {
		expect(refused(readPackFile(bytes({ ...fixture(), formatVersion: 2 }))).message).toMatch(/newer version/);
	});
});

describe('parsePack', () => {
	it('names the pack, the entry and the field of every mistake', () => {
		const file = fixture();
		const card = file.cards[3]!;
		file.cards[3] = { ...card, answer: 42 as unknown as string };
		const problem = refused(parsePack(file));
		expect(problem.message).toBe(
			`“${file.title}” has mistakes, so it was not installed. Nothing was changed.`
		);
		expect(problem.details).toContain(`cards[3] (id "${card.id}") → answer: expected text, got 42`);
	});

	it('refuses unknown fields, long excerpts and ids with "/"', () => {
		const file = fixture();
		(file.sources[0] as unknown as Record<string, unknown>).script = '<script>';
		file.cards[0] = { ...file.cards[0]!, id: 'a/b' };
		file.entities[0] = {
			...file.entities[0]!,
			evidence: [{ source: file.sources[0]!.id, file: '', excerpt: Array(26).fill('word').join(' ') }]
		};
		const details = refused(parsePack(file)).details.join('\n');
		expect(details).toMatch(/sources\[0\].*script/);
		expect(details).toMatch(/cards\[0\].*id: expected an id/);
		expect(details).toMatch(/entities\[0\].*excerpt: expected an excerpt of at most 25 words/);
	});

	it('refuses duplicate ids and references to nothing', () => {
		const file = fixture();
		file.cards.push({ ...file.cards[0]! });
		file.cards[1] = { ...file.cards[1]!, sources: ['nowhere'] };
		const event = file.entities.findIndex((e) => e.event);
		file.entities[event] = {
			...file.entities[event]!,
			event: { ...file.entities[event]!.event!, places: ['atlantis'] }
		};
		const details = refused(parsePack(file)).details.join('\n');
		expect(details).toContain(`cards: the id "${file.cards[0]!.id}" is used twice`);
		expect(details).toMatch(/cards\[1\].*sources\[0\]: no source "nowhere" in the pack/);
		expect(details).toMatch(/event\.places\[0\]: no entity "atlantis" in the pack/);
	});

	it('keeps an imported card whose excerpt names no source', () => {
		const file = fixture();
		file.cards[0] = {
			...file.cards[0]!,
			sources: [],
			evidence: [{ source: '', file: '', excerpt: 'As the deck said.' }]
		};
		expect(parsePack(file).ok).toBe(true);
	});
});
