/** What `npm run content` prints after compiling: counts of sources, entries, cards and dropped cards. */
import type { CompileCounts } from './compile';

export function formatReport(counts: CompileCounts, verbose: boolean): string[] {
	const list = (record: Partial<Record<string, number>>) =>
		Object.entries(record)
			.map(([key, n]) => `${key} ${n}`)
			.join(', ');
	const totalCards = Object.values(counts.cards).reduce((a, b) => a + (b ?? 0), 0);
	const totalDropped = counts.dropped['answer in prompt'] + counts.dropped['duplicate prompt'];
	return [
		`Sources: ${counts.sources}`,
		`Entries: ${list(counts.entries)}`,
		`Cards (${totalCards}): ${list(counts.cards) || 'none'}`,
		`Dropped cards (${totalDropped}): ${list(counts.dropped)}${verbose || !totalDropped ? '' : ' (--verbose lists them)'}`
	];
}
