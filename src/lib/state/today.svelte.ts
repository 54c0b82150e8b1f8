/**
 * The Today screen: what is due now, what is new today, what was missed, the streak, the assignments to do, and
 * the one thing to do next. The numbers are read in a worker where one runs (today-reader.ts, today-read.ts).
 */
import { rememberReturning } from './returning';
import type { OpenAssignment, TodayRead, TodaySummary, Titled } from './today-read';
import { readTodayOffPage } from './today-reader';
import { isFirstLaunch } from './today-steps';

export type { TodaySummary } from './today-read';

export interface TodayOptions {
	clock?: () => number;
	/** Reads the numbers as they are at an instant (in a worker; tests read in the page). */
	read?: (now: number) => Promise<TodayRead>;
	/** The numbers on a device with no study data (prerendered), shown there without reading. */
	firstVisit?: TodayRead;
}

export class TodayState {
	/** True until the stored data has been read. */
	loading = $state(true);
	/** A message when reading failed. */
	error = $state<string | null>(null);
	/** Today's numbers; null until loaded. */
	summary = $state.raw<TodaySummary | null>(null);
	/** The instant the numbers were read for. */
	now = $state(0);
	/** The assignments the student opened and has not finished. */
	openAssignments = $state.raw<OpenAssignment[]>([]);
	/** How many assignments the student finished here. */
	finishedAssignments = $state(0);
	/** The library's packs and sources by name (the study filter's words). */
	titles = $state.raw<{ packs: Titled[]; sources: Titled[] }>({ packs: [], sources: [] });

	/** Nothing studied yet: the welcome explains the app. */
	readonly firstLaunch = $derived(this.summary !== null && isFirstLaunch(this.summary));

	readonly #clock: () => number;
	readonly #read: (now: number) => Promise<TodayRead>;

	constructor(options: TodayOptions = {}) {
		this.#clock = options.clock ?? (() => Date.now());
		this.#read = options.read ?? ((now) => readTodayOffPage(now, { firstVisit: options.firstVisit }));
	}

	/** Reads everything Today shows. Safe to call again (e.g. when the tab comes back into view). */
	async load(): Promise<void> {
		this.error = null;
		try {
			const now = this.#clock();
			const read = await this.#read(now);
			this.summary = read.summary;
			this.openAssignments = read.openAssignments;
			this.finishedAssignments = read.finishedAssignments;
			this.titles = read.titles;
			this.now = now;
			rememberReturning(!this.firstLaunch);
		} catch (error) {
			this.error = `Could not read your study data: ${(error as Error).message}`;
		} finally {
			this.loading = false;
		}
	}
}
