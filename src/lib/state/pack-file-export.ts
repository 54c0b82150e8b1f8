/** A pack of the library as a pack file to save: the library's Export, and the packs a teacher sends with a set. */
import { readPack } from '$lib/db/library';
import { toPackFile } from '$lib/domain/pack-file';

/** A file to save: its name and text. */
export interface SavedFile {
	fileName: string;
	text: string;
}

/**
 * The pack `id` as a pack file, `<pack-id>-<version>.sourcedeck-pack.json`. With `version`, only that version:
 * a set made from it cannot be taken with another (the library may hold a newer one since).
 */
export async function packFileOf(id: string, version?: string): Promise<SavedFile> {
	const pack = await readPack(id);
	if (!pack) throw new Error(`No pack "${id}" in the library.`);
	if (version !== undefined && pack.version !== version)
		throw new Error(
			`This set was made from version ${version} of “${pack.title}”; the library now has version ${pack.version}.`
		);
	// A version is free text: only its file-name-safe characters go into the name.
	const fileName = `${pack.id}-${pack.version.replace(/[^\w.-]+/g, '-')}.sourcedeck-pack.json`;
	return { fileName, text: JSON.stringify(toPackFile(pack), null, '\t') };
}
