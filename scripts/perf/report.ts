/** What `npm run perf` prints and keeps: the machine, the ratio table, and every run behind each figure. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { formatValue, type Judged } from './targets';

export interface Machine {
	cpu: string;
	cores: number;
	memoryGiB: number;
	os: string;
	node: string;
	chromium: string;
}

export interface PerfResults {
	/** ISO date of the run. */
	date: string;
	machine: Machine;
	/** How the figures were taken (runs, answers, library size, CPU slowdown). */
	method: { runs: number; answers: number; librarySize: number; libraryPacks?: number; cpuSlowdown: number };
	rows: Judged[];
}

export function describeMachine(chromium: string): Machine {
	let os = process.platform as string;
	try {
		os = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
	} catch {
		// not Linux
	}
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
		cores: cpus().length,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		os,
		node: process.version,
		chromium
	};
}

export const machineLine = (m: Machine): string =>
	`${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node.replace(/^v/, '')}, Chromium ${m.chromium}`;

const verdict = (row: Judged) => (row.ok === null ? '' : row.ok ? 'met' : 'MISSED');

/** Every run's figure, in the order taken. */
export function spread(row: Pick<Judged, 'runs' | 'unit'>): string {
	return row.runs.map((run) => formatValue(run, row.unit).replace(/ (ms|KB)$/, '')).join(', ');
}

/** Every run for a few; the range for many (the terminal output lists them all). */
function spreadInBrief(row: Pick<Judged, 'runs' | 'unit'>): string {
	if (row.runs.length <= 10) return spread(row);
	const value = (n: number) => formatValue(n, row.unit).replace(/ (ms|KB)$/, '');
	return `${value(Math.min(...row.runs))}–${value(Math.max(...row.runs))} (${row.runs.length} runs)`;
}

/** The table for the terminal, then every run of every row. */
export function formatConsole(results: PerfResults): string {
	const headers = ['', 'what', 'figure', 'floor or baseline', 'versus', 'target'];
	const cells = results.rows.map((row) => [
		verdict(row),
		row.name,
		formatValue(row.value, row.unit),
		row.floorValue === null ? '' : formatValue(row.floorValue, row.unit),
		row.versus,
		row.targetText
	]);
	const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) =>
		c.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
	// A p50 row and a p95 row share their runs: each set is printed once.
	const printed = new Set<string>();
	const runs = results.rows.flatMap((row) => {
		const key = JSON.stringify([row.runs, row.floor]);
		if (printed.has(key)) return [];
		printed.add(key);
		const floor = row.floor ? `  (${row.against ?? 'floor'}: ${spread({ ...row, runs: row.floor })})` : '';
		return [`${row.name.replace(/ \((p50|p95)\)$/, '')}: ${spread(row)}${floor}`];
	});
	return [
		`Measured ${results.date} on ${machineLine(results.machine)}.`,
		'',
		line(headers),
		...cells.map(line),
		'',
		'Every run, in the order taken:',
		...runs
	].join('\n');
}

const escape = (text: string) => text.replace(/\|/g, '\\|');

/** The README's section: the machine, the table, and the spread behind each figure. */
export function formatMarkdown(results: PerfResults): string {
	const { runs, answers, librarySize, libraryPacks, cpuSlowdown } = results.method;
	const missed = results.rows.filter((row) => row.ok === false).length;
	const judged = results.rows.filter((row) => row.ok !== null).length;
	return [
		`Measured ${results.date.slice(0, 10)} by \`npm run perf\` on ${machineLine(results.machine)}: ` +
			`${judged - missed} of ${judged} targets met. Cold starts and Lighthouse: ${runs} runs each (the median ` +
			`is judged); answers: ${answers} in a library of ${libraryPacks ?? 1} packs and ` +
			`${librarySize.toLocaleString('en')} cards, and in the built-in pack alone (the 95th ` +
			`percentile is judged); CPU ${cpuSlowdown}× slower throughout. Runs: every figure in the order taken (the range where there are many).`,
		'',
		'| what | figure | floor or baseline | versus | target | | runs |',
		'| --- | --: | --: | --: | --- | --- | --- |',
		...results.rows.map(
			(row) =>
				`| ${escape(row.name)} | ${formatValue(row.value, row.unit)} | ${
					row.floorValue === null ? '' : formatValue(row.floorValue, row.unit)
				} | ${row.versus} | ${escape(row.targetText)} | ${verdict(row)} | ${spreadInBrief(row)} |`
		)
	].join('\n');
}

export const README_BEGIN =
	'<!-- perf:begin (npm run perf:readme rewrites this section from perf-results.json) -->';
export const README_END = '<!-- perf:end -->';

/** The README with its performance section replaced; the markers must be there. */
export function rewriteSection(readme: string, section: string): string {
	const begin = readme.indexOf(README_BEGIN);
	const end = readme.indexOf(README_END);
	if (begin < 0 || end < begin) throw new Error('README.md has no perf:begin … perf:end section');
	return `${readme.slice(0, begin + README_BEGIN.length)}\n\n${section}\n\n${readme.slice(end)}`;
}
