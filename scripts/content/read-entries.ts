/** Parses the YAML files of a pack folder and validates their entries one by one. */
import { parse, YAMLParseError } from 'yaml';
import {
	contentPath,
	MANIFEST_FILE,
	validateEntry,
	validateManifest,
	type ContentFile,
	type EntriesByFile,
	type EntrySchemas,
	type ManifestEntry
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

type Parsed = { data?: unknown; error?: string };

function parseYaml(label: string, yamlText: string): Parsed {
	try {
		return { data: parse(yamlText, { prettyErrors: true, uniqueKeys: true }) };
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message : String(error);
		return { error: `${label}: YAML syntax error: ${message.split('\n')[0]}` };
	}
}

export function readEntries<F extends ContentFile>(
	file: F,
	yamlText: string | undefined,
	schemas: EntrySchemas,
	dir = 'content'
): FileEntries<F> {
	const result: FileEntries<F> = { entries: [], raw: [], errors: [] };
	if (yamlText === undefined) return result;
	const { data, error } = parseYaml(contentPath(file, dir), yamlText);
	if (error) {
		result.errors.push(error);
		return result;
	}
	if (data === null || data === undefined) return result;
	if (!Array.isArray(data)) {
		result.errors.push(`${contentPath(file, dir)}: must be a YAML list of entries ("- id: …")`);
		return result;
	}
	data.forEach((raw: unknown, index) => {
		const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
		result.raw.push({ file, index, id: typeof id === 'string' ? id : undefined });
		const { value, errors } = validateEntry(file, index, raw, schemas, dir);
		result.errors.push(...errors);
		if (value) result.entries.push({ index, value });
	});
	return result;
}

/** pack.yaml: the pack's id, title, description and topics; a folder without one is not a pack. */
export function readManifest(yamlText: string | undefined, dir = 'content'): { value?: ManifestEntry; errors: string[] } {
	const label = contentPath(MANIFEST_FILE, dir);
	if (yamlText === undefined)
		return {
			errors: [`${label}: missing: a pack folder needs a pack.yaml with the pack's id, title, description and topics`]
		};
	const { data, error } = parseYaml(label, yamlText);
	return error ? { errors: [error] } : validateManifest(data, dir);
}
