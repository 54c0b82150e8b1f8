/** What `npm run content` prints after compiling: counts of sources, entries and cards, and answer lengths. */
import { MAX_ANSWER_WORDS, SHORT_ANSWER_WORDS, type AnswerLengths } from '../../src/lib/domain/card-rules';
import type { CompileCounts } from './compile';

/** A table of answer lengths in words: one row per card type, then all cards. */
export function formatAnswerLengths(answers: CompileCounts['answers']): string[] {
	const rows: [string, AnswerLengths][] = [...answers.byType, ['all cards', answers.all]];
	const width = Math.max(...rows.map(([name]) => name.length));
	const percent = (n: number, of: number) => `${of ? Math.round((100 * n) / of) : 0}%`.padStart(4);
	return [
		`Answer length in words, per card type (≤ ${SHORT_ANSWER_WORDS}: share of short answers; > ${MAX_ANSWER_WORDS}: too long):`,
		`  ${'type'.padEnd(width)}  cards  median  max  ≤ ${SHORT_ANSWER_WORDS}  > ${MAX_ANSWER_WORDS}`,
		...rows.map(
			([name, l]) =>
				`  ${name.padEnd(width)}  ${String(l.cards).padStart(5)}  ${String(l.median).padStart(6)}  ${String(l.max).padStart(3)}  ${percent(l.short, l.cards)}  ${String(l.tooLong).padStart(4)}`
		)
	];
}

export function formatReport(counts: CompileCounts, verbose: boolean): string[] {
	const list = (record: Partial<Record<string, number>>) =>
		Object.entries(record)
			.map(([key, n]) => `${key} ${n}`)
			.join(', ');
	const totalCards = Object.values(counts.cards).reduce((a, b) => a + (b ?? 0), 0);
	const totalDropped = Object.values(counts.dropped).reduce((a, b) => a + b, 0);
	return [
		`Sources: ${counts.sources}`,
		`Entries: ${list(counts.entries)}`,
		`Cards (${totalCards}): ${list(counts.cards) || 'none'}`,
		`Dropped cards (${totalDropped}): ${list(counts.dropped)}${verbose || !totalDropped ? '' : ' (--verbose lists them)'}`,
		...formatAnswerLengths(counts.answers)
	];
}
