import { describe, expect, it } from 'vitest';
import { packOf, qualifyPack } from '../library';
import type { Pack } from '../pack';
import { makeFixturePack } from './fixture';
import { generateQuiz } from './generate';
import { prepareQuizPool } from './pool';
import { countSelected, selectCards, selectionOf } from './select';
import { QUIZ_MODES } from './types';

/** Two packs in one library, merged the way the library reads them. */
function library(): Pack {
	const [alpha, beta] = ['alpha', 'beta'].map((id) => qualifyPack({ ...makeFixturePack(), id }));
	return {
		...alpha!,
		id: 'alpha+beta',
		sources: [...alpha!.sources, ...beta!.sources],
		entities: [...alpha!.entities, ...beta!.entities],
		cards: [...alpha!.cards, ...beta!.cards]
	};
}

describe('choosing cards by pack', () => {
	const pack = library();
	const pool = prepareQuizPool(pack);
	const perPack = makeFixturePack().cards.length;

	it('keeps only the cards of the packs named', () => {
		const cards = selectCards(pool, { packs: ['beta'] });
		expect(cards).toHaveLength(perPack);
		expect(cards.every(({ card }) => packOf(card.id) === 'beta')).toBe(true);
		expect(selectCards(pool, { packs: ['alpha', 'beta'] })).toHaveLength(2 * perPack);
	});

	it('allows every pack when none is named, and none for a pack not in the library', () => {
		expect(selectCards(pool, {})).toHaveLength(2 * perPack);
		expect(selectCards(pool, { packs: [] })).toHaveLength(2 * perPack);
		expect(selectCards(pool, { packs: ['gamma'] })).toHaveLength(0);
	});

	it('holds together with the other filters', () => {
		const places = selectCards(pool, { packs: ['alpha'], kinds: ['place'] });
		expect(places.length).toBeGreaterThan(0);
		expect(places.every(({ card }) => card.kind === 'place' && packOf(card.id) === 'alpha')).toBe(true);
		const betaSource = pack.sources.find((s) => packOf(s.id) === 'beta')!.id;
		expect(selectCards(pool, { packs: ['alpha'], sources: [betaSource] })).toHaveLength(0);
	});

	it('counts, without the pool, the cards it selects', () => {
		const source = pack.sources.find((s) => packOf(s.id) === 'beta')!.id;
		const firstCard = pack.cards[0]!.id;
		const selections = [
			{},
			{ packs: ['beta'] },
			{ kinds: ['place' as const, 'event' as const] },
			{ sources: [source] },
			{ cardIds: [firstCard, 'alpha/no-such-card'] },
			{ packs: ['alpha'], kinds: ['actor' as const], sources: [source] }
		];
		const counts = selections.map((selection) => countSelected(pack.cards, selection));
		expect(counts).toEqual(selections.map((selection) => selectCards(pool, selection).length));
		// The selections differ, so the counts are not all one figure.
		expect(new Set(counts).size).toBeGreaterThan(3);
	});

	it('remembers selections of different packs apart', () => {
		const alpha = selectionOf(pool, { packs: ['alpha'] });
		const beta = selectionOf(pool, { packs: ['beta'] });
		expect(alpha).not.toBe(beta);
		expect(alpha.cards.every(({ card }) => packOf(card.id) === 'alpha')).toBe(true);
		expect(selectionOf(pool, { packs: ['alpha'] })).toBe(alpha);
	});

	it('makes a quiz whose every question tests a card of the pack named', () => {
		const questions = generateQuiz(pack, {
			selection: { packs: ['beta'] },
			count: 20,
			modes: [...QUIZ_MODES],
			seed: 'pack-filter'
		});
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions) expect(q.cardIds.every((id) => packOf(id) === 'beta')).toBe(true);
	});
});
