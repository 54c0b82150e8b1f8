/** Every card an entity yields, one plug-in per kind of fact; contested entities credit their sources. */
import { attributed, dedupe, sourceCredit, startsAttributed } from '../card-text';
import type { Entity, Source } from '../pack';
import { actorDrafts } from './actor';
import { claimDrafts } from './claim';
import { clozeDrafts } from './cloze';
import type { Draft, DraftBuilder, DraftContext } from './draft';
import { eventDrafts } from './event';
import { figureDrafts } from './figure';
import { placeDrafts } from './place';

export type { Draft, DraftContext } from './draft';
export { descriptionOf } from './draft';

const BUILDERS: DraftBuilder[] = [
	actorDrafts,
	placeDrafts,
	eventDrafts,
	figureDrafts,
	claimDrafts,
	clozeDrafts
];

/** The indexes the plug-ins need, built once per pack. */
export function draftContext(entities: readonly Entity[], sources: readonly Source[]): DraftContext {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const leaders = new Map<string, Entity[]>();
	const events = new Map<string, Entity[]>();
	const add = (map: Map<string, Entity[]>, key: string, entity: Entity) =>
		map.set(key, [...(map.get(key) ?? []), entity]);
	for (const entity of entities) {
		for (const id of entity.actor?.leads ?? []) add(leaders, id, entity);
		for (const id of new Set(entity.event?.places ?? [])) add(events, id, entity);
	}
	return {
		byId,
		sources: new Map(sources.map((s) => [s.id, s])),
		leadersOf: (id) => leaders.get(id) ?? [],
		eventsAt: (id) => events.get(id) ?? []
	};
}

/** The sources of a contested, non-claim entity, credited in its prompts. */
function creditedSources(entity: Entity, sources: ReadonlyMap<string, Source>): string {
	const credits = entity.evidence.map((e) => {
		const source = sources.get(e.source);
		return source ? sourceCredit(source) : 'its sources';
	});
	return dedupe(credits).join(' and ');
}

export function draftsFor(entity: Entity, ctx: DraftContext): Draft[] {
	const drafts = BUILDERS.flatMap((build) => build(entity, ctx));
	// A contested fact is never stated as fact: non-claim prompts credit the sources that make it.
	if (entity.contested && !entity.claim)
		for (const draft of drafts)
			if (!startsAttributed(draft.prompt))
				draft.prompt = attributed(draft.prompt, creditedSources(entity, ctx.sources));
	return drafts;
}
