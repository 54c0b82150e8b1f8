/** What an export covers: the chosen cards of a pack, in pack order, and the file name it is saved under. */
import type { Card, Pack } from '../pack';
import type { ExportInput } from './types';
import { kebabCase } from './text';

/** The selected cards in pack order; every card when no selection is given. Unknown ids are ignored. */
export function selectedCards(input: Pick<ExportInput, 'pack' | 'cardIds'>): Card[] {
	if (!input.cardIds) return input.pack.cards;
	const wanted = new Set(input.cardIds);
	return input.pack.cards.filter((card) => wanted.has(card.id));
}

/** "The campaign against …" → "the-campaign-against-….apkg"; the pack id when the title has no letters. */
export function exportFileName(pack: Pack, extension: string): string {
	return `${kebabCase(pack.title) || kebabCase(pack.id) || 'sourcedeck'}.${extension}`;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a text file; `bom` puts the byte-order mark first, which spreadsheets need to read UTF-8. */
export function utf8(text: string, bom = false): Uint8Array {
	return encoder.encode(bom ? `\uFEFF${text}` : text);
}
