import { describe, expect, it, vi } from 'vitest';
import { letGoOfCardFocus } from './let-go-of-focus';

/** A document with a card (the prompt's article) and, elsewhere, the nav: just what the function reads. */
function page(focusedIn: 'card' | 'nav') {
	const inCard = { blur: vi.fn() };
	const inNav = { blur: vi.fn() };
	const article = { contains: (node: unknown) => node === inCard };
	const prompt = { closest: (selector: string) => (selector === 'article' ? article : null) };
	const activeElement = focusedIn === 'card' ? inCard : inNav;
	const doc = {
		activeElement,
		getElementById: (id: string) => (id === 'card-prompt' ? prompt : null)
	} as unknown as Document;
	return { doc, inCard, inNav };
}

describe('letGoOfCardFocus', () => {
	it('blurs the control focused inside the card', () => {
		const { doc, inCard } = page('card');
		letGoOfCardFocus(doc);
		expect(inCard.blur).toHaveBeenCalledTimes(1);
	});

	it('leaves focus elsewhere where the learner put it', () => {
		const { doc, inNav } = page('nav');
		letGoOfCardFocus(doc);
		expect(inNav.blur).not.toHaveBeenCalled();
	});

	it('does nothing without a card on screen', () => {
		const inNav = { blur: vi.fn() };
		const doc = { activeElement: inNav, getElementById: () => null } as unknown as Document;
		letGoOfCardFocus(doc);
		expect(inNav.blur).not.toHaveBeenCalled();
	});
});
