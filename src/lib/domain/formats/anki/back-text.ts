/**
 * The back of a card in Anki's stock note types (Basic, Cloze), which have no Source or Excerpt field: the
 * answer, then a block with the accepted spellings, the sources and the excerpts, one per line. Written as HTML
 * for Anki's text import and read back from the text it shows, so a round trip keeps all of it.
 */
import type { Evidence, Source } from '../../pack';
import { readEvidence, sourceTitleOf, type ReadEvidence } from '../evidence';
import { textToHtml } from '../text';
import { ACCEPTED_JOIN } from './notes';

const ACCEPTED_LABEL = 'Accepted answers: ';
const SOURCE_LABEL = 'Source: ';

/** The evidence block in HTML (empty when there is nothing to say); spellings when they are not the answer alone. */
export function evidenceBlockHtml(
	answer: string,
	accepted: readonly string[],
	evidence: readonly Evidence[],
	sources: ReadonlyMap<string, Source>
): string {
	const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
	const title = (e: Evidence) => oneLine(sourceTitleOf(sources, e.source));
	const titles = [...new Set(evidence.map(title))];
	const lines: string[] = [];
	if (accepted.length !== 1 || accepted[0] !== answer)
		lines.push(`${ACCEPTED_LABEL}${accepted.join(ACCEPTED_JOIN)}`);
	for (const t of titles) lines.push(`${SOURCE_LABEL}${t}`);
	for (const e of evidence) lines.push(`“${oneLine(e.excerpt)}”${titles.length > 1 ? ` — ${title(e)}` : ''}`);
	return lines.length
		? `<div class="sourcedeck">${lines.map((line) => `<br>${textToHtml(line)}`).join('')}</div>`
		: '';
}

export interface BackText {
	/** The text before the block: the answer, or a cloze's extra notes. */
	main: string;
	accepted: string[];
	evidence: ReadEvidence[];
}

/** Splits the text of a back side into the answer and the block above; text without a block is all answer. */
export function readBackText(text: string): BackText {
	const lines = text.split('\n');
	const start = lines.findIndex((line) => line.startsWith(ACCEPTED_LABEL) || line.startsWith(SOURCE_LABEL));
	if (start < 0) return { main: text.trim(), accepted: [], evidence: [] };
	let accepted: string[] = [];
	const titles: string[] = [];
	const excerpts: string[] = [];
	for (const line of lines.slice(start)) {
		if (line.startsWith(ACCEPTED_LABEL))
			accepted = line
				.slice(ACCEPTED_LABEL.length)
				.split(ACCEPTED_JOIN.trim())
				.map((s) => s.trim())
				.filter(Boolean);
		else if (line.startsWith(SOURCE_LABEL)) titles.push(line.slice(SOURCE_LABEL.length).trim());
		else {
			// “excerpt” or “excerpt — title”: the quotation marks are ours, the rest goes back as written.
			const quoted = /^“(.*)”( — .+)?$/.exec(line.trim());
			if (quoted) excerpts.push(`${quoted[1]}${quoted[2] ?? ''}`);
			else if (line.trim()) excerpts.push(line.trim());
		}
	}
	return {
		main: lines.slice(0, start).join('\n').trim(),
		accepted,
		evidence: readEvidence(titles.join('\n'), excerpts.join('\n'))
	};
}
