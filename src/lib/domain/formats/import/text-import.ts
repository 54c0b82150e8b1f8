/**
 * Cards from delimited text: Anki's text exports (header lines, note type and deck columns, cloze notes, our
 * evidence block on the back), Quizlet's term/definition lists, and a spreadsheet's CSV mapped by its header
 * or by the person.
 */
import { readBackText } from '../anki/back-text';
import { ACCEPTED_JOIN } from '../anki/notes';
import { readEvidence } from '../evidence';
import { hashHex } from '../hash';
import { asCardType, asKind, metaFromTags, reverseType } from './card-meta';
import { plural, wasWere, type Cleaner } from './clean';
import { clozeCard, clozeNumbers } from './cloze';
import { detectColumns, mappingFits } from './columns';
import { parseDelimited, readAnkiHeader, sniffSeparator, type AnkiHeader } from './delimited';
import { importError, type ImportError } from './import-error';
import type { ColumnMapping, ImportedCard, ReadCards } from './types';

const splitAccepted = (text: string) =>
	text
		.split(ACCEPTED_JOIN.trim())
		.map((s) => s.trim())
		.filter(Boolean);

/** Cloze cards of a text with {{c1::…}} deletions (HTML or plain), sharing one note key. */
function clozeCards(
	text: string,
	extra: Omit<ImportedCard, 'prompt' | 'answer' | 'accepted'>,
	acceptedText: string[],
	cleaner: Cleaner,
	html: boolean
): ImportedCard[] {
	const numbers = clozeNumbers(text);
	return numbers.map((n) => {
		const { prompt, answer } = clozeCard(text, n);
		const cleanAnswer = cleaner.cell(answer, html);
		// Accepted spellings belong to a note's only gap: with several gaps each answer stands alone.
		const accepted = numbers.length === 1 && acceptedText.length ? acceptedText : [cleanAnswer];
		return {
			...extra,
			prompt: cleaner.cell(prompt, html),
			answer: cleanAnswer,
			accepted,
			type: 'cloze' as const
		};
	});
}

function readAnkiRows(body: string, header: AnkiHeader, cleaner: Cleaner): ReadCards {
	const separator = header.separator ?? sniffSeparator(body);
	const rows = parseDelimited(body, separator);
	const html = header.html ?? false;
	const meta = new Set([header.guidColumn, header.notetypeColumn, header.deckColumn, header.tagsColumn]);
	const width = Math.max(0, ...rows.map((r) => r.length));
	const fieldColumns = Array.from({ length: width }, (_, i) => i).filter((i) => !meta.has(i));
	const cards: ImportedCard[] = [];
	let skipped = 0;
	const decks = new Map<string, number>();
	for (const row of rows) {
		const at = (index: number | undefined) => (index === undefined ? '' : (row[index] ?? ''));
		const fields = fieldColumns.map((i) => row[i] ?? '');
		const notetype = at(header.notetypeColumn) || header.notetype || '';
		const deck = (at(header.deckColumn) || header.deck || '').trim();
		if (deck) decks.set(deck, (decks.get(deck) ?? 0) + 1);
		const tags = `${at(header.tagsColumn)} ${header.tags ?? ''}`;
		const guid = at(header.guidColumn).trim();
		const base = { ...metaFromTags(tags), deck, noteKey: guid ? `g-${hashHex(guid, 12)}` : undefined };
		const front = fields[0] ?? '';
		if (/cloze/i.test(notetype) || clozeNumbers(front).length > 0) {
			const back = readBackText(cleaner.cell(fields[1] ?? '', html));
			const made = clozeCards(front, { ...base, evidence: back.evidence }, back.accepted, cleaner, html);
			if (made.length === 0) skipped++;
			cards.push(...made);
			continue;
		}
		const prompt = cleaner.cell(front, html);
		const back = readBackText(cleaner.cell(fields[1] ?? '', html));
		if (!prompt || !back.main) {
			skipped++;
			continue;
		}
		const accepted = back.accepted.length ? back.accepted : [back.main];
		cards.push({ ...base, prompt, answer: back.main, accepted, evidence: back.evidence });
		const reversed = /optional revers/i.test(notetype)
			? !!(fields[2] ?? '').trim()
			: /revers/i.test(notetype);
		if (reversed)
			cards.push({
				...base,
				type: reverseType(base.type),
				prompt: back.main,
				answer: prompt,
				accepted: [prompt],
				evidence: back.evidence
			});
	}
	const warnings = skipped
		? [`${plural(skipped, 'row')} without a front and a back ${wasWere(skipped)} skipped.`]
		: [];
	const title = [...decks].sort((a, b) => b[1] - a[1])[0]?.[0]?.replace(/::/g, ' › ');
	return { cards, warnings, title };
}

function readMappedRows(rows: string[][], mapping: ColumnMapping, cleaner: Cleaner): ReadCards {
	const cards: ImportedCard[] = [];
	let skipped = 0;
	for (const row of mapping.headerRow ? rows.slice(1) : rows) {
		const cell = (index: number | undefined) => (index === undefined ? '' : cleaner.cell(row[index] ?? ''));
		const rawPrompt = row[mapping.prompt] ?? '';
		const evidence = readEvidence(cell(mapping.source), cell(mapping.excerpt));
		const accepted = splitAccepted(cell(mapping.accepted));
		const extra = {
			evidence,
			kind: asKind(cell(mapping.kind)),
			type: asCardType(cell(mapping.type)),
			contested: /^(yes|true|1|x)$/i.test(cell(mapping.contested))
		};
		if (clozeNumbers(rawPrompt).length > 0) {
			cards.push(...clozeCards(rawPrompt, extra, accepted, cleaner, false));
			continue;
		}
		const prompt = cell(mapping.prompt);
		const answer = cell(mapping.answer);
		if (!prompt || !answer) {
			skipped++;
			continue;
		}
		cards.push({ ...extra, prompt, answer, accepted: accepted.length ? accepted : [answer] });
	}
	const warnings = skipped
		? [`${plural(skipped, 'row')} without a prompt and an answer ${wasWere(skipped)} skipped.`]
		: [];
	return { cards, warnings };
}

/** Sourcedeck's own files, picked here by mistake: they have a place of their own. */
function sourcedeckFile(text: string): 'pack-file' | 'backup-file' | null {
	const head = /^\uFEFF?\s*\{\s*"format"\s*:\s*"sourcedeck-(pack|backup)"/.exec(text);
	return head ? (head[1] === 'pack' ? 'pack-file' : 'backup-file') : null;
}

/** Cards from a text file, or why not (with the columns, when the person has to map them). */
export function readTextCards(
	text: string,
	mapping: ColumnMapping | undefined,
	cleaner: Cleaner
): ReadCards | { error: ImportError; columns?: ReadCards['columns'] } {
	const sourcedeck = sourcedeckFile(text);
	if (sourcedeck) return { error: importError(sourcedeck) };
	const { header, body } = readAnkiHeader(text.replace(/^\uFEFF/, ''));
	if (header && !mapping) return readAnkiRows(body, header, cleaner);
	const separator = header?.separator ?? sniffSeparator(body);
	const rows = parseDelimited(body, separator);
	if (rows.length === 0) return { error: importError('no-cards') };
	const columns = detectColumns(rows, separator);
	const chosen = mapping ?? columns.suggested;
	const width = columns.columns.length;
	// No mapping to offer: one column cannot be both the prompt and the answer.
	if (width < 2) return { error: importError('one-column') };
	if (!chosen || !mappingFits(chosen, width)) return { error: importError('needs-columns'), columns };
	return { ...readMappedRows(rows, chosen, cleaner), columns };
}
