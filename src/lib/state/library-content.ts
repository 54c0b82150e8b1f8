/**
 * The content of several packs as one, for the screens that work across the library (quiz, missed, progress,
 * sources, assign). Read from IndexedDB when a screen first asks, kept until the library changes. Ids are
 * qualified by pack (`pack/id`), so a card, entity or source names its pack.
 */
import type { PackRecord } from '$lib/db/records';
import { LEGACY_PACK_ID } from '$lib/domain/legacy-ids';
import { packOf } from '$lib/domain/library';
import { withinPacks } from '$lib/domain/quiz/within-packs';
import type { Card, Entity, Pack, Source } from '$lib/domain/pack';
import type { QuizSpec } from '$lib/domain/quiz';
import type { InstalledPack } from '$lib/domain/share/assignment-packs';
import { ensureBuiltInPack } from './library-installer';
import type { InstallResult } from './pack-install';

export interface LibraryContent {
	/** The packs read, in the order they were installed. */
	packs: PackRecord[];
	/** Their sources, entities and live cards as one pack (the quiz engine's input). */
	pack: Pack;
	card(id: string): Card | undefined;
	entity(id: string): Entity | undefined;
	source(id: string): Source | undefined;
	/** The pack a card, entity or source belongs to. */
	packOf(id: string): PackRecord | undefined;
	/** Cards whose evidence draws on the source, in teaching order. */
	cardsBySource(sourceId: string): Card[];
	/** Entities with an excerpt or a quote from the source. */
	entitiesBySource(sourceId: string): Entity[];
}

const cached = new Map<string, Promise<LibraryContent>>();

/**
 * The packs named (by default every pack that is on), read once. The app's own pack is installed first on a
 * device that has not had it yet.
 */
export async function loadLibraryContent(packIds?: readonly string[]): Promise<LibraryContent> {
	await ensureBuiltInPack();
	const { enabledPackIds } = await import('$lib/db/library');
	const ids = packIds ? [...packIds] : await enabledPackIds();
	const key = [...ids].sort().join('\n');
	let content = cached.get(key);
	if (!content) {
		content = read(ids).catch((error) => {
			cached.delete(key);
			throw error;
		});
		cached.set(key, content);
	}
	return content;
}

/** The library changed (a pack installed, removed, turned off or on): read it again when next asked. */
export function forgetLibraryContent(): void {
	cached.clear();
}

async function read(ids: readonly string[]): Promise<LibraryContent> {
	const { readPacks } = await import('$lib/db/library-read');
	const { packs, pack } = await readPacks(ids);
	return contentOf(packs, pack);
}

/** Lookups over packs already read. */
export function contentOf(packs: PackRecord[], pack: Pack): LibraryContent {
	const cards = new Map(pack.cards.map((c) => [c.id, c]));
	const entities = new Map(pack.entities.map((e) => [e.id, e]));
	const sources = new Map(pack.sources.map((s) => [s.id, s]));
	const byId = new Map(packs.map((p) => [p.id, p]));
	return {
		packs,
		pack,
		card: (id) => cards.get(id),
		entity: (id) => entities.get(id),
		source: (id) => sources.get(id),
		packOf: (id) => byId.get(packOf(id)),
		cardsBySource: (sourceId) => pack.cards.filter((c) => c.sources.includes(sourceId)),
		entitiesBySource: (sourceId) =>
			pack.entities.filter(
				(e) =>
					e.evidence.some((x) => x.source === sourceId) || e.actor?.quotes?.some((q) => q.source === sourceId)
			)
	};
}

/*
 * The content a quiz is made from: the packs its selection names, merged in pack-id order (domain/library.ts
 * `withinPacks`), so a seed and a selection make the same quiz on every device with the same versions. A quiz
 * that names no pack was made before the library: from the built-in pack.
 */

/** The packs a quiz draws on. */
export const quizPackIds = (spec: Pick<QuizSpec, 'selection'>): string[] =>
	spec.selection.packs?.length ? [...spec.selection.packs] : [LEGACY_PACK_ID];

/** The quiz engine's input for this spec. Packs it names that are not installed are simply absent. */
export async function quizPackFor(spec: Pick<QuizSpec, 'selection'>): Promise<Pack> {
	const ids = quizPackIds(spec);
	const content = await loadLibraryContent(ids);
	return withinPacks(content.pack, ids);
}

/** What the assignment screens need of the library: which packs it has, and a quiz's pack. */
export interface QuizLibrary {
	/** The packs installed on this device (on or off: an assignment may draw on a pack not studied). */
	installed(): Promise<InstalledPack[]>;
	/** The quiz engine's input for a spec. */
	packFor(spec: Pick<QuizSpec, 'selection'>): Promise<Pack>;
	/** Installs the pack file at an https address (a teacher's link names it); a refusal says why. */
	install?(url: string): Promise<{ ok: true } | { ok: false; message: string }>;
	/**
	 * Installs a pack file's bytes (one a teacher sent with the link); a refusal says why. `accept` sees the pack
	 * the file holds before anything is written, and returns why it is refused, or null.
	 */
	installFile?(
		bytes: Uint8Array,
		accept?: (pack: Pack) => string | null
	): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** This device's library. */
export const deviceLibrary: QuizLibrary = {
	async installed() {
		await ensureBuiltInPack();
		const { listPacks } = await import('$lib/db/library');
		return (await listPacks()).map(({ id, version, title }: PackRecord) => ({ id, version, title }));
	},
	packFor: quizPackFor,
	async install(url) {
		const { installPackFromUrl } = await import('./pack-install');
		return afterInstall(await installPackFromUrl(url, { origin: 'link' }));
	},
	async installFile(bytes, accept) {
		const { installPackFile } = await import('./pack-install');
		return afterInstall(await installPackFile(bytes, { origin: 'file', accept }));
	}
};

/** Every screen reads the library again, the new pack in it; a refusal says why in a person's words. */
async function afterInstall(result: InstallResult): Promise<{ ok: true } | { ok: false; message: string }> {
	(await import('./library-cache.svelte')).libraryCache.forget();
	return result.ok ? { ok: true } : { ok: false, message: result.problem.message };
}
