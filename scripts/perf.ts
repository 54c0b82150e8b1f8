/**
 * `npm run perf`: measures the production build (run `npm run build` first; `npm run perf` does) and prints every
 * figure beside its budget. A missed budget fails the command.
 */
import { existsSync } from 'node:fs';
import { formatTable } from './perf/budget';
import { measureInBrowser } from './perf/browser';
import { runLighthouse } from './perf/lighthouse';
import { serve } from './perf/serve';
import { median, percentile } from './perf/stats';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const buildDir = process.env.BUILD_DIR ?? 'build';
if (!existsSync(`${buildDir}/index.html`)) {
	console.error(`perf: no build in ${buildDir}/ — run npm run build first.`);
	process.exit(1);
}

const { origin, stop } = await serve(buildDir);
try {
	const lighthouse = await runLighthouse(origin, ['/', '/study', '/quiz'], chromePath);
	const { coldStartMs, answerableMs, answerMs } = await measureInBrowser(origin, chromePath);
	const rows = lighthouse.flatMap((f) => [
		{
			name: `Lighthouse ${f.path}: performance score (median of 5)`,
			value: `${f.score}`,
			budget: '≥ 98',
			ok: f.score >= 98
		},
		{
			name: `Lighthouse ${f.path}: LCP`,
			value: `${f.lcpMs.toFixed(0)} ms`,
			budget: '≤ 1500 ms',
			ok: f.lcpMs <= 1500
		},
		{
			name: `Lighthouse ${f.path}: TBT`,
			value: `${f.tbtMs.toFixed(0)} ms`,
			budget: '≤ 50 ms',
			ok: f.tbtMs <= 50
		},
		{ name: `Lighthouse ${f.path}: CLS`, value: f.cls.toFixed(3), budget: '≤ 0.01', ok: f.cls <= 0.01 }
	]);
	const cold = median(coldStartMs);
	const answer = percentile(answerMs, 95);
	rows.push(
		{
			name: `Offline cold start to first card (median of ${coldStartMs.length}, CPU 4x)`,
			value: `${cold.toFixed(0)} ms`,
			budget: '≤ 400 ms',
			ok: cold <= 400
		},
		{
			name: `Good → next card painted (p95 of ${answerMs.length}, 20,000 cards)`,
			value: `${answer.toFixed(1)} ms`,
			budget: '≤ 16 ms',
			ok: answer <= 16
		}
	);
	console.log(formatTable(rows));
	for (const f of lighthouse) {
		console.log(`\nLighthouse ${f.path} LCP runs: ${f.lcpRunsMs.map((t) => t.toFixed(0)).join(', ')} ms`);
	}
	console.log(`cold starts: ${coldStartMs.map((t) => t.toFixed(0)).join(', ')} ms`);
	// No budget: the card shows from the saved hint first; this is when it can be answered.
	console.log(
		`cold start to the card answerable (code run, data read): median ${median(answerableMs).toFixed(0)} ms` +
			` (${answerableMs.map((t) => t.toFixed(0)).join(', ')})`
	);
	console.log(
		`answers: median ${median(answerMs).toFixed(1)} ms, max ${Math.max(...answerMs).toFixed(1)} ms`
	);
	if (!rows.every((row) => row.ok)) {
		console.error('perf: a budget is missed (see OVER above).');
		process.exitCode = 1;
	}
} finally {
	stop();
}
