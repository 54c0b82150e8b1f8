/** The verbatim check of every excerpt and quote against its source document. */
import { entryLabel, type ContentFile } from '../../src/lib/content/schema';
import { describeMismatch, findVerbatim } from './verbatim';

/** One excerpt or quote to check, with where it was written. */
export interface Excerpt {
	file: ContentFile;
	index: number;
	id: string;
	field: string;
	source: string;
	text: string;
}

/**
 * `seeds` maps source file names to their text, `sourceFiles` source ids to file names (sources.yaml). Unknown
 * source ids are reported by the reference check, so they are skipped here; a known source whose file is absent
 * is one error, not one per excerpt.
 */
export function excerptErrors(
	excerpts: Excerpt[],
	seeds: Record<string, string>,
	sourceFiles: ReadonlyMap<string, string>,
	dir = 'content'
): string[] {
	const errors: string[] = [];
	const missingSeeds = new Set<string>();
	for (const excerpt of excerpts) {
		const seedFile = sourceFiles.get(excerpt.source);
		if (!seedFile) continue;
		const text = seeds[seedFile];
		if (text === undefined) {
			missingSeeds.add(seedFile);
			continue;
		}
		const result = findVerbatim(excerpt.text, text);
		if (!result.found)
			errors.push(
				`${entryLabel(excerpt.file, excerpt.index, excerpt, dir)} → ${excerpt.field}: not verbatim in ${seedFile} (${excerpt.source}): ${describeMismatch(excerpt.text, result)}`
			);
	}
	for (const seedFile of missingSeeds)
		errors.push(`source document ${seedFile} not found: excerpts from it cannot be checked`);
	return errors;
}
