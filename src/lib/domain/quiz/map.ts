/** "Tap where X is" and "which place is marked?" for places with coordinates. */
import type { Builder } from './context';
import { hasCoordinates } from './eligibility';
import { basics } from './explain';
import { haversineKm, thresholdKmFor } from './geo';
import { OPTION_COUNT } from './multiple-choice';
import type { ChoiceQuestion, MapQuestion } from './types';
import { wrongAnswers } from './wrong';

/** Wrong places must lie this far from the marker, or the marker could be read as them (Al Qaim/Husaybah). */
export const MIN_SEPARATION_KM = 50;

export const buildMap: Builder = (ctx, pc, id): MapQuestion | null => {
	const place = pc.entity?.place;
	if (!place || !hasCoordinates(pc.entity)) return null;
	return {
		id,
		mode: 'map',
		prompt: `Tap where ${pc.entity!.name} is.`,
		placeName: pc.entity!.name,
		placeType: place.type,
		country: place.country,
		target: { lat: place.lat, lon: place.lon },
		thresholdKm: thresholdKmFor(place.type),
		...basics(ctx.pool, pc, pc.entity!.name)
	};
};

export const buildMapIdentify: Builder = (ctx, pc, id): ChoiceQuestion | null => {
	const entity = pc.entity;
	if (!entity?.place || !hasCoordinates(entity)) return null;
	const marker = { lat: entity.place.lat, lon: entity.place.lon };
	const farEnough = (e: typeof entity) =>
		hasCoordinates(e) && haversineKm(marker, { lat: e.place!.lat, lon: e.place!.lon }) >= MIN_SEPARATION_KM;
	const slot = { kind: 'entity' as const, entity, exclude: new Set([entity.id]) };
	const wrong = wrongAnswers(ctx.pool, ctx.rng, slot, pc.card, OPTION_COUNT - 1, { accept: farEnough });
	if (wrong.length < OPTION_COUNT - 1) return null;
	const options = ctx.rng.shuffle([entity.name, ...wrong]);
	return {
		id,
		mode: 'map-identify',
		prompt: 'Which place is marked on the map?',
		options,
		correctIndex: options.indexOf(entity.name),
		marker,
		...basics(ctx.pool, pc, entity.name)
	};
};
