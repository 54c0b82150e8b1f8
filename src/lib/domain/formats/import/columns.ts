/**
 * Which column of a spreadsheet's CSV holds what. A header row is recognised by its names (Prompt, Question,
 * Term, Front …); a file of two columns without one is a term/definition list (Quizlet). Otherwise the person
 * maps the columns: the import returns them with samples and a suggestion, and takes the mapping back.
 */
import type { ColumnMapping, ColumnRole, DetectedColumns } from './types';

/** Header names per role, folded (lower case, letters only). */
const NAMES: Record<ColumnRole, string[]> = {
	prompt: ['prompt', 'question', 'questions', 'term', 'terms', 'front', 'word', 'text', 'cue', 'q'],
	answer: [
		'answer',
		'answers',
		'definition',
		'definitions',
		'back',
		'meaning',
		'response',
		'correctanswer',
		'a'
	],
	accepted: [
		'acceptedanswers',
		'accepted',
		'alternatives',
		'alsoaccepted',
		'otheranswers',
		'spellings',
		'aliases'
	],
	source: [
		'source',
		'sources',
		'reference',
		'references',
		'citation',
		'origin',
		'sourcetitle',
		'wherefrom',
		'document',
		'article'
	],
	excerpt: ['excerpt', 'excerpts', 'quote', 'quotation', 'evidence', 'passage'],
	kind: ['kind', 'category'],
	type: ['type', 'cardtype'],
	contested: ['contested', 'disputed']
};

const fold = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
const ROLES = Object.keys(NAMES) as ColumnRole[];

/** The role a header cell names, if any. */
export function roleOfHeader(cell: string): ColumnRole | undefined {
	const name = fold(cell);
	return ROLES.find((role) => NAMES[role].includes(name));
}

const SAMPLES = 3;

/** The columns of the rows, with a suggested mapping when the header or the shape makes it clear. */
export function detectColumns(rows: readonly string[][], separator: string): DetectedColumns {
	const width = Math.max(0, ...rows.slice(0, 50).map((r) => r.length));
	const first = rows[0] ?? [];
	const roles = first.map(roleOfHeader);
	const named = roles.filter(Boolean).length;
	const headerRow = named > 0 && named >= Math.min(2, first.filter((c) => c.trim()).length);
	const columns = Array.from({ length: width }, (_, index) => ({
		index,
		name: headerRow && first[index]?.trim() ? first[index]!.trim() : `Column ${index + 1}`,
		samples: rows
			.slice(headerRow ? 1 : 0, (headerRow ? 1 : 0) + SAMPLES)
			.map((r) => (r[index] ?? '').replace(/\s+/g, ' ').trim().slice(0, 80))
	}));
	let suggested: ColumnMapping | null = null;
	if (headerRow) {
		const mapping: Partial<ColumnMapping> = { headerRow: true };
		roles.forEach((role, index) => {
			if (role && mapping[role] === undefined) mapping[role] = index;
		});
		if (mapping.prompt !== undefined && mapping.answer !== undefined) suggested = mapping as ColumnMapping;
	} else if (width === 2) suggested = { prompt: 0, answer: 1, headerRow: false };
	return { columns, suggested, separator };
}

/** Whether a mapping names two different, existing columns for prompt and answer, and only existing ones. */
export function mappingFits(mapping: ColumnMapping, width: number): boolean {
	const used = ROLES.map((role) => mapping[role]).filter((index): index is number => index !== undefined);
	return (
		mapping.prompt !== mapping.answer &&
		used.every((index) => Number.isInteger(index) && index >= 0 && index < width)
	);
}
