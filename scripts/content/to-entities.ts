/** Valid YAML entries → the pack's entities (the shape the app loads). */
import type { Entity, EntityKind, Evidence } from '../../src/lib/domain/pack';
import type { EntriesByFile, EvidenceEntry } from '../../src/lib/content/schema';

type EntityFile = Exclude<keyof EntriesByFile, 'sources'>;

export const KIND_OF_FILE: Record<EntityFile, EntityKind> = {
	actors: 'actor',
	places: 'place',
	events: 'event',
	figures: 'figure',
	claims: 'claim'
};

/** `sourceFiles` maps source ids to their file names (from sources.yaml). */
export function toEntity<F extends EntityFile>(
	file: F,
	entry: EntriesByFile[F][number],
	sourceFiles: ReadonlyMap<string, string>
): Entity {
	const evidence = (e: EvidenceEntry): Evidence => ({
		source: e.source,
		file: sourceFiles.get(e.source) ?? '',
		excerpt: e.excerpt
	});
	const common: Entity = {
		id: entry.id,
		kind: KIND_OF_FILE[file],
		name: entry.name,
		aliases: entry.aliases,
		contested: entry.contested,
		evidence: entry.evidence.map(evidence),
		topic: entry.topic,
		importance: entry.importance,
		...(entry.cloze.length > 0 ? { cloze: entry.cloze } : {}),
		...('definite' in entry && entry.definite ? { definite: true } : {}),
		...('plural' in entry && entry.plural ? { plural: true } : {})
	};
	/** Optional lists are left out of the pack when empty. */
	const list = <K extends string>(key: K, ids: string[]) => (ids.length ? ({ [key]: ids } as Record<K, string[]>) : {});
	if ('role' in entry) {
		const { type, title, affiliation, leads, backedBy, role, quotes } = entry;
		const quoteEvidence = quotes.map((q) => ({
			...evidence({ source: q.source, excerpt: q.text }),
			...(q.context ? { context: q.context } : {})
		}));
		return {
			...common,
			actor: {
				type,
				title,
				...(affiliation ? { affiliation } : {}),
				...list('leads', leads),
				...list('backedBy', backedBy),
				role,
				...(quotes.length ? { quotes: quoteEvidence } : {})
			}
		};
	}
	if ('significance' in entry) {
		const { type, country, lat, lon, title, within, significance } = entry;
		return { ...common, place: { type, country, lat, lon, title, ...(within ? { within } : {}), significance } };
	}
	if ('outcome' in entry) {
		const { date, places, actors, against, outcome } = entry;
		return { ...common, event: { date, places, actors, ...list('against', against), outcome } };
	}
	if ('counts' in entry) {
		const { value, counts, givenBy, subject, question } = entry;
		return {
			...common,
			figure: { value, counts, givenBy, ...(subject ? { subject } : {}), ...(question ? { question } : {}) }
		};
	}
	const { claimant, statement, speaker } = entry;
	return { ...common, contested: true, claim: { claimant, statement, ...(speaker ? { speaker } : {}) } };
}
