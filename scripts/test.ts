/**
 * `npm test`: the unit tests, then the end-to-end journeys, and how long each took. The whole run should stay
 * under 20 minutes on a two-core CI machine as the app grows; the time is printed so that it is watched.
 */
import { spawnSync } from 'node:child_process';

const BUDGET_MS = 20 * 60_000;

const minutes = (ms: number) =>
	`${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;

const steps: { name: string; script: string; ms?: number; status?: number | null }[] = [
	{ name: 'unit tests', script: 'test:unit' },
	{ name: 'end-to-end journeys', script: 'test:e2e' }
];
const started = performance.now();
for (const step of steps) {
	const start = performance.now();
	const run = spawnSync('npm', ['run', step.script], { stdio: 'inherit' });
	step.ms = performance.now() - start;
	step.status = run.status;
	if (run.status !== 0) break;
}
const total = performance.now() - started;
console.log(
	`\nnpm test: ${steps
		.filter((step) => step.ms !== undefined)
		.map((step) => `${step.name} ${minutes(step.ms!)}${step.status === 0 ? '' : ' (failed)'}`)
		.join(', ')}; whole run ${minutes(total)} (keep it under ${minutes(BUDGET_MS)}).`
);
if (total > BUDGET_MS)
	console.log(
		'npm test: over 20 minutes: make the suite faster (shared fixtures, fewer builds, tests split so they run in parallel).'
	);
process.exit(steps.every((step) => step.status === 0) ? 0 : 1);
