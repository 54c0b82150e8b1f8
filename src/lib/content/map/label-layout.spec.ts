import { describe, expect, it } from 'vitest';
import mapData from './map-data.json';
import type { MapData } from './types';
import { markBoxes, markNameAt, overlaps, placeLabels, textBox } from './label-layout';

const view = { x: 0, y: 0, width: 1000, height: 600 };

describe('textBox', () => {
	it('covers the text around its point as its anchor says, wider in bold', () => {
		const middle = textBox('Iraq', 500, 300, 20);
		expect(middle.x + middle.width / 2).toBeCloseTo(500);
		expect(middle.y + middle.height / 2).toBeCloseTo(300);
		expect(middle.width).toBeGreaterThan(4 * 20 * 0.5);
		expect(textBox('Iraq', 500, 300, 20, 'start').x).toBe(500);
		const end = textBox('Iraq', 500, 300, 20, 'end');
		expect(end.x + end.width).toBeCloseTo(500);
		expect(textBox('Iraq', 500, 300, 20, 'middle', true).width).toBeGreaterThan(middle.width);
	});
});

describe('overlaps', () => {
	const a = { x: 0, y: 0, width: 10, height: 10 };
	it('tells boxes that share area from boxes apart, with room kept between them', () => {
		expect(overlaps(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
		expect(overlaps(a, { x: 11, y: 0, width: 10, height: 10 })).toBe(false);
		expect(overlaps(a, { x: 11, y: 0, width: 10, height: 10 }, 2)).toBe(true);
		expect(overlaps(a, { x: 0, y: 12, width: 10, height: 10 }, 1)).toBe(false);
	});
});

describe('markNameAt', () => {
	it('sets the name above the mark, anchored towards the middle near a side', () => {
		expect(markNameAt(500, 300, 2, 0, 1000)).toEqual({ x: 500, y: 264, anchor: 'middle', fontSize: 26 });
		expect(markNameAt(100, 300, 2, 0, 1000)).toMatchObject({ x: 76, anchor: 'start' });
		expect(markNameAt(900, 300, 2, 0, 1000)).toMatchObject({ x: 924, anchor: 'end' });
	});
});

describe('placeLabels', () => {
	it('keeps every name where there is room for all', () => {
		const labels = [
			{ name: 'Syria', x: 200, y: 200 },
			{ name: 'Iraq', x: 600, y: 400 }
		];
		expect(placeLabels(labels, 20, view)).toEqual(labels);
	});

	it('leaves out a name that would touch one placed before it, keeping the first', () => {
		const labels = [
			{ name: 'Iraq', x: 500, y: 300 },
			{ name: 'Tigris', x: 520, y: 310 },
			{ name: 'Iran', x: 800, y: 300 }
		];
		expect(placeLabels(labels, 20, view).map((l) => l.name)).toEqual(['Iraq', 'Iran']);
	});

	it('leaves out a name over a mark or the mark’s name', () => {
		const blocked = markBoxes(500, 300, 'Mosul', 2, view);
		const labels = [
			{ name: 'Iraq', x: 500, y: 300 },
			{ name: 'Syria', x: 500, y: 262 },
			{ name: 'Jordan', x: 200, y: 500 }
		];
		expect(placeLabels(labels, 24, view, blocked).map((l) => l.name)).toEqual(['Jordan']);
	});

	it('moves a name running past a side of the map inside it', () => {
		const [left] = placeLabels([{ name: 'Kuwait', x: 10, y: 300 }], 20, view);
		expect(textBox(left!.name, left!.x, left!.y, 20).x).toBeCloseTo(0);
		const [right] = placeLabels([{ name: 'Kuwait', x: 995, y: 300, kind: 'country' }], 20, view);
		const box = textBox(right!.name, right!.x, right!.y, 20);
		expect(box.x + box.width).toBeCloseTo(1000);
		expect(right!.kind).toBe('country');
	});

	it('leaves out a name wider than the whole map', () => {
		expect(placeLabels([{ name: 'Mediterranean Sea', x: 50, y: 50 }], 20, { ...view, width: 100 })).toEqual([]);
	});

	it('prints every name of the built-in map where it is drawn wide, and fewer, none over another, where it is small', () => {
		const data = mapData as unknown as MapData;
		for (const id of ['core', 'region', 'wide'] as const) {
			const [x, y, width, height] = data.views[id].viewBox;
			const area = { x, y, width, height };
			const names = data.labels.filter((l) => l.views.includes(id));
			// A desktop card's map (about 700 px) and a phone's at 200 % text (about 150 px).
			const wide = placeLabels(names, 12 * (width / 700), area);
			const small = placeLabels(names, 12 * (width / 150), area);
			expect(small.length).toBeGreaterThan(0);
			expect(small.length).toBeLessThan(names.length);
			expect(wide.length).toBeGreaterThan(small.length);
			const boxes = small.map((l) => textBox(l.name, l.x, l.y, 12 * (width / 150)));
			for (const [i, a] of boxes.entries())
				for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
		}
	});
});
