import { describe, expect, it } from 'vitest';
import { createMapProjection, insideView, MAP_VIEWS, viewFor } from './projection';

const PLACES = {
	baghdad: { lat: 33.315, lon: 44.366 },
	raqqa: { lat: 35.95, lon: 39.01 },
	tehran: { lat: 35.69, lon: 51.39 },
	britain: { lat: 55.38, lon: -3.44 },
	alTanf: { lat: 33.503, lon: 38.63 }
};

describe('the quiz map projection', () => {
	it('turns a projected point back into the same latitude and longitude', () => {
		const projection = createMapProjection();
		for (const view of MAP_VIEWS) {
			const { west, south, east, north } = view.bounds;
			for (let i = 0; i <= 10; i++) {
				for (let j = 0; j <= 10; j++) {
					const lon = west + ((east - west) * i) / 10;
					const lat = south + ((north - south) * j) / 10;
					const [lonBack, latBack] = projection.invert!(projection([lon, lat])!)!;
					expect(lonBack).toBeCloseTo(lon, 9);
					expect(latBack).toBeCloseTo(lat, 9);
				}
			}
		}
	});

	it('keeps north up and east to the right in the region', () => {
		const projection = createMapProjection();
		const [bx, by] = projection([PLACES.baghdad.lon, PLACES.baghdad.lat])!;
		const [rx, ry] = projection([PLACES.raqqa.lon, PLACES.raqqa.lat])!;
		expect(bx).toBeGreaterThan(rx);
		expect(by).toBeGreaterThan(ry);
	});
});

describe('choosing a map view', () => {
	it('shows Iraq and Syria close up, Tehran on the region map and Britain on the wide one', () => {
		expect(viewFor([PLACES.baghdad]).id).toBe('core');
		expect(viewFor([PLACES.raqqa, PLACES.alTanf]).id).toBe('core');
		expect(viewFor([PLACES.tehran]).id).toBe('region');
		expect(viewFor([PLACES.britain]).id).toBe('wide');
		expect(viewFor([PLACES.baghdad, PLACES.britain]).id).toBe('wide');
	});

	it('keeps a margin: a place on the edge of a view uses the next one', () => {
		const core = MAP_VIEWS[0]!;
		expect(insideView(core, 33, core.bounds.west + 0.1)).toBe(false);
		expect(insideView(core, 33, 42)).toBe(true);
	});
});
