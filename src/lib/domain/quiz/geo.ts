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
