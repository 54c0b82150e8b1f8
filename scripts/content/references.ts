/** Id checks across files: every id unique across ALL files, every reference pointing at an entry of the right kind. */
import { entryLabel, contentPath, type ContentFile } from '../../src/lib/content/schema';
import type { RawEntry } from './read-entries';

/** "content/places.yaml: entry 3 (mosul) → id: duplicate of content/events.yaml entry 5" */
export function duplicateIdErrors(raw: RawEntry[], dir = 'content'): string[] {
	const first = new Map<string, RawEntry>();
	const errors: string[] = [];
	for (const entry of raw) {
		if (!entry.id) continue;
		const earlier = first.get(entry.id);
		if (earlier)
			errors.push(
				`${entryLabel(entry.file, entry.index, entry, dir)} → id: duplicate of ${contentPath(earlier.file, dir)} entry ${earlier.index + 1}`
			);
		else first.set(entry.id, entry);
	}
	return errors;
}

/** What a reference field may point at: the files whose ids it accepts. */
export interface Reference {
	file: ContentFile;
	index: number;
	id: string;
	field: string;
	target: string;
	expects: readonly ContentFile[];
}

const describeFiles = (files: readonly ContentFile[]) =>
	files.length > 2 ? 'entry id' : files.map((f) => `${f.replace(/s$/, '')} id`).join(' or ');

const withArticle = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

export function danglingReferenceErrors(raw: RawEntry[], references: Reference[], dir = 'content'): string[] {
	const fileOf = new Map<string, ContentFile>();
	for (const entry of raw) if (entry.id && !fileOf.has(entry.id)) fileOf.set(entry.id, entry.file);
	const errors: string[] = [];
	for (const ref of references) {
		const label = entryLabel(ref.file, ref.index, { id: ref.id }, dir);
		const found = fileOf.get(ref.target);
		if (!found) errors.push(`${label} → ${ref.field}: unknown ${describeFiles(ref.expects)} "${ref.target}"`);
		else if (!ref.expects.includes(found))
			errors.push(
				`${label} → ${ref.field}: "${ref.target}" is in ${contentPath(found, dir)}, expected ${withArticle(describeFiles(ref.expects))}`
			);
	}
	return errors;
}
