/**
 * Data written before the library of packs (schema v1–v2, backup v1) knew one pack and used its ids as they
 * were. Since schema v3 every stored id is qualified with its pack's id: these move such data under that pack.
 * Used by the schema upgrade and by the import of an old backup, so both move data the same way. Pure.
 */
import { qualify } from './library';

/** The id of the one pack that versions 1 and 2 knew. */
export const LEGACY_PACK_ID = 'isis-campaign-2016-2017';

/** An id of the legacy pack, as the library keeps it. */
export const legacyKey = (id: string): string => qualify(LEGACY_PACK_ID, id);

/** A quiz spec's card and source choices, qualified, and its pack named (a spec of another shape is kept). */
export function legacySpec(spec: unknown): unknown {
	const selection = (spec as { selection?: unknown } | null)?.selection;
	if (!selection || typeof selection !== 'object' || Array.isArray(selection)) return spec;
	const next: Record<string, unknown> = { ...selection };
	for (const field of ['cardIds', 'sources'] as const) {
		const ids = next[field];
		if (Array.isArray(ids)) next[field] = ids.map((id) => (typeof id === 'string' ? legacyKey(id) : id));
	}
	next.packs = [LEGACY_PACK_ID];
	return { ...(spec as object), selection: next };
}

/** A stored quiz answer: timeline orders and matching pairs name entities by id. */
export function legacyAnswer(answer: unknown): unknown {
	const a = answer as { kind?: string; ids?: unknown; pairs?: unknown } | null;
	if (a?.kind === 'order' && Array.isArray(a.ids))
		return { ...a, ids: a.ids.map((id) => (typeof id === 'string' ? legacyKey(id) : id)) };
	if (a?.kind === 'pairs' && a.pairs && typeof a.pairs === 'object')
		return {
			...a,
			pairs: Object.fromEntries(Object.entries(a.pairs).map(([id, label]) => [legacyKey(id), label]))
		};
	return answer;
}

/** An assignment's set: its quiz spec qualified, its pack named. */
export function legacySet(set: unknown): unknown {
	if (!set || typeof set !== 'object' || Array.isArray(set)) return set;
	const value = set as { spec?: unknown };
	return { ...value, spec: legacySpec(value.spec), packs: [{ id: LEGACY_PACK_ID }] };
}

/** The study session's saved choices: a source filter names a source of the legacy pack. */
export function legacySessionPrefs(value: unknown): unknown {
	const filter = (value as { filter?: { by?: unknown; source?: unknown } } | null)?.filter;
	if (filter?.by !== 'source' || typeof filter.source !== 'string') return value;
	return { ...(value as object), filter: { ...filter, source: legacyKey(filter.source) } };
}

/** The settings key of the study session's saved choices. */
export const SESSION_PREFS_KEY = 'studySession';
