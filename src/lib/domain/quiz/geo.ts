/** Distances on the globe and map-tap scoring. */
import type { LatLon } from './types';

/** Mean Earth radius (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm(a: LatLon, b: LatLon): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const DEFAULT_THRESHOLD_KM = 75;

/** How close a tap must be: a province's or country's point stands for a wide area. */
export function thresholdKmFor(placeType: string): number {
	if (placeType === 'country') return 400;
	if (placeType === 'province' || placeType === 'region' || placeType === 'river') return 150;
	return DEFAULT_THRESHOLD_KM;
}

export interface MapScore {
	correct: boolean;
	distanceKm: number;
	/** 1 within the threshold, falling linearly to 0 at three times it: a near miss still earns something. */
	score: number;
}

export function scoreMapAnswer(tap: LatLon, truth: LatLon, thresholdKm = DEFAULT_THRESHOLD_KM): MapScore {
	const distanceKm = haversineKm(tap, truth);
	const correct = distanceKm <= thresholdKm;
	const score = correct ? 1 : Math.max(0, 1 - (distanceKm - thresholdKm) / (2 * thresholdKm));
	return { correct, distanceKm, score };
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** Which way `to` lies from `from`, on an eight-point compass (the initial great-circle bearing). */
export function compassDirection(from: LatLon, to: LatLon): string {
	const rad = Math.PI / 180;
	const dLon = (to.lon - from.lon) * rad;
	const y = Math.sin(dLon) * Math.cos(to.lat * rad);
	const x =
		Math.cos(from.lat * rad) * Math.sin(to.lat * rad) -
		Math.sin(from.lat * rad) * Math.cos(to.lat * rad) * Math.cos(dLon);
	const bearing = (Math.atan2(y, x) / rad + 360) % 360;
	return COMPASS[Math.round(bearing / 45) % 8]!;
}

export interface NamedPoint {
	name: string;
	at: LatLon;
	/** A name printed on the map (a country, a sea) rather than a place: told as where the map names it. */
	mapName?: boolean;
}

/** Closer than this, a point is said to be at the place rather than so far in a direction from it. */
const AT_PLACE_KM = 5;

/**
 * Where a point is, in words a screen reader can say and a learner can find their way by: "60 km south-east of
 * Mosul", "300 km north of where the map names France", from the nearest of the places given; null with none.
 */
export function nearestPlaceText(point: LatLon, places: readonly NamedPoint[]): string | null {
	let nearest: { place: NamedPoint; km: number } | null = null;
	for (const place of places) {
		const km = haversineKm(place.at, point);
		if (!nearest || km < nearest.km) nearest = { place, km };
	}
	if (!nearest) return null;
	const { place, km } = nearest;
	if (km < AT_PLACE_KM) return place.mapName ? `on the map’s name “${place.name}”` : `at ${place.name}`;
	const from = place.mapName ? `where the map names ${place.name}` : place.name;
	return `${Math.round(km).toLocaleString('en')} km ${compassDirection(place.at, point)} of ${from}`;
}
