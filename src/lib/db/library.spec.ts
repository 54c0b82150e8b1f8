import { beforeEach, describe, expect, it } from 'vitest';
import { qualify } from '../domain/library';
import type { Card, Pack } from '../domain/pack';
import { makeFixturePack } from '../domain/quiz/fixture';
import type { SourcedeckDB } from './database';
import { installPack, listPacks, packProgress, readPack, removePack, setPackEnabled } from './library';
import { answerCard } from './study';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 11, 1, 9);
let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('library');
});

/** A second pack of its own: the fixture under another id. */
function otherPack(id = 'second-pack'): Pack {
	return { ...structuredClone(makeFixturePack()), id, title: 'Second pack', version: 'v1' };
}

describe('installPack', () => {
	it('installs a pack with qualified ids, every card new in teaching order', async () => {
		const pack = otherPack();
		const outcome = await installPack(pack, { origin: 'file', now: NOW });
		expect(outcome.status).toBe('installed');
		expect(outcome.summary).toBe(`“Second pack” installed: ${pack.cards.length} cards.`);
		expect(outcome.pack).toMatchObject({
			id: 'second-pack',
			origin: 'file',
			enabled: true,
			installedAt: NOW,
			counts: {
				cards: pack.cards.length,
				retired: 0,
				sources: pack.sources.length,
				entities: pack.entities.length
			}
		});
		const first = await database.packCards.get(qualify('second-pack', pack.cards[0]!.id));
		expect(first).toMatchObject({ pack: 'second-pack', rank: 0, newRank: 0 });
		const newCards = await database.packCards
			.where('[pack+newRank]')
			.between(['second-pack', -Infinity], ['second-pack', Infinity])
			.primaryKeys();
		expect(newCards).toEqual(pack.cards.map((c) => qualify('second-pack', c.id)));
	});

	it('reads back as the very pack it was given', async () => {
		const pack = otherPack();
		await installPack(pack, { origin: 'file', now: NOW });
		expect(await readPack('second-pack')).toEqual(pack);
		expect(await readPack('nothing')).toBeNull();
	});

	it('says so and changes nothing when the same version is installed again', async () => {
		const pack = otherPack();
		await installPack(pack, { origin: 'file', now: NOW });
		const again = await installPack(pack, { origin: 'link', now: NOW + 1 });
		expect(again.status).toBe('unchanged');
		expect((await listPacks())[0]).toMatchObject({ origin: 'file', updatedAt: NOW });
	});

	it('upgrades a pack: progress kept, cards added as new, removed cards retired with history, answers flagged', async () => {
		const pack = otherPack();
		await installPack(pack, { origin: 'file', now: NOW });
		const [kept, changed, removed] = pack.cards as [Card, Card, Card];
		for (const card of [kept, changed, removed]) await answerCard(qualify(pack.id, card.id), 3, NOW, 5000);

		const added: Card = { ...kept, id: 'new:card', pair: 'new:card', prompt: 'A new question?' };
		const next: Pack = {
			...pack,
			version: 'v2',
			cards: [
				added,
				...pack.cards
					.filter((c) => c !== removed)
					.map((c) => (c === changed ? { ...c, answer: 'Changed', accepted: ['Changed'] } : c))
			]
		};
		const outcome = await installPack(next, { origin: 'file', now: NOW + 1000 });
		expect(outcome.status).toBe('updated');
		expect(outcome.summary).toBe(
			'“Second pack” updated (version v1 → v2): 1 card added, 1 changed, 1 retired.'
		);
		expect(outcome.pack.lastChange).toEqual({
			at: NOW + 1000,
			summary: '1 card added, 1 changed, 1 retired.'
		});

		const q = (c: Card) => qualify(pack.id, c.id);
		expect(await database.packCards.get(q(added))).toMatchObject({ rank: 0, newRank: 0 });
		expect(await database.packCards.get(q(kept))).toMatchObject({ rank: 1 });
		expect((await database.packCards.get(q(kept)))?.newRank).toBeUndefined();
		expect(await database.packCards.get(q(changed))).toMatchObject({
			answer: 'Changed',
			previousAnswer: changed.answer
		});
		expect(await database.packCards.get(q(removed))).toMatchObject({ retired: true, prompt: removed.prompt });
		// Progress: kept for the cards that persist, out of the queue's index for the retired one.
		expect(await database.cards.get(q(kept))).toMatchObject({ activePack: pack.id, reps: 1 });
		expect((await database.cards.get(q(removed)))?.activePack).toBeUndefined();
		expect(await database.reviews.where('cardId').equals(q(removed)).count()).toBe(1);
		// An export holds only the live cards.
		expect((await readPack(pack.id))?.cards.map((c) => c.id)).toEqual(next.cards.map((c) => c.id));

		// A later version that brings the retired card back puts it back in the queue, its progress intact.
		await installPack(
			{ ...next, version: 'v3', cards: [...next.cards, removed] },
			{ origin: 'file', now: NOW + 2000 }
		);
		expect(await database.cards.get(q(removed))).toMatchObject({ activePack: pack.id, reps: 1 });
		expect((await database.packCards.get(q(removed)))?.retired).toBeUndefined();
	});

	it('writes nothing when an install fails part-way', async () => {
		const pack = otherPack();
		// Two cards with one id: the second write fails inside the transaction.
		const broken: Pack = { ...pack, cards: [...pack.cards, pack.cards[0]!] };
		await expect(installPack(broken, { origin: 'file', now: NOW })).rejects.toThrow();
		expect(await database.packs.count()).toBe(0);
		expect(await database.packCards.count()).toBe(0);
		expect(await database.packSources.count()).toBe(0);
	});
});

describe('library', () => {
	it('lists packs, turns them on and off, and tells the progress on each', async () => {
		await installPack(otherPack('a-pack'), { origin: 'file', now: NOW });
		await installPack(otherPack('b-pack'), {
			origin: 'link',
			now: NOW + 1,
			url: 'https://example.org/b.json'
		});
		await setPackEnabled('a-pack', false);
		const packs = await listPacks();
		expect(packs.map((p) => [p.id, p.enabled, p.url])).toEqual([
			['a-pack', false, undefined],
			['b-pack', true, 'https://example.org/b.json']
		]);
		await expect(setPackEnabled('nothing', true)).rejects.toThrow(/No pack/);

		expect(await packProgress('b-pack')).toEqual({ started: 0, lastStudiedAt: null });
		const card = qualify('b-pack', otherPack().cards[0]!.id);
		await answerCard(card, 3, NOW + 5000, 4000);
		expect(await packProgress('b-pack')).toEqual({ started: 1, lastStudiedAt: NOW + 5000 });
	});

	it('removes a pack with the work done on it, leaving other packs alone', async () => {
		await installPack(otherPack('a-pack'), { origin: 'file', now: NOW });
		await installPack(otherPack('b-pack'), { origin: 'file', now: NOW });
		const id = otherPack().cards[0]!.id;
		await answerCard(qualify('a-pack', id), 1, NOW, 4000);
		await answerCard(qualify('b-pack', id), 1, NOW, 4000);
		await removePack('a-pack');
		expect((await listPacks()).map((p) => p.id)).toEqual(['b-pack']);
		expect(await database.packCards.where('pack').equals('a-pack').count()).toBe(0);
		expect(await database.cards.toCollection().primaryKeys()).toEqual([qualify('b-pack', id)]);
		expect((await database.reviews.toArray()).map((r) => r.cardId)).toEqual([qualify('b-pack', id)]);
		expect((await database.misses.toArray()).map((r) => r.cardId)).toEqual([qualify('b-pack', id)]);
	});

	it('keeps the built-in pack: it can be turned off, not removed', async () => {
		await installPack(otherPack('built'), { origin: 'built-in', now: NOW });
		await expect(removePack('built')).rejects.toThrow(/turned off, not removed/);
		expect(await database.packs.count()).toBe(1);
	});
});
