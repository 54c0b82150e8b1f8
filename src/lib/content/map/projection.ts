/**
 * The quiz map's projection and views, shared by the build script (which projects the borders once, at build
 * time) and the app (which projects markers and turns a tap back into latitude and longitude).
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';

export interface LonLatBounds {
	west: number;
	south: number;
	east: number;
	north: number;
}

export type MapViewId = 'core' | 'region' | 'wide';

export interface MapViewSpec {
	id: MapViewId;
	/** What the view shows, for its accessible name. */
	title: string;
	bounds: LonLatBounds;
	/** Which border layer it draws: the detailed one (1:50m) or the overview (1:110m). */
	layer: 'detail' | 'overview';
}

/** Smallest first: a question uses the first view its place sits well inside. */
export const MAP_VIEWS: readonly MapViewSpec[] = [
	{
		id: 'core',
		title: 'Map of Iraq, Syria and their borders',
		bounds: { west: 34.5, south: 28.8, east: 49, north: 38.2 },
		layer: 'detail'
	},
	{
		id: 'region',
		title: 'Map of the Middle East',
		bounds: { west: 25, south: 21, east: 60, north: 43 },
		layer: 'detail'
	},
	{
		id: 'wide',
		title: 'Map of Europe and the Middle East',
		bounds: { west: -12, south: 20, east: 62, north: 61 },
		layer: 'overview'
	}
];

/** A place must sit this share of the view's size away from its edges to use the view. */
const EDGE_MARGIN = 0.1;

/** Lambert conformal conic for the latitudes of Europe and the Middle East: shapes stay true. */
export function createMapProjection(): GeoProjection {
	return geoConicConformal().parallels([30, 50]).rotate([-28, 0]).scale(4300).translate([0, 0]);
}

export function insideView(view: MapViewSpec, lat: number, lon: number): boolean {
	const { west, south, east, north } = view.bounds;
	const dx = (east - west) * EDGE_MARGIN;
	const dy = (north - south) * EDGE_MARGIN;
	return lon >= west + dx && lon <= east - dx && lat >= south + dy && lat <= north - dy;
}

/** The closest view that shows every given point well inside it (the widest when none does). */
export function viewFor(points: readonly { lat: number; lon: number }[]): MapViewSpec {
	return (
		MAP_VIEWS.find((view) => points.every((p) => insideView(view, p.lat, p.lon))) ??
		MAP_VIEWS[MAP_VIEWS.length - 1]!
	);
}
