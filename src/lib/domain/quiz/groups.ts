/**
 * Plausibility groups: a wrong option must be the same sort of thing as the answer (a militia against armed
 * groups, a person against people, a Syrian city against Syrian towns and cities). Each entity is filed under
 * bucket keys; a question draws distractors from its tiers, nearest first, and never crosses a group.
 */
import type { Entity } from '../pack';

export function actorGroup(type: string): string {
	if (type === 'person') return 'person';
	if (type === 'armed group' || type === 'militia') return 'armed';
	if (['army', 'government', 'agency', 'coalition'].includes(type)) return 'state';
	return type === 'media' ? 'media' : 'other';
}

export function placeGroup(type: string): string {
	if (['city', 'town', 'village'].includes(type)) return 'settlement';
	if (type === 'province' || type === 'region') return 'area';
	if (type === 'border crossing' || type === 'base') return 'site';
	return ['river', 'country'].includes(type) ? type : 'other';
}

/** Buckets an entity belongs to, from the most to the least specific. */
export function entityTiers(e: Entity): string[] {
	if (e.actor) return [`actor:type:${e.actor.type}`, `actor:group:${actorGroup(e.actor.type)}`];
	if (e.place) {
		const { country, type } = e.place;
		const group = placeGroup(type);
		// Same country first: a Syrian town is a likelier confusion for a Syrian city than an Iraqi city is.
		return [
			`place:${country}:${type}`,
			`place:${country}:group:${group}`,
			`place:type:${type}`,
			`place:group:${group}`
		];
	}
	if (e.event) return [`event:topic:${e.topic}`, 'event:all'];
	return [`kind:${e.kind}`];
}
