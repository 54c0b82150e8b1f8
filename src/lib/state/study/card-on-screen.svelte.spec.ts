import { describe, expect, it } from 'vitest';
import { qualify } from '$lib/domain/library';
import type { Card } from '$lib/domain/pack';
import { AGAIN, GOOD } from '$lib/domain/scheduler-values';
import { testCard } from '$lib/domain/test-card';
import { CardOnScreen, type OnScreenContext } from './card-on-screen.svelte';

const COUNTRY = testCard(qualify('test-pack', 'mosul:country'));
const ROLE = testCard(qualify('test-pack', 'abadi:role'), {
	kind: 'actor',
	type: 'actor-role',
	answer: 'Prime minister of Iraq from 2014 to 2018',
	accepted: []
});

/** A card on screen whose context the test changes, on a clock it moves. */
function onScreen(context: Partial<OnScreenContext> & { card: Card | null }) {
	const state = { now: 1_000, context: { typedMode: false, resumedTyping: null, ...context } };
	const card = new CardOnScreen(
		() => state.context,
		() => state.now,
		async () => ['Iraq', 'Syria']
	);
	return { card, state };
}

describe('CardOnScreen', () => {
	it('is typed only in typed mode and for a card whose answer can be typed, unless the saved card says', () => {
		expect(onScreen({ card: COUNTRY }).card.typing).toBe(false);
		expect(onScreen({ card: COUNTRY, typedMode: true }).card.typing).toBe(true);
		expect(onScreen({ card: ROLE, typedMode: true }).card.typing).toBe(false);
		expect(onScreen({ card: null, typedMode: true }).card.typing).toBe(false);
		expect(onScreen({ card: COUNTRY, typedMode: true, resumedTyping: false }).card.typing).toBe(false);
	});

	it('checks what was typed once revealed and its checking is loaded, and points to a rating', async () => {
		const { card } = onScreen({ card: COUNTRY, typedMode: true });
		card.typed = 'irak';
		expect(card.verdict).toBeNull();
		card.revealed = true;
		expect(card.verdict).toBeNull();
		await card.prepareTyping(COUNTRY);
		expect(card.verdict?.correct).toBe(true);
		expect(card.suggestedRating).toBe(GOOD);
		card.typed = 'Syria';
		expect(card.verdict?.correct).toBe(false);
		expect(card.suggestedRating).toBe(AGAIN);
	});

	it('starts a card from its front, counts how long it is shown, and puts a card back as it was', () => {
		const { card, state } = onScreen({ card: COUNTRY });
		state.now = 5_000;
		card.revealed = true;
		card.typed = 'Iraq';
		expect(card.shownFor(7_000)).toBe(6_000);
		const putBack = card.keep();
		card.start();
		expect([card.revealed, card.typed, card.shownFor(7_000)]).toEqual([false, '', 2_000]);
		putBack();
		expect([card.revealed, card.typed, card.shownFor(7_000)]).toEqual([true, 'Iraq', 6_000]);
	});
});
