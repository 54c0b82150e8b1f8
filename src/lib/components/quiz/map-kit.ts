/**
 * The quiz map, loaded on first use (borders, rivers and the projection are a separate chunk: only quizzes
 * with map questions fetch it, and the service worker keeps it for offline use).
 */
import type { GeoProjection } from 'd3-geo';
import type { MapViewSpec } from '$lib/content/map/projection';
import type { MapData } from '$lib/content/map/types';
import mapDataUrl from '$lib/content/map/map-data.json?url';
import { answerKey } from '$lib/domain/answer';
import type { Entity, Pack } from '$lib/domain/pack';
import { nearestPlaceText, type LatLon, type NamedPoint } from '$lib/domain/quiz';

export interface MapKit {
	data: MapData;
	projection: GeoProjection;
	viewFor(points: readonly LatLon[]): MapViewSpec;
}

let loading: Promise<MapKit> | undefined;

export function loadMapKit(): Promise<MapKit> {
	loading ??= Promise.all([fetchMapData(), import('$lib/content/map/projection')]).then(
		([data, projection]) => ({
			data,
			projection: projection.createMapProjection(),
			viewFor: projection.viewFor
		})
	);
	// A failed load (a flaky network before the app was cached) is tried again next time.
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * The borders and rivers, fetched as a JSON asset rather than imported as code: data parses faster as JSON, and
 * as an asset the bundler cannot fold it into a chunk that pages without a map load up front.
 */
async function fetchMapData(): Promise<MapData> {
	const response = await fetch(mapDataUrl);
	if (!response.ok) throw new Error(`The map could not be loaded (${response.status}).`);
	return (await response.json()) as MapData;
}

/** Keys of every name a place goes by; a map label matching one would give the answer away. */
export function namesOf(name: string, entity: Entity | undefined): string[] {
	const names = [name, ...(entity?.aliases ?? [])];
	if (entity?.place?.type === 'country') names.push(entity.place.country);
	return names.map(answerKey).filter(Boolean);
}

/** Whether a label names one of the hidden places (or part of one: "Iraq" in "Iraq–Syria border"). */
export function labelHidden(label: string, hidden: readonly string[]): boolean {
	const key = answerKey(label);
	return hidden.some((h) => h === key || h.includes(key) || key.includes(h));
}

/** "35.2° N, 40.1° E": where a point is, in words a screen reader can say. */
export function describePoint(p: LatLon): string {
	const lat = `${Math.abs(p.lat).toFixed(1)}° ${p.lat >= 0 ? 'N' : 'S'}`;
	const lon = `${Math.abs(p.lon).toFixed(1)}° ${p.lon >= 0 ? 'E' : 'W'}`;
	return `${lat}, ${lon}`;
}

interface PlaceIndex {
	byName: Map<string, Entity>;
	byId: Map<string, Entity>;
	/** The places a point can be told from: towns and cities, crossings and bases (see LANDMARKS). */
	landmarks: NamedPoint[];
}

/**
 * The kinds of place a point is told from: a town is a point a learner knows. An area's coordinates (a country's,
 * a province's) stand for its middle, and a road, a junction or a village is too obscure to steer by.
 */
const LANDMARKS = new Set(['city', 'town', 'border crossing', 'base']);

const indexes = new WeakMap<Pick<Pack, 'entities'>, PlaceIndex>();

/** The quiz pack's places by name key and entities by id, built once per pack. */
function indexOf(pack: Pick<Pack, 'entities'>): PlaceIndex {
	let index = indexes.get(pack);
	if (!index) {
		const byName = new Map(pack.entities.filter((e) => e.place).map((e) => [answerKey(e.name), e]));
		const landmarks = pack.entities.flatMap((e) =>
			e.place && LANDMARKS.has(e.place.type)
				? [{ name: e.name, at: { lat: e.place.lat, lon: e.place.lon } }]
				: []
		);
		indexes.set(pack, (index = { byName, byId: new Map(pack.entities.map((e) => [e.id, e])), landmarks }));
	}
	return index;
}

/**
 * Name keys to hide while a place question is open: the places asked about, by every name they go by (their
 * other names are looked up in the pack the quiz was made from; without it, only the names given are hidden).
 */
export function hiddenNames(
	pack: Pick<Pack, 'entities'> | null,
	names: readonly string[],
	entityIds: readonly string[] = []
): string[] {
	const index = pack ? indexOf(pack) : null;
	return [
		...names.flatMap((name) => namesOf(name, index?.byName.get(answerKey(name)))),
		...entityIds.flatMap((id) => {
			const entity = index?.byId.get(id);
			return entity ? namesOf(entity.name, entity) : [];
		})
	];
}

/** The map a point is described on: its places outside the view are not used, its printed names are. */
export interface MapAround {
	kit: MapKit;
	view: MapViewSpec;
}

/**
 * "36.4° N, 43.6° E, 40 km east of Mosul": where a point is, told from the nearest of the quiz pack's towns on this
 * map, or of the countries and seas the map names, that the question does not hide (a place asked about is never
 * named). A screen reader's stand-in for seeing the map.
 */
export function describeWhere(
	point: LatLon,
	pack: Pick<Pack, 'entities'> | null,
	hidden: readonly string[],
	around?: MapAround
): string {
	const bounds = around?.view.bounds;
	const inView = (at: LatLon) =>
		!bounds ||
		(at.lat >= bounds.south && at.lat <= bounds.north && at.lon >= bounds.west && at.lon <= bounds.east);
	const landmarks = pack
		? indexOf(pack).landmarks.filter((l) => inView(l.at) && !labelHidden(l.name, hidden))
		: [];
	const near = nearestPlaceText(point, [...landmarks, ...mapNames(around, hidden)]);
	return near ? `${describePoint(point)}, ${near}` : describePoint(point);
}

/** The countries and seas a view prints, where it prints them, but those the question hides. */
function mapNames(around: MapAround | undefined, hidden: readonly string[]): NamedPoint[] {
	if (!around) return [];
	const { kit, view } = around;
	return kit.data.labels.flatMap((label) => {
		if (!label.views.includes(view.id) || label.kind === 'river' || labelHidden(label.name, hidden))
			return [];
		const lonLat = kit.projection.invert?.([label.x, label.y]);
		return lonLat ? [{ name: label.name, at: { lat: lonLat[1], lon: lonLat[0] }, mapName: true }] : [];
	});
}
