/**
 * Cards of a place: where it is (country, area, map), what it is in this story (its title, both ways) and
 * what happened there, from the events that list it.
 */
import { compareDates } from '../quiz/dates';
import { formatCoordinates, formatPackDate } from '../card-text';
import type { Entity } from '../pack';
import {
	doesOrDo,
	evidenceNaming,
	inSentence,
	isOrAre,
	label,
	nameAnswer,
	names,
	textAnswer,
	whenPhrase,
	type Draft,
	type DraftBuilder
} from './draft';

/** Place types that span several countries: no single country to ask for, but still on the map. */
const MULTI_COUNTRY_PLACES = new Set(['country', 'region', 'river']);
/** "What happened at al-Tanf …", "… on the Euphrates River", "… in Mosul". */
const PREPOSITIONS: Partial<Record<string, string>> = {
	base: 'at',
	'border crossing': 'at',
	other: 'at',
	river: 'on'
};

export const placeDrafts: DraftBuilder = (entity, ctx) => {
	if (!entity.place) return [];
	const { type, country, lat, lon, title, within } = entity.place;
	const drafts: Draft[] = [];
	const location = `${entity.id}:location`;
	const about = `${entity.id}:title`;

	if (!MULTI_COUNTRY_PLACES.has(type))
		drafts.push({
			type: 'place-country',
			prompt: `In which country ${isOrAre(entity)} ${inSentence(entity)}?`,
			...textAnswer(country),
			pair: location
		});
	drafts.push({
		type: 'place-significance',
		prompt: `Why ${doesOrDo(entity)} ${inSentence(entity)} matter in these sources?`,
		...textAnswer(title),
		pair: about
	});
	drafts.push({
		type: 'title-place',
		prompt: `Which ${label([entity])} is this? ${title}`,
		...nameAnswer(entity),
		pair: about
	});

	const area = within ? ctx.byId.get(within) : undefined;
	if (area?.place && !names(title, area))
		drafts.push({
			type: 'place-within',
			prompt: `In which ${label([area])} ${isOrAre(entity)} ${inSentence(entity)}?`,
			...nameAnswer(area),
			pair: location,
			evidence: evidenceNaming(entity, [area])
		});

	const coordinates = formatCoordinates(lat, lon);
	drafts.push({
		type: 'place-map',
		prompt: `Where ${isOrAre(entity)} ${inSentence(entity)}?`,
		...(type === 'country'
			? { answer: coordinates, accepted: [coordinates], giveaways: [] }
			: { answer: `${country} — ${coordinates}`, accepted: [country], giveaways: [country] }),
		pair: location
	});

	// A country or a region saw too much to ask "what happened there" of one event.
	if (!MULTI_COUNTRY_PLACES.has(type)) drafts.push(...eventsHere(entity, ctx.eventsAt(entity.id)));
	return drafts;
};

/** "What happened in al-Hisha in May 2016?": only for an event no other event here could be taken for. */
function eventsHere(place: Entity, events: Entity[]): Draft[] {
	const preposition = PREPOSITIONS[place.place!.type] ?? 'in';
	return (
		events
			// A contested event is only ever asked with its sources credited, on its own cards.
			.filter((event) => !event.contested)
			.filter((event) =>
				events.every(
					(other) => other === event || compareDates(other.event!.date, event.event!.date) !== null
				)
			)
			.map((event) => ({
				type: 'place-event' as const,
				key: event.id,
				prompt: `What happened ${preposition} ${inSentence(place)} ${whenPhrase(event.event!.date, formatPackDate(event.event!.date))}?`,
				...nameAnswer(event),
				evidence: event.evidence,
				context: event.event!.outcome
			}))
	);
}
