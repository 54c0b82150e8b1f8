/**
 * The progress page: total answers, streak, the reviews-per-day heatmap, the due forecast, retention and
 * mastery, each with the words a screen reader (or a curious learner) needs next to the picture.
 */
import { loadProgress, RETENTION_WINDOW_DAYS, type Progress } from '$lib/db/progress';
import { getSettings } from '$lib/db/settings';
import { KIND_LABELS } from '$lib/domain/card-labels';
import { packOf } from '$lib/domain/library';
import type { Card, EntityKind } from '$lib/domain/pack';
import { DEFAULT_SETTINGS } from '$lib/domain/settings';
import type { DayCount, Heatmap, MasteryGroup } from '$lib/domain/stats';
import type { Streak } from '$lib/domain/streak';
import { formatDay, formatMonth, formatNumber, percent, plural } from './format';
import { loadLibraryContent, type LibraryContent } from './library-content';

export interface ProgressOptions {
	/** The clock (tests pass a fake one). */
	clock?: () => number;
	/** Months of history in the heatmap. */
	months?: number;
	/** The packs whose cards are counted (by default the library's packs that are on). */
	content?: () => Promise<LibraryContent>;
	/** The figures for the cards counted (by default read from the database). */
	figures?: (cards: readonly Card[], now: number, months: number) => Promise<Progress>;
	/** The retention the learner aims at (by default their setting). */
	retentionGoal?: () => Promise<number>;
}

/** A mastery bar: its label and the words it stands for. */
export interface MasteryRow extends MasteryGroup {
	label: string;
	/** "12 of 40 mastered (30%), 25 started" */
	text: string;
}

/** The mastery bars of one pack's sources. */
export interface SourceRows {
	packId: string;
	/** The pack's title when more than one pack is on; null with one. */
	pack: string | null;
	rows: MasteryRow[];
}

/** One row of the heatmap's data table. */
export interface MonthRow {
	month: string;
	reviews: number;
	activeDays: number;
}

const NO_STREAK: Streak = { current: 0, longest: 0, studiedToday: false };

export class ProgressState {
	/** True until the figures have been read. */
	loading = $state(true);
	/** A message when reading failed. */
	error = $state<string | null>(null);
	/** The retention the learner aims at (their setting), to compare with the real one. */
	desiredRetention = $state(DEFAULT_SETTINGS.desiredRetention);

	#progress = $state.raw<Progress | null>(null);
	#content = $state.raw<LibraryContent | null>(null);
	readonly #loadContent: () => Promise<LibraryContent>;
	readonly #figures: (cards: readonly Card[], now: number, months: number) => Promise<Progress>;
	readonly #retentionGoal: () => Promise<number>;
	readonly #clock: () => number;
	readonly #months: number;

	// Answers ever.
	readonly totalReviews = $derived(this.#progress?.totalReviews ?? 0);
	// Whether the learner has answered anything yet (the page shows a welcome instead of empty charts).
	readonly hasReviews = $derived(this.totalReviews > 0);
	// Days in a row, the longest run, and whether today counts yet.
	readonly streak = $derived(this.#progress?.streak ?? NO_STREAK);
	// The heatmap's weeks and totals, or null before loading.
	readonly heatmap = $derived<Heatmap | null>(this.#progress?.heatmap ?? null);
	// One sentence for the heatmap's text alternative.
	readonly heatmapSummary = $derived(this.heatmap ? summariseHeatmap(this.heatmap) : '');
	// The heatmap's data, month by month, for its table.
	readonly heatmapMonths = $derived(this.heatmap ? monthRows(this.heatmap) : []);
	// Cards due on each of the next 30 days (overdue ones today).
	readonly forecast = $derived<DayCount[]>(this.#progress?.forecast ?? []);
	// Cards due in those 30 days.
	readonly forecastTotal = $derived(this.forecast.reduce((sum, d) => sum + d.count, 0));
	// One sentence for the forecast's text alternative.
	readonly forecastSummary = $derived(summariseForecast(this.forecast, this.forecastTotal));
	// Answers to review cards in the last 30 days, how many were Good or Easy, and the share.
	readonly retention = $derived(this.#progress?.retention ?? { total: 0, passed: 0, rate: null });
	// The share as words ("87%"), or null with no review answers yet.
	readonly retentionText = $derived(this.retention.rate === null ? null : percent(this.retention.rate));
	// The days retention is measured over.
	readonly retentionDays = RETENTION_WINDOW_DAYS;
	// All cards: how many are started and mastered.
	readonly masteryOverall = $derived(this.#row(this.#progress?.mastery.overall, 'All cards'));
	// Mastery per entity kind.
	readonly masteryByKind = $derived(
		(this.#progress?.mastery.byKind ?? []).map((g) =>
			this.#row(g, KIND_LABELS[g.key as EntityKind]?.many ?? g.key)
		)
	);
	/** Whether the page names packs: only when more than one pack is on. */
	readonly namesPacks = $derived((this.#content?.packs.length ?? 0) > 1);
	/** Mastery per pack that is on, in install order (the totals are `masteryOverall`). */
	readonly masteryByPack = $derived(this.#byPack(this.#progress?.mastery.byPack ?? []));
	/** Mastery per source document, grouped by pack, each in pack order. */
	readonly masteryBySource = $derived(this.#bySource(this.#progress?.mastery.bySource ?? []));

	constructor(options: ProgressOptions = {}) {
		this.#loadContent = options.content ?? (() => loadLibraryContent());
		this.#figures = options.figures ?? loadProgress;
		this.#retentionGoal = options.retentionGoal ?? (async () => (await getSettings()).desiredRetention);
		this.#clock = options.clock ?? (() => Date.now());
		this.#months = options.months ?? 12;
	}

	/** Reads the packs that are on, every figure (one transaction) and the retention goal. */
	async load(): Promise<void> {
		this.loading = true;
		this.error = null;
		try {
			const content = await this.#loadContent();
			const [progress, desiredRetention] = await Promise.all([
				this.#figures(content.pack.cards, this.#clock(), this.#months),
				this.#retentionGoal()
			]);
			this.#content = content;
			this.#progress = progress;
			this.desiredRetention = desiredRetention;
		} catch (error) {
			this.error = `Could not read your progress: ${(error as Error).message}`;
		} finally {
			this.loading = false;
		}
	}

	#row(group: MasteryGroup | undefined, label: string): MasteryRow {
		const total = this.#content?.pack.cards.length ?? 0;
		const g = group ?? { key: 'all', total, studied: 0, mastered: 0, share: 0 };
		const text = `${formatNumber(g.mastered)} of ${formatNumber(g.total)} mastered (${percent(g.share)}), ${formatNumber(g.studied)} started`;
		return { ...g, label, text };
	}

	#byPack(groups: readonly MasteryGroup[]): MasteryRow[] {
		return (this.#content?.packs ?? []).map((p) => {
			const group = groups.find((g) => g.key === p.id) ?? {
				key: p.id,
				total: 0,
				studied: 0,
				mastered: 0,
				share: 0
			};
			return this.#row(group, p.title);
		});
	}

	#bySource(groups: readonly MasteryGroup[]): SourceRows[] {
		const content = this.#content;
		if (!content) return [];
		const byKey = Object.fromEntries(groups.map((g) => [g.key, g]));
		return content.packs.map((p) => ({
			packId: p.id,
			pack: this.namesPacks ? p.title : null,
			rows: content.pack.sources.flatMap((s) => {
				const group = packOf(s.id) === p.id ? byKey[s.id] : undefined;
				return group ? [this.#row(group, s.title)] : [];
			})
		}));
	}
}

function summariseHeatmap(map: Heatmap): string {
	const period = `from ${formatDay(map.first)} to ${formatDay(map.last)}`;
	if (map.total === 0) return `Reviews per day ${period}: none yet.`;
	let busiest: DayCount = { day: map.last, count: -1 };
	for (const week of map.weeks) for (const d of week) if (!d.outside && d.count > busiest.count) busiest = d;
	return (
		`Reviews per day ${period}: ${plural(map.total, 'review')} on ${plural(map.activeDays, 'day')}; ` +
		`the busiest day was ${formatDay(busiest.day)} with ${plural(busiest.count, 'review')}.`
	);
}

function monthRows(map: Heatmap): MonthRow[] {
	const rows: Record<string, MonthRow> = {};
	for (const week of map.weeks) {
		for (const d of week) {
			if (d.outside) continue;
			const key = d.day.slice(0, 7);
			const row = (rows[key] ??= { month: formatMonth(d.day), reviews: 0, activeDays: 0 });
			row.reviews += d.count;
			if (d.count > 0) row.activeDays++;
		}
	}
	// Keys like "2025-03" are not array indices, so they keep their insertion (calendar) order.
	return Object.values(rows);
}

function summariseForecast(days: readonly DayCount[], total: number): string {
	if (days.length === 0) return '';
	const span = `the next ${days.length} days`;
	if (total === 0) return `Cards due in ${span}: none.`;
	const busiest = days.reduce((a, b) => (b.count > a.count ? b : a));
	return (
		`Cards due in ${span}: ${plural(total, 'card')}, ${formatNumber(days[0]!.count)} of them today ` +
		`(overdue included); the busiest day is ${formatDay(busiest.day)} with ${plural(busiest.count, 'card')}.`
	);
}
