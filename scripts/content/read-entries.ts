/** Parses one knowledge-base YAML file and validates its entries one by one. */
import { parse, YAMLParseError } from 'yaml';
import {
	contentPath,
	validateEntry,
	type ContentFile,
	type EntriesByFile
} from '../../src/lib/content/schema';

/** An entry's id as written, even when the entry is invalid: keeps one bad field from cascading. */
export interface RawEntry {
	file: ContentFile;
	index: number;
	id?: string;
}

export interface FileEntries<F extends ContentFile> {
	/** Valid entries, with their position in the file. */
	entries: { index: number; value: EntriesByFile[F][number] }[];
	raw: RawEntry[];
	errors: string[];
}

export function readEntries<F extends ContentFile>(file: F, yamlText: string | undefined): FileEntries<F> {
	const result: FileEntries<F> = { entries: [], raw: [], errors: [] };
	if (yamlText === undefined) return result;
	let data: unknown;
	try {
		data = parse(yamlText, { prettyErrors: true, uniqueKeys: true });
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message : String(error);
		result.errors.push(`${contentPath(file)}: YAML syntax error: ${message.split('\n')[0]}`);
		return result;
	}
	if (data === null || data === undefined) return result;
	if (!Array.isArray(data)) {
		result.errors.push(`${contentPath(file)}: must be a YAML list of entries ("- id: …")`);
		return result;
	}
	data.forEach((raw: unknown, index) => {
		const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
		result.raw.push({ file, index, id: typeof id === 'string' ? id : undefined });
		const { value, errors } = validateEntry(file, index, raw);
		result.errors.push(...errors);
		if (value) result.entries.push({ index, value });
	});
	return result;
}
