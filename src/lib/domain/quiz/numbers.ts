/** Figures as the sources give them ("2,500", "90 percent", "30 km"): parsing and plausible wrong values. */
import { answerKey } from '../answer';
import type { Random } from '../random';

export interface ParsedNumber {
	prefix: string;
	value: number;
	decimals: number;
	/** Written with thousands separators. */
	grouped: boolean;
	suffix: string;
	/** Folded prefix and unit: only numbers with the same unit are compared ("percent", "km"). */
	unit: string;
}

const NUMBER = /^(\D{0,12}?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\D{0,24})$/;

export function parseNumber(text: string): ParsedNumber | null {
	const m = NUMBER.exec(text.trim());
	if (!m) return null;
	const [, prefix = '', whole = '', fraction = '', suffix = ''] = m;
	const value = Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
	const unit = `${answerKey(prefix)}|${answerKey(suffix)}`;
	return { prefix, value, decimals: fraction.length, grouped: whole.includes(','), suffix, unit };
}

export function formatNumber(p: ParsedNumber, value: number): string {
	let digits = value.toFixed(p.decimals);
	if (p.grouped) {
		const [whole = '', fraction] = digits.split('.');
		digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
	}
	return `${p.prefix}${digits}${p.suffix}`;
}

/** Rounds to the same number of significant digits as the original, so "2,500" gets "1,300", not "1,250". */
function roundLike(original: number, value: number): number {
	const text = String(Math.round(original));
	const significant = Math.min(3, Math.max(1, text.replace(/0+$/, '').length));
	const scale = 10 ** Math.max(0, String(Math.round(value)).length - significant);
	return Math.round(value / scale) * scale;
}

function isPercent(p: ParsedNumber): boolean {
	return p.unit.endsWith('|percent');
}

/** Wrong values of the same unit and magnitude, shuffled. */
export function numberVariants(p: ParsedNumber, rng: Random): string[] {
	const v = p.value;
	let values: number[];
	if (isPercent(p)) {
		const gap = v % 5 === 0 ? 5 : 3;
		values = [1, 2, 3, 4, 5, 6].flatMap((k) => [v + k * gap, v - k * gap]).filter((x) => x > 0 && x <= 100);
	} else if (p.decimals > 0 || v < 20) {
		const unitStep = p.decimals > 0 ? 10 ** -p.decimals : 1;
		const step = Math.max(unitStep, Math.round(v * 0.2 * 10 ** p.decimals) / 10 ** p.decimals);
		values = [1, 2, 3, 4].flatMap((k) => [v + k * step, v - k * step]).filter((x) => x > 0);
	} else if (v >= 1900 && v <= 2100 && !p.grouped && p.unit === '|') {
		values = [1, 2, 3, 4].flatMap((k) => [v + k, v - k]);
	} else {
		values = [0.4, 0.5, 0.6, 0.75, 1.3, 1.5, 2, 2.5, 3].map((f) => roundLike(v, v * f));
	}
	const seen = new Set([formatNumber(p, v)]);
	const out: string[] = [];
	for (const x of rng.shuffle(values)) {
		const text = formatNumber(p, x);
		if (!seen.has(text)) out.push(text);
		seen.add(text);
	}
	return out;
}

/** Same unit and within a factor of 3.5 either way. */
export function sameMagnitude(a: ParsedNumber, b: ParsedNumber): boolean {
	return (
		a.unit === b.unit &&
		b.value > 0 &&
		a.value > 0 &&
		Math.max(a.value, b.value) / Math.min(a.value, b.value) <= 3.5
	);
}
