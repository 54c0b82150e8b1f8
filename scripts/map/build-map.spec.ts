import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createMapProjection } from '../../src/lib/content/map/projection';
import { buildMapData } from './build-map';
import { MAP_DATA_PATH } from './paths';
import { RIVERS } from './rivers';

const built = buildMapData();

describe('the quiz map data', () => {
	it('is the committed map-data.json (run `npx tsx scripts/map/main.ts` after changing the map)', () => {
		expect(JSON.parse(readFileSync(MAP_DATA_PATH, 'utf8'))).toEqual(built);
	});

	it('stays small: under 60 KB gzipped', () => {
		expect(gzipSync(JSON.stringify(built)).length).toBeLessThan(60 * 1024);
	});

	it('has country shapes in both layers and every view', () => {
		expect(built.layers.detail.match(/M/g)?.length).toBeGreaterThan(30);
		expect(built.layers.overview.match(/M/g)?.length).toBeGreaterThan(30);
		for (const view of Object.values(built.views)) {
			const [, , w, h] = view.viewBox;
			expect(w).toBeGreaterThan(500);
			expect(h).toBeGreaterThan(400);
		}
	});

	it('draws each river through its towns: the path ends where the last town projects', () => {
		const projection = createMapProjection();
		for (const river of RIVERS) {
			const d = built.rivers.find((r) => r.name === river.name)!.d;
			const [mx, my, ...steps] = d
				.replace(/^M/, '')
				.replace('l', ' ')
				.replace(/-/g, ' -')
				.trim()
				.split(/\s+/)
				.map(Number);
			let [x, y] = [mx!, my!];
			for (let i = 0; i < steps.length; i += 2) [x, y] = [x + steps[i]!, y + steps[i + 1]!];
			const [lat, lon] = river.points[river.points.length - 1]!;
			const [ex, ey] = projection([lon, lat])!;
			expect(Math.abs(x - ex)).toBeLessThanOrEqual(1);
			expect(Math.abs(y - ey)).toBeLessThanOrEqual(1);
		}
	});
});
