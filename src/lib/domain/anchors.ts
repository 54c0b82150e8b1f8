/**
 * Fragment ids on /sources: letters, digits and '-' as they are, every other character as '_' and four hex
 * digits, so the mapping is one-to-one and the result URL-safe whatever a pack's ids hold.
 */
const fragment = (id: string) =>
	id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The fragment id of a card on /sources. */
export const cardAnchor = (cardId: string): string => `card-${fragment(cardId)}`;

/** The fragment id of a source on /sources. */
export const sourceAnchor = (sourceId: string): string => `source-${fragment(sourceId)}`;
