/** What `npm run perf` measures with, from the environment where it can be changed. */
import { CHROMIUM_ARGS } from '../../playwright.config';

const number = (name: string, fallback: number) => {
	const value = Number(process.env[name] ?? fallback);
	if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
	return value;
};

/** The parts of a run PERF_ONLY can name (comma-separated); unset, all are measured. */
export const PERF_PARTS = ['javascript', 'answers', 'cold-start', 'lighthouse'] as const;
export type PerfPart = (typeof PERF_PARTS)[number];

const list = (name: string) => {
	const value = process.env[name]?.trim();
	return value ? value.split(',').map((item) => item.trim()) : null;
};

const parts = (): PerfPart[] | null => {
	const named = list('PERF_ONLY');
	const unknown = named?.filter((part) => !(PERF_PARTS as readonly string[]).includes(part)) ?? [];
	if (unknown.length > 0)
		throw new Error(`PERF_ONLY: unknown part ${unknown.join(', ')} (known: ${PERF_PARTS.join(', ')})`);
	return named as PerfPart[] | null;
};

export const PERF = {
	/** Only these parts of the run (PERF_ONLY=cold-start,lighthouse), or all. */
	only: parts(),
	/** Only these prerendered pages (PERF_PAGES=/,/study), or all. */
	pages: list('PERF_PAGES'),
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	buildDir: process.env.BUILD_DIR ?? 'build',
	floorDir: process.env.FLOOR_BUILD_DIR ?? 'build-floor',
	/** The app is served on PERF_PORT, the floor on the next port, Lighthouse's Chromium listens on the one after. */
	// (Not 4190: browsers refuse that port, as they refuse every port of a well-known service.)
	port: number('PERF_PORT', 4191),
	/** Runs of each cold start and of each Lighthouse page. */
	runs: number('PERF_RUNS', 5),
	/** Answers timed, in the app and in the floor. */
	answers: number('PERF_ANSWERS', 50),
	/** Cards due in the big library (answers and a cold start are timed in it, and read against one pack). */
	librarySize: number('PERF_LIBRARY_SIZE', 20_000),
	/** Packs in the big library: the built-in pack and packs generated from it. */
	libraryPacks: number('PERF_LIBRARY_PACKS', 10),
	/** How much slower than this machine the CPU is made (Lighthouse's mobile default too). */
	cpuSlowdown: 4,
	browserArgs: CHROMIUM_ARGS,
	/**
	 * How Lighthouse slows the page: its mobile defaults (4× CPU, slow 4G: 150 ms round trips, 1.6 Mbps) applied
	 * while the page really loads (DevTools throttling: 562.5 ms a request, 1.47 Mbps), not simulated afterwards
	 * from an unthrottled load (Lighthouse's default). The simulation counts as needed for the LCP every request
	 * that ended before the LCP of the fast load, and served from this machine the floor's few scripts end just
	 * before or just after its paint: its simulated LCP took three values by that race (670–700, 1,100–1,240 or
	 * 1,375 ms in six runs of one build), the app's pages always the slowest. Applied, the floor measured 731–816 ms.
	 */
	lighthouseThrottling: 'devtools' as const,
	/** A mid-range phone's screen. */
	viewport: { width: 412, height: 915 }
};
