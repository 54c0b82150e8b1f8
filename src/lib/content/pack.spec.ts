import { describe, expect, it } from 'vitest';
import {
	cardAnchor,
	cardById,
	cardsBySource,
	entitiesBySource,
	entityById,
	pack,
	sourceAnchor,
	sourceById
} from './pack';

describe('content pack loader', () => {
	it('loads the compiled pack with its five sources', () => {
		expect(pack.version).toMatch(/^[0-9a-f]{12}$/);
		expect(pack.sources).toHaveLength(5);
		expect(sourceById(`${pack.id}/report-2017`)?.file).toBe('004_a72bc7ee66966df7.txt');
		expect(sourceById('nope')).toBeUndefined();
	});

	it('finds cards and entities by id', () => {
		for (const card of pack.cards.slice(0, 20)) {
			expect(cardById(card.id)).toBe(card);
			expect(entityById(card.entity)?.id).toBe(card.entity);
		}
	});

	it('lists by source exactly the cards and entities whose evidence cites it', () => {
		for (const source of pack.sources) {
			for (const card of cardsBySource(source.id)) expect(card.sources).toContain(source.id);
			for (const entity of entitiesBySource(source.id))
				expect(
					[...entity.evidence, ...(entity.actor?.quotes ?? [])].some((e) => e.source === source.id)
				).toBe(true);
		}
		const total = new Set(pack.sources.flatMap((s) => cardsBySource(s.id).map((c) => c.id)));
		expect(total.size).toBe(pack.cards.length);
	});

	it('makes URL-safe, one-to-one anchors', () => {
		expect(cardAnchor('pack/mosul:cloze:1')).toBe('card-pack_002fmosul_003acloze_003a1');
		expect(cardAnchor('a:b-c')).not.toBe(cardAnchor('a-b:c'));
		expect(cardAnchor('a_003a')).not.toBe(cardAnchor('a:'));
		expect(sourceAnchor('zh-2016')).toBe('source-zh-2016');
		const anchors = pack.cards.map((c) => cardAnchor(c.id));
		expect(new Set(anchors).size).toBe(anchors.length);
		for (const a of anchors) expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
	});
});
