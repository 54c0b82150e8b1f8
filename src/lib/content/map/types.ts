/** The quiz map as the build script writes it (`map-data.json`): projected, rounded SVG path data. */
import type { MapViewId } from './projection';

export interface MapViewData {
	/** SVG viewBox in projected units: x, y, width, height. */
	viewBox: [number, number, number, number];
}

export interface MapLabel {
	name: string;
	kind: 'country' | 'sea' | 'river';
	x: number;
	y: number;
	views: MapViewId[];
}

export interface MapData {
	views: Record<MapViewId, MapViewData>;
	/** Country shapes as one SVG path per layer: 1:50m for the close views, 1:110m for the wide one. */
	layers: { detail: string; overview: string };
	rivers: { name: string; d: string }[];
	labels: MapLabel[];
}
