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

const ZIP_EARLIEST = Date.UTC(1980, 0, 1, 12);
const ZIP_LATEST = Date.UTC(2099, 11, 31);

/** A zip entry's date: zip (DOS time) holds only 1980–2099, so a clock outside that is held to its ends. */
export function zipDate(now: number): Date {
	return new Date(Math.min(ZIP_LATEST, Math.max(ZIP_EARLIEST, Number.isFinite(now) ? now : ZIP_EARLIEST)));
}
