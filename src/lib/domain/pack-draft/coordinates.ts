/**
 * Coordinates a person types for a place: "36.34", "-43.1", "36.34° N", "43,13 E" (a decimal comma too), or both
 * at once in the latitude field ("36.34, 43.13"). Bad input gets a plain message; nothing is guessed.
 */
import type { PlacePoint } from './types';

type Axis = 'latitude' | 'longitude';

const LIMITS: Record<Axis, number> = { latitude: 90, longitude: 180 };
const HEMISPHERES: Record<Axis, string> = { latitude: 'NS', longitude: 'EW' };
const EXAMPLES: Record<Axis, string> = { latitude: '36.34 or 36.34 N', longitude: '43.13 or 43.13 E' };

const WRONG_HEMISPHERE: Record<Axis, string> = {
	latitude: 'Latitude is north or south of the equator: N or S, not E or W.',
	longitude: 'Longitude is east or west of Greenwich: E or W, not N or S.'
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** One coordinate in degrees, from what was typed. */
export function parseDegrees(typed: string, axis: Axis): Parsed<number> {
	const text = typed.trim().toUpperCase().replace(/\s+/g, ' ');
	const name = axis.charAt(0).toUpperCase() + axis.slice(1);
	if (!text) return { ok: false, problem: `${name}: type a number of degrees, such as ${EXAMPLES[axis]}.` };
	const match = /^([+-]?)\s?(\d{1,3}(?:[.,]\d+)?)\s?°?\s?([NSEW]?)$/.exec(text);
	if (!match)
		return {
			ok: false,
			problem: `${name}: “${typed.trim()}” is not a number of degrees (try ${EXAMPLES[axis]}).`
		};
	const [, sign, digits, hemisphere] = match;
	if (hemisphere && !HEMISPHERES[axis].includes(hemisphere))
		return { ok: false, problem: WRONG_HEMISPHERE[axis] };
	if (sign && hemisphere)
		return {
			ok: false,
			problem: `${name}: use a minus sign or ${HEMISPHERES[axis].split('').join('/')}, not both.`
		};
	const value =
		Number(digits!.replace(',', '.')) * (sign === '-' || hemisphere === 'S' || hemisphere === 'W' ? -1 : 1);
	const limit = LIMITS[axis];
	if (Math.abs(value) > limit)
		return { ok: false, problem: `${name} must be between -${limit} and ${limit} (it is ${value}).` };
	return { ok: true, value };
}

/** A point from the two fields; the latitude field may hold both ("36.34, 43.13") when the other is empty. */
export function parsePoint(latitude: string, longitude: string): Parsed<PlacePoint> {
	let [latText, lonText] = [latitude, longitude];
	// "36.34, 43.13" or "36.34; 43.13" (a comma with no space after it is a decimal comma: "36,34").
	const pair = latitude.split(/\s*;\s*|,\s+/);
	if (!longitude.trim() && pair.length === 2) [latText, lonText] = [pair[0]!, pair[1]!];
	const lat = parseDegrees(latText, 'latitude');
	if (!lat.ok) return lat;
	const lon = parseDegrees(lonText, 'longitude');
	if (!lon.ok) return lon;
	// Rounded to about 10 m: more would claim a precision no typed or tapped point has.
	const round = (n: number) => Math.round(n * 1e4) / 1e4;
	return { ok: true, value: { lat: round(lat.value), lon: round(lon.value) } };
}
