/**
 * Cleaning what a file puts in a card: markup becomes text, and a cell that a spreadsheet would run as a formula
 * loses its leading sign, so it can never run when the pack is exported again. A `Cleaner` counts what it did,
 * so the import can tell the person once instead of per cell.
 */
import { htmlToText, looksLikeHtml } from '../text';

/** The leading apostrophe spreadsheets (and our CSV export, share/csv.ts) put before text that starts like a formula. */
const OUR_GUARD = /^'(?=[=+\-@])/;
/**
 * What runs as a formula when the cell is opened: "=" or "@" first, or "+"/"-" starting a function call
 * ("-HYPERLINK(…)", "+cmd|…"). "-5 °C", "+44 …" and "- a list item" are text and stay as they are.
 */
const FORMULA = /^(?:[=@]|[+-]\s*[A-Za-z_][\w.]*\s*[(|!])/;
/** Sound and picture references of Anki ("[sound:x.mp3]"): media is not imported. */
const MEDIA_REFERENCE = /\[sound:[^\]]*\]/g;

export class Cleaner {
	htmlCells = 0;
	formulaCells = 0;
	mediaReferences = 0;

	/** A cell as text: markup removed when `html` (Anki fields) or when it looks like markup, formulas defused. */
	cell(raw: string, html = false): string {
		let text = raw.replace(/^\uFEFF/, '');
		const media = text.match(MEDIA_REFERENCE);
		if (media) {
			this.mediaReferences += media.length;
			text = text.replace(MEDIA_REFERENCE, ' ');
		}
		if (/<img\b/i.test(text)) this.mediaReferences += (text.match(/<img\b/gi) ?? []).length;
		if (html || looksLikeHtml(text)) {
			const plain = htmlToText(text);
			if (!html && plain !== text.trim()) this.htmlCells++;
			text = plain;
		} else text = text.replace(/\r\n?/g, '\n').trim();
		// A cell marked as text by the apostrophe was never a formula: only the mark goes.
		if (OUR_GUARD.test(text)) return text.slice(1);
		if (FORMULA.test(text)) {
			this.formulaCells++;
			text = text.replace(/^[=@+-]+\s*/, '').trim();
		}
		return text;
	}

	/** Sentences for the person, for what was changed. */
	warnings(): string[] {
		const warnings: string[] = [];
		if (this.htmlCells)
			warnings.push(`${plural(this.htmlCells, 'cell')} held HTML formatting; it was turned into plain text.`);
		if (this.formulaCells)
			warnings.push(
				`${plural(this.formulaCells, 'cell')} began like a spreadsheet formula (=, +, -, @); the sign was removed so it can never run as one.`
			);
		if (this.mediaReferences)
			warnings.push(
				`${plural(this.mediaReferences, 'picture or sound', 'pictures or sounds')} in the cards ${wasWere(this.mediaReferences)} left out: Sourcedeck does not import media.`
			);
		return warnings;
	}
}

export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

export const wasWere = (count: number) => (count === 1 ? 'was' : 'were');
