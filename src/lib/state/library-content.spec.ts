import { describe, expect, it } from 'vitest';
import packJson from '$lib/content/generated/pack.json';
import { cardAnchor, sourceAnchor } from '$lib/domain/anchors';
import { qualifyPack } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import { contentOf } from './library-content';

const pack = qualifyPack(packJson as unknown as Pack);
const content = contentOf([], pack);

describe('library content lookups', () => {
	it('finds sources, cards and entities by their qualified ids', () => {
		expect(content.source(`${pack.id}/report-2017`)?.file).toBe('004_a72bc7ee66966df7.txt');
		expect(content.source('report-2017')).toBeUndefined();
		for (const card of pack.cards.slice(0, 20)) {
			expect(content.card(card.id)).toBe(card);
			expect(content.entity(card.entity)?.id).toBe(card.entity);
		}
	});

	it('lists by source exactly the cards and entities whose evidence cites it', () => {
		for (const source of pack.sources) {
			for (const card of content.cardsBySource(source.id)) expect(card.sources).toContain(source.id);
			for (const entity of content.entitiesBySource(source.id))
				expect(
					[...entity.evidence, ...(entity.actor?.quotes ?? [])].some((e) => e.source === source.id)
				).toBe(true);
		}
		const total = new Set(pack.sources.flatMap((s) => content.cardsBySource(s.id).map((c) => c.id)));
		expect(total.size).toBe(pack.cards.length);
	});

	it('makes URL-safe, one-to-one anchors for every card', () => {
		expect(cardAnchor('pack/mosul:cloze:1')).toBe('card-pack_002fmosul_003acloze_003a1');
		expect(cardAnchor('a:b-c')).not.toBe(cardAnchor('a-b:c'));
		expect(cardAnchor('a_003a')).not.toBe(cardAnchor('a:'));
		expect(sourceAnchor('zh-2016')).toBe('source-zh-2016');
		const anchors = pack.cards.map((c) => cardAnchor(c.id));
		expect(new Set(anchors).size).toBe(anchors.length);
		for (const a of anchors) expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
	});
});
