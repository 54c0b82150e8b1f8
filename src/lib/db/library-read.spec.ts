import { beforeEach, describe, expect, it } from 'vitest';
import { qualify } from '../domain/library';
import type { Pack } from '../domain/pack';
import { makeFixturePack } from '../domain/quiz/fixture';
import { installPack } from './library';
import { readPacks } from './library-read';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 11, 1, 9);
beforeEach(() => {
	freshDatabase('library-read');
});

function packWithId(id: string, title: string, at: number): [Pack, number] {
	return [{ ...structuredClone(makeFixturePack()), id, title, version: `${id}-v1` }, at];
}

describe('readPacks', () => {
	it('reads several packs as one, ids qualified by pack, in install order, teaching order kept', async () => {
		const fixture = makeFixturePack();
		for (const [pack, at] of [packWithId('beta', 'Beta', NOW + 1), packWithId('alpha', 'Alpha', NOW)])
			await installPack(pack, { origin: 'file', now: at });
		const { packs, pack } = await readPacks(['beta', 'alpha']);
		expect(packs.map((p) => p.id)).toEqual(['alpha', 'beta']);
		expect(pack.cards).toHaveLength(fixture.cards.length * 2);
		expect(pack.cards[0]!.id).toBe(qualify('alpha', fixture.cards[0]!.id));
		expect(pack.cards[fixture.cards.length]!.id).toBe(qualify('beta', fixture.cards[0]!.id));
		expect(pack.sources.map((s) => s.id)).toEqual([
			...fixture.sources.map((s) => qualify('alpha', s.id)),
			...fixture.sources.map((s) => qualify('beta', s.id))
		]);
		expect(pack.cards[0]).not.toHaveProperty('rank');
		expect(pack.cards[0]).not.toHaveProperty('pack');
		expect(pack.cards[0]!.sources.every((s) => s.startsWith('alpha/'))).toBe(true);
	});

	it('leaves out retired cards and packs that are not installed', async () => {
		const [pack] = packWithId('alpha', 'Alpha', NOW);
		await installPack(pack, { origin: 'file', now: NOW });
		const smaller = { ...pack, version: 'alpha-v2', cards: pack.cards.slice(1) };
		await installPack(smaller, { origin: 'file', now: NOW + 1 });
		const read = await readPacks(['alpha', 'missing']);
		expect(read.packs.map((p) => p.id)).toEqual(['alpha']);
		expect(read.pack.cards.map((c) => c.id)).toEqual(smaller.cards.map((c) => qualify('alpha', c.id)));
	});
});
