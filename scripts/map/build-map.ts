/**
 * Builds the quiz map from world-atlas's Natural Earth borders: keeps what the views show, projects it once
 * with the app's projection and writes compact SVG paths (integer coordinates, relative moves), so the app
 * ships a few dozen kilobytes and needs no map service.
 */
import { geoStream, type GeoStream } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import {
	createMapProjection,
	MAP_VIEWS,
	type LonLatBounds,
	type MapViewId
} from '../../src/lib/content/map/projection';
import type { MapData, MapViewData } from '../../src/lib/content/map/types';
import { LABELS } from './labels';
import { RIVERS } from './rivers';

type Point = [number, number];

/** Points closer than this (projected units, about 1.3 km each) to the last kept one are dropped. */
const MIN_STEP = { detail: 1.5, overview: 6 };

/** Projected bounding box of a longitude/latitude rectangle (its edges sampled: conic edges curve). */
function projectedBox(bounds: LonLatBounds): [number, number, number, number] {
	const projection = createMapProjection();
	const xs: number[] = [];
	const ys: number[] = [];
	const steps = 40;
	for (let i = 0; i <= steps; i++) {
		const lon = bounds.west + ((bounds.east - bounds.west) * i) / steps;
		const lat = bounds.south + ((bounds.north - bounds.south) * i) / steps;
		for (const p of [
			[lon, bounds.south],
			[lon, bounds.north],
			[bounds.west, lat],
			[bounds.east, lat]
		] as Point[]) {
			const [x, y] = projection(p)!;
			xs.push(x);
			ys.push(y);
		}
	}
	const x0 = Math.floor(Math.min(...xs));
	const y0 = Math.floor(Math.min(...ys));
	return [x0, y0, Math.ceil(Math.max(...xs)) - x0, Math.ceil(Math.max(...ys)) - y0];
}

/** Rings as integer points, each point at least `minStep` from the previous one. */
function encodeRings(rings: Point[][], closed: boolean, minStep: number): string {
	let d = '';
	for (const ring of rings) {
		const kept: Point[] = [];
		for (const [x, y] of ring) {
			const p: Point = [Math.round(x), Math.round(y)];
			const last = kept[kept.length - 1];
			if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= minStep) kept.push(p);
		}
		if (kept.length < (closed ? 3 : 2)) continue;
		d += `M${kept[0]![0]} ${kept[0]![1]}l`;
		d += kept
			.slice(1)
			.map((p, i) => `${p[0] - kept[i]![0]} ${p[1] - kept[i]![1]}`)
			.join(' ')
			.replace(/ -/g, '-');
		if (closed) d += 'z';
	}
	return d;
}

/** Streams features through the clipped projection and collects the rings it emits. */
function projectRings(collection: FeatureCollection, box: [number, number, number, number]): Point[][] {
	const [x, y, w, h] = box;
	const projection = createMapProjection().clipExtent([
		[x, y],
		[x + w, y + h]
	]);
	const rings: Point[][] = [];
	let ring: Point[] | null = null;
	const sink: GeoStream = {
		point: (px, py) => ring?.push([px, py]),
		lineStart: () => (ring = []),
		lineEnd: () => {
			if (ring?.length) rings.push(ring);
			ring = null;
		},
		polygonStart: () => {},
		polygonEnd: () => {},
		sphere: () => {}
	};
	for (const f of collection.features) geoStream(f, projection.stream(sink));
	return rings;
}

function countries(topology: unknown): FeatureCollection {
	const topo = topology as Topology<{ countries: GeometryCollection }>;
	return feature(topo, topo.objects.countries) as FeatureCollection;
}

/** Clip margin around a layer's views, in projected units: strokes at the edge stay outside the picture. */
const CLIP_MARGIN = 20;

function layerBox(layer: 'detail' | 'overview'): [number, number, number, number] {
	const boxes = MAP_VIEWS.filter((v) => v.layer === layer).map((v) => projectedBox(v.bounds));
	const x0 = Math.min(...boxes.map((b) => b[0])) - CLIP_MARGIN;
	const y0 = Math.min(...boxes.map((b) => b[1])) - CLIP_MARGIN;
	const x1 = Math.max(...boxes.map((b) => b[0] + b[2])) + CLIP_MARGIN;
	const y1 = Math.max(...boxes.map((b) => b[1] + b[3])) + CLIP_MARGIN;
	return [x0, y0, x1 - x0, y1 - y0];
}

export function buildMapData(): MapData {
	const projection = createMapProjection();
	const views = Object.fromEntries(
		MAP_VIEWS.map((v) => [v.id, { viewBox: projectedBox(v.bounds) } satisfies MapViewData])
	) as Record<MapViewId, MapViewData>;
	const layer = (name: 'detail' | 'overview', topology: unknown) =>
		encodeRings(projectRings(countries(topology), layerBox(name)), true, MIN_STEP[name]);
	return {
		views,
		layers: { detail: layer('detail', countries50m), overview: layer('overview', countries110m) },
		rivers: RIVERS.map((river) => ({
			name: river.name,
			d: encodeRings([river.points.map(([lat, lon]) => projection([lon, lat])!)], false, 0)
		})),
		labels: LABELS.map((label) => {
			const [x, y] = projection([label.at[1], label.at[0]])!;
			return { name: label.name, kind: label.kind, x: Math.round(x), y: Math.round(y), views: label.views };
		})
	};
}
