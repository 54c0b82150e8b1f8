/**
 * A pack file is untrusted: 10,000 damaged, mutated or random files are either refused in a person's words
 * with nothing written, or installed exactly as the file says, and the learner's own progress never changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { installPack, readPack, removePack } from '$lib/db/library';
import { answerCard } from '$lib/db/study';
import { countWrites, freshDatabase, type WriteCounter } from '$lib/db/test-db';
import { mutateValue } from '$lib/db/test-mutate';
import type { SourcedeckDB } from '$lib/db/database';
import { qualify } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import { parsePack, toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { createRandom, type Random } from '$lib/domain/random';
import { GOOD, createScheduler } from '$lib/domain/scheduler';
import { installPackFile } from './pack-install';

const NOW = Date.UTC(2026, 11, 1, 9);
const CASES = 10_000;
const OWN_PACK = 'own-pack';

let database: SourcedeckDB;
let writes: WriteCounter;
let baseline: string;
let progressBefore: unknown[];

beforeAll(async () => {
	database = freshDatabase('pack-fuzz');
	writes = countWrites(database);
	const own = { ...makeFixturePack(), id: OWN_PACK, title: 'My own pack', version: 'v1' };
	await installPack(own, { origin: 'built-in', now: NOW });
	const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 365, enableFuzz: false });
	await answerCard(qualify(OWN_PACK, own.cards[0]!.id), GOOD, NOW, 3000, undefined, { scheduler });
	progressBefore = await database.cards.toArray();
	// A small pack (every kind of entry, few cards), so that ten thousand cases take seconds, not minutes.
	const fixture = makeFixturePack();
	baseline = JSON.stringify(
		toPackFile({ ...fixture, id: 'shared-pack', version: 'v1', cards: fixture.cards.slice(0, 12) })
	);
});

const SAMPLES: unknown[] = [
	null,
	true,
	0,
	-1,
	1e308,
	0.5,
	'',
	'x',
	' ',
	'9'.repeat(40),
	[],
	{},
	[1],
	{ a: 1 }
];

/** Changes one value somewhere: a type, a missing, extra or duplicated entry, a string grown or replaced. */
const mutatePack = (value: unknown, random: Random) =>
	mutateValue(value, random, SAMPLES, (leaf) =>
		typeof leaf === 'string' && random.next() < 0.3
			? leaf + random.pick([' ', 'é', '\u0000', leaf])
			: random.pick(SAMPLES)
	);

/** Damages the bytes: a flipped character, a cut, noise, a gzip that is cut short. */
function mutateBytes(text: string, random: Random): Uint8Array {
	const at = random.int(0, text.length - 1);
	const encode = (s: string) => new TextEncoder().encode(s);
	switch (random.int(0, 4)) {
		case 0:
			return encode(text.slice(0, at) + String.fromCharCode(random.int(32, 126)) + text.slice(at + 1));
		case 1:
			return encode(text.slice(0, at));
		case 2:
			return Uint8Array.from({ length: random.int(0, 300) }, () => random.int(0, 255));
		case 3: {
			const gz = gzipSync(encode(text));
			return gz.slice(0, random.int(0, gz.length - 1));
		}
		default:
			return encode(text.slice(0, at) + random.pick(['"', '{', ']', ',', 'null']) + text.slice(at));
	}
}

describe('pack file fuzz', () => {
	it(`installs or refuses ${CASES} damaged and mutated pack files; a refusal writes nothing`, async () => {
		const random = createRandom('pack-fuzz');
		const parsedBaseline = JSON.parse(baseline) as unknown;
		let refused = 0;
		let installed = 0;
		for (let n = 0; n < CASES; n++) {
			const value = random.next() < 0.6 ? mutatePack(parsedBaseline, random) : undefined;
			const bytes =
				value === undefined ? mutateBytes(baseline, random) : new TextEncoder().encode(JSON.stringify(value));
			writes.reset();
			const result = await installPackFile(bytes, { origin: 'file', now: NOW });
			if (result.ok) {
				installed++;
				const check = parsePack(JSON.parse(new TextDecoder().decode(bytes)));
				if (!check.ok) throw new Error(`case ${n}: installed a file the check refuses`);
				const pack: Pack = check.pack;
				// Stored exactly as the file says.
				expect(await readPack(pack.id), `case ${n}`).toEqual(pack);
				if (pack.id !== OWN_PACK) await removePack(pack.id);
				else
					await installPack(
						{ ...makeFixturePack(), id: OWN_PACK, title: 'My own pack', version: 'v1' },
						{ origin: 'built-in', now: NOW }
					);
				continue;
			}
			refused++;
			// A sentence for a person; what exactly is wrong goes to the details.
			expect(result.problem.message, `case ${n}`).toMatch(/^(This (file|pack) |“[^]*” has mistakes)/);
			expect(result.problem.message, `case ${n}`).not.toMatch(/JSON\.|SyntaxError|valibot|undefined/);
			expect(
				{ rows: writes.rows, requests: writes.requests, tables: [...writes.tables] },
				`case ${n}`
			).toEqual({ rows: 0, requests: 0, tables: [] });
		}
		console.log(`pack file fuzz: ${refused} refused, ${installed} installed`);
		expect(refused + installed).toBe(CASES);
		expect(refused).toBeGreaterThan(CASES * 0.7);
		expect(installed).toBeGreaterThan(0);
		// The learner's progress is what it was.
		expect(await database.cards.toArray()).toEqual(progressBefore);
		expect((await database.packs.toArray()).map((p) => p.id)).toEqual([OWN_PACK]);
	}, 600_000);

	it('counts the writes of an accepted install, so a refusal with none means something', async () => {
		writes.reset();
		const result = await installPackFile(new TextEncoder().encode(baseline), { origin: 'file', now: NOW });
		expect(result.ok).toBe(true);
		expect(writes.rows).toBeGreaterThan(0);
		expect(writes.tables).toContain('packCards');
		await removePack('shared-pack');
	});
});
