/**
 * Where the quiz map's names go at the size the map is drawn. Names keep their size on screen (12 CSS pixels), so
 * a map drawn small (a phone with text at 200 %, where the map is some 150 px wide) had more names than room, and
 * printed them over each other and over the mark. Names are placed in the map data's order (countries first), and
 * one that would touch a name already placed, a mark or the mark's own name is left out; one running past a side
 * of the map is moved in. Sizes are estimated from the number of characters: no text is measured, so the layout
 * is the same on every render and costs no reflow.
 */

/** A rectangle in the map's projected units. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** How a name is aligned on its point (SVG `text-anchor`). */
export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * Width of a character as a share of the font size: the widest of the fonts the app asks for (DejaVu Sans, the
 * fallback on Linux) averages 0.6 on names like these; bold text is wider.
 */
const CHAR_WIDTH = 0.62;
const BOLD_CHAR_WIDTH = 0.68;
/** A name's height as a share of its font size. */
const TEXT_HEIGHT = 1.2;
/** Room kept around a name, as a share of its font size. */
const MARGIN = 0.2;

/** The box a line of text covers, centred on `y` (the map's names are set with `dominant-baseline: middle`). */
export function textBox(
	text: string,
	x: number,
	y: number,
	fontSize: number,
	anchor: TextAnchor = 'middle',
	bold = false
): Box {
	const width = [...text].length * fontSize * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH);
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	const height = fontSize * TEXT_HEIGHT;
	return { x: left, y: y - height / 2, width, height };
}

/** Whether two boxes overlap, each widened by `margin`. */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
	return (
		a.x - margin < b.x + b.width &&
		b.x - margin < a.x + a.width &&
		a.y - margin < b.y + b.height &&
		b.y - margin < a.y + a.height
	);
}

/** A mark's name: above the mark, anchored towards the middle when the mark is near a side of the map. */
export interface MarkName {
	x: number;
	y: number;
	anchor: TextAnchor;
	fontSize: number;
}

/**
 * Where a mark at (x, y) prints its name, `px` projected units to the CSS pixel, on a view whose left edge and
 * width are `left` and `width`.
 */
export function markNameAt(x: number, y: number, px: number, left: number, width: number): MarkName {
	const anchor: TextAnchor =
		x < left + width / 4 ? 'start' : x > left + (3 * width) / 4 ? 'end' : 'middle';
	return {
		x: x + (anchor === 'start' ? -12 : anchor === 'end' ? 12 : 0) * px,
		y: y - 18 * px,
		anchor,
		fontSize: 13 * px
	};
}

/** What a mark covers on the map: its ring, and its name when it has one. */
export function markBoxes(x: number, y: number, name: string | undefined, px: number, view: Box): Box[] {
	const ring = 11 * px;
	const boxes = [{ x: x - ring, y: y - ring, width: 2 * ring, height: 2 * ring }];
	if (name) {
		const at = markNameAt(x, y, px, view.x, view.width);
		boxes.push(textBox(name, at.x, at.y, at.fontSize, at.anchor, true));
	}
	return boxes;
}

/**
 * The names that fit, in their order, each with the point it is printed at (moved in from a side of the view
 * when it ran past it). `blocked` is what the marks cover.
 */
export function placeLabels<L extends { name: string; x: number; y: number }>(
	labels: readonly L[],
	fontSize: number,
	view: Box,
	blocked: readonly Box[] = []
): L[] {
	const taken = [...blocked];
	const placed: L[] = [];
	for (const label of labels) {
		const box = textBox(label.name, label.x, label.y, fontSize);
		if (box.width > view.width) continue;
		const shift = Math.max(0, view.x - box.x) - Math.max(0, box.x + box.width - (view.x + view.width));
		const moved = { ...box, x: box.x + shift };
		if (taken.some((other) => overlaps(moved, other, fontSize * MARGIN))) continue;
		taken.push(moved);
		placed.push(shift === 0 ? label : { ...label, x: label.x + shift });
	}
	return placed;
}
