/**
 * `npm run perf`'s targets: each figure is read against the floor measured in the same run (a bare SvelteKit page
 * with the same adapter, service worker and one card), so the targets hold on any machine.
 */
import { median, percentile } from './stats';

/** Which number of the runs is judged. */
export type Statistic = 'median' | 'p50' | 'p95' | 'once';

export type Target =
	/** figure ≤ max × the floor's */
	| { kind: 'times-floor'; max: number }
	/** figure ≤ the floor's + max */
	| { kind: 'plus-floor'; max: number }
	/** figure ≤ max, whatever the floor */
	| { kind: 'at-most'; max: number };

export type Unit = 'ms' | 'KB' | 'score';

export interface Measure {
	/** What was measured, and where ("/study: TBT (Lighthouse)"). */
	name: string;
	unit: Unit;
	/** Every run's figure (bytes for KB). */
	runs: number[];
	/** The floor's runs of the same measure; null when it has none. */
	floor: number[] | null;
	/** What `floor` holds when it is not the floor: the baseline compared against ("1 pack, 581 cards"). */
	against?: string;
	statistic: Statistic;
	/** Null: printed beside the others, without a target. */
	target: Target | null;
}

export interface Judged extends Measure {
	value: number;
	floorValue: number | null;
	/** The figure against the floor: "1.34×" or "floor + 12 ms". */
	versus: string;
	/** "≤ 1.2× floor", "≤ floor + 50 ms", "≤ 16 ms"; "" without a target. */
	targetText: string;
	/** Null without a target. */
	ok: boolean | null;
}

export function statistic(runs: readonly number[], which: Statistic): number {
	if (which === 'p95') return percentile([...runs], 95);
	if (which === 'once') {
		if (runs.length !== 1) throw new RangeError(`expected one figure, got ${runs.length}`);
		return runs[0]!;
	}
	return median([...runs]);
}

/** A figure as printed: whole milliseconds, KB with one decimal, scores with three. */
export function formatValue(value: number, unit: Unit): string {
	if (!Number.isFinite(value)) return '—';
	if (unit === 'KB') return `${(value / 1024).toFixed(1)} KB`;
	if (unit === 'score') return value.toFixed(3);
	return `${Math.round(value).toLocaleString('en')} ms`;
}

export function judge(measure: Measure): Judged {
	if (measure.runs.length === 0) throw new RangeError(`${measure.name}: no runs`);
	const value = statistic(measure.runs, measure.statistic);
	const floorValue = measure.floor ? statistic(measure.floor, measure.statistic) : null;
	const { target } = measure;
	const against = measure.against ?? 'floor';
	const ratio = floorValue !== null && floorValue > 0 ? `${(value / floorValue).toFixed(2)}×` : '';
	const diff = floorValue !== null ? value - floorValue : 0;
	const plus = `${against} ${diff < 0 ? '−' : '+'} ${formatValue(Math.abs(diff), measure.unit)}`;
	const versus = floorValue === null ? '' : target?.kind === 'plus-floor' ? plus : ratio || plus;
	if (!target) return { ...measure, value, floorValue, versus, targetText: '', ok: null };
	const needsFloor = target.kind !== 'at-most';
	if (needsFloor && floorValue === null) throw new Error(`${measure.name}: a floor target with no floor`);
	const limit =
		target.kind === 'times-floor'
			? target.max * floorValue!
			: target.kind === 'plus-floor'
				? floorValue! + target.max
				: target.max;
	const targetText =
		target.kind === 'times-floor'
			? `≤ ${target.max}× ${against}`
			: target.kind === 'plus-floor'
				? `≤ ${against} + ${formatValue(target.max, measure.unit)}`
				: `≤ ${formatValue(target.max, measure.unit)}`;
	return { ...measure, value, floorValue, versus, targetText, ok: value <= limit };
}
