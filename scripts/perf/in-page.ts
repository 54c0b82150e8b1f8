/**
 * What `npm run perf` installs in the pages it measures (Playwright init scripts, run before any page script).
 * They only observe: the DOM, trusted input events and Event Timing. The same scripts run in the app and in the
 * floor, so they name nothing but what both show: a card (#card-prompt), "Show answer", the grade buttons, and
 * `aria-busy` on what is still loading.
 *
 * Times are epoch milliseconds (`performance.timeOrigin + performance.now()`), comparable across the documents of
 * one launch (a start at `/` that navigates to `/study`).
 */

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in a `__name(…)` helper that only
 * exists in Node: pages get a stand-in first, so functions of this file run in them as written.
 */
export const NAME_HELPER = 'globalThis.__name ??= (target) => target;';

/** What a page records, read by the perf script as `window.__perf`. */
export interface PagePerf {
	/** Navigation start of the first document of this tab (kept in sessionStorage across navigations). */
	launchAt: number;
	/** The card prompt was first painted visible. */
	firstCardAt?: number;
	/** Whether the card first painted was the saved next card (the resume hint), not the prerendered guess. */
	firstCardFromHint?: boolean;
	/** The painted effect of a real input: the answer revealed, grade buttons live, nothing still loading. */
	answerableAt?: number;
	/** One entry per trusted click on a grade button, once the next card is painted. */
	answers: { pointerDownAt: number; clickAt: number; nextCardAt: number }[];
	/** Event Timing entries of 16 ms and more. */
	events: { name: string; startAt: number; duration: number; interactionId: number }[];
	/** Long tasks (50 ms and more) of the main thread. */
	longTasks: { startAt: number; duration: number }[];
}

/** Installs the recorder; `window.__perf` holds what it saw. Passed to `addInitScript`, so self-contained. */
export function recordLearnerTimings(): void {
	const now = () => performance.timeOrigin + performance.now();
	const afterPaint = (then: (at: number) => void) =>
		requestAnimationFrame(() => {
			// The frame is produced after the animation-frame callbacks: a message posted from one runs after it.
			const channel = new MessageChannel();
			channel.port1.onmessage = () => then(now());
			channel.port2.postMessage(null);
		});
	let launchAt = now();
	try {
		const kept = Number(sessionStorage.getItem('perf.launchAt'));
		if (kept > 0) launchAt = kept;
		else sessionStorage.setItem('perf.launchAt', String(launchAt));
	} catch {
		// No storage: this document's start is the launch.
	}
	const perf: PagePerf = { launchAt, answers: [], events: [], longTasks: [] };
	(window as unknown as { __perf: PagePerf }).__perf = perf;

	const buttonNamed = (pattern: RegExp) =>
		[...document.querySelectorAll('main button')].find(
			(b) => pattern.test(b.textContent?.trim() ?? '') && (b as HTMLElement).checkVisibility()
		) as HTMLButtonElement | undefined;
	const GRADE = /^(Again|Hard|Good|Easy)\b/;

	let revealClicked = false;
	let pendingGrade: { pointerDownAt: number; clickAt: number } | null = null;
	let pointerDownAt = 0;
	addEventListener(
		'pointerdown',
		(event) => {
			if (event.isTrusted) pointerDownAt = performance.timeOrigin + event.timeStamp;
		},
		true
	);
	addEventListener(
		'click',
		(event) => {
			const button = (event.target as Element | null)?.closest?.('button');
			if (!event.isTrusted || !button) return;
			const name = button.textContent?.trim() ?? '';
			if (name === 'Show answer') revealClicked = true;
			else if (GRADE.test(name))
				pendingGrade = { pointerDownAt, clickAt: performance.timeOrigin + event.timeStamp };
		},
		true
	);

	let answerablePending = false;
	let firstCardPending = false;
	const check = () => {
		const prompt = document.querySelector('#card-prompt') as HTMLElement | null;
		if (!perf.firstCardAt && !firstCardPending && prompt?.checkVisibility()) {
			firstCardPending = true;
			const fromHint = document.querySelector('.resume-guess') !== null;
			afterPaint((at) => {
				perf.firstCardAt = at;
				perf.firstCardFromHint = fromHint;
			});
		}
		const good = buttonNamed(/^Good\b/);
		const busy = document.querySelector('main [aria-busy="true"]');
		if (!perf.answerableAt && !answerablePending && revealClicked && good && !good.disabled && !busy) {
			answerablePending = true;
			afterPaint((at) => (perf.answerableAt = at));
		}
		if (pendingGrade && buttonNamed(/^Show answer$/) && !good) {
			const grade = pendingGrade;
			pendingGrade = null;
			afterPaint((at) => perf.answers.push({ ...grade, nextCardAt: at }));
		}
	};
	new MutationObserver(check).observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		characterData: true
	});

	new PerformanceObserver((list) => {
		// interactionId is missing from TypeScript's DOM types.
		for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
			perf.events.push({
				name: entry.name,
				startAt: performance.timeOrigin + entry.startTime,
				duration: entry.duration,
				interactionId: entry.interactionId
			});
		}
	}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			perf.longTasks.push({ startAt: performance.timeOrigin + entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/** Main-thread blocking before `until` (what TBT sums): each long task's time past 50 ms. */
export function blockingBefore(perf: PagePerf, until: number): number {
	return perf.longTasks
		.filter((task) => task.startAt < until)
		.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}

/**
 * Moves the page's clock (`Date`) on by `offsetMs`; `performance.now()`, timers and animation frames run as they
 * do, so what is measured is not faked. Playwright's clock replaces those too, and CDP virtual time makes them
 * jump: neither suits a timing.
 */
export function shiftDate(offsetMs: number): void {
	const RealDate = Date;
	function ShiftedDate(this: unknown, ...args: unknown[]) {
		if (!new.target) return new RealDate(RealDate.now() + offsetMs).toString();
		return args.length === 0 ? new RealDate(RealDate.now() + offsetMs) : new RealDate(...(args as [number]));
	}
	ShiftedDate.prototype = RealDate.prototype;
	ShiftedDate.now = () => RealDate.now() + offsetMs;
	ShiftedDate.UTC = RealDate.UTC;
	ShiftedDate.parse = RealDate.parse;
	globalThis.Date = ShiftedDate as unknown as DateConstructor;
}

/**
 * Interaction duration (what INP reports) of each answer: the longest Event Timing entry of its input, from
 * pointer down to click; 0 when none reached the 16 ms the API reports from.
 */
export function interactionDurations(perf: PagePerf): number[] {
	return perf.answers.map(({ pointerDownAt, clickAt }) => {
		const own = perf.events.filter(
			(e) => e.interactionId > 0 && e.startAt >= pointerDownAt - 1 && e.startAt <= clickAt + 1
		);
		return Math.max(0, ...own.map((e) => e.duration));
	});
}
