/**
 * Which library packs an assignment is made from, and whether this device has them. A link made before the
 * library names no pack: it was made from the built-in pack, and its ids may be the pack's own (unqualified).
 * Pure.
 */
import { LEGACY_PACK_ID } from '../legacy-ids';
import { KEY_SEPARATOR, qualify } from '../library';
import type { QuizSpec } from '../quiz/types';
import type { AssignmentPack, AssignmentSet } from './assignment-codec';

/** The packs the set draws on: the ones it names, or the built-in pack (any version) for an older link. */
export function assignmentPacks(set: Pick<AssignmentSet, 'packs'>): AssignmentPack[] {
	return set.packs?.length ? set.packs : [{ id: LEGACY_PACK_ID }];
}

/** The quiz to make: the set's spec, drawing on the set's packs, with an older link's ids qualified. */
export function assignmentSpec(set: Pick<AssignmentSet, 'packs' | 'spec'>): QuizSpec {
	const { selection } = set.spec;
	const named = !!set.packs?.length;
	const asLibraryId = (id: string) =>
		named || id.includes(KEY_SEPARATOR) ? id : qualify(LEGACY_PACK_ID, id);
	const next: QuizSpec['selection'] = { ...selection, packs: assignmentPacks(set).map((p) => p.id) };
	if (selection.sources) next.sources = selection.sources.map(asLibraryId);
	if (selection.cardIds) next.cardIds = selection.cardIds.map(asLibraryId);
	return { ...set.spec, selection: next };
}

/** A pack as this device has it. */
export interface InstalledPack {
	id: string;
	version: string;
	title: string;
}

/** A pack the set needs that this device lacks, or has in another version. */
export interface MissingPack {
	id: string;
	title: string | undefined;
	/** This device has the pack, in another version. */
	otherVersion: boolean;
	/** Where the teacher installed it from, when the link says: it can be installed from there. */
	url?: string;
}

/** The set's packs this device lacks (a pack named without a version accepts any version). */
export function missingPacks(
	set: Pick<AssignmentSet, 'packs'>,
	installed: readonly InstalledPack[]
): MissingPack[] {
	const byId = new Map(installed.map((p) => [p.id, p]));
	return assignmentPacks(set).flatMap((need) => {
		const have = byId.get(need.id);
		if (have && (need.version === undefined || need.version === have.version)) return [];
		const missing: MissingPack = {
			id: need.id,
			title: need.title ?? have?.title,
			otherVersion: have !== undefined
		};
		if (need.url) missing.url = need.url;
		return [missing];
	});
}

/** What to tell a student whose library cannot make the teacher's questions, in plain words. */
export function missingPacksMessage(missing: readonly MissingPack[]): string {
	const names = missing.map((p) => (p.title ? `“${p.title}”` : `the pack “${p.id}”`));
	const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
	const stale = missing.filter((p) => p.otherVersion).length;
	const what =
		stale === missing.length
			? `This assignment needs the version of ${list} your teacher used; your library has another version.`
			: `This assignment needs ${list}, which your library does not have.`;
	if (missing.every((p) => p.url))
		return `${what} Your teacher’s link says where to get it: install it here.`;
	return `${what} Ask your teacher for its pack file, then add it below.`;
}

/**
 * The set's packs a student cannot get from the link: neither the built-in pack (every device has it) nor one
 * with an address (the take page installs it from there). The teacher sends their pack files with the link.
 */
export function packsToSend(set: Pick<AssignmentSet, 'packs'>, builtInId: string): AssignmentPack[] {
	return (set.packs ?? []).filter((pack) => pack.id !== builtInId && !pack.url);
}

/**
 * A set made before the library, on another version of the built-in pack than this device has: its questions may
 * differ here (a set that names its packs is only made from the versions it names).
 */
export function builtInVersionDiffers(
	set: Pick<AssignmentSet, 'packs' | 'packVersion'>,
	installed: readonly InstalledPack[]
): boolean {
	if (set.packs?.length || set.packVersion === undefined) return false;
	return installed.find((p) => p.id === LEGACY_PACK_ID)?.version !== set.packVersion;
}
