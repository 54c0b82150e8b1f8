import { describe, expect, it } from 'vitest';
import {
	README_BEGIN,
	README_END,
	formatConsole,
	formatMarkdown,
	rewriteSection,
	type PerfResults
} from './report';
import { judge } from './targets';

const results: PerfResults = {
	date: '2026-12-02T22:00:00.000Z',
	machine: {
		cpu: 'AMD EPYC 7B13',
		cores: 2,
		memoryGiB: 8,
		os: 'Debian GNU/Linux 12',
		node: 'v20.20.2',
		chromium: '156.0'
	},
	method: { runs: 5, answers: 50, librarySize: 20_000, cpuSlowdown: 4 },
	rows: [
		judge({
			name: '/study: TBT (Lighthouse mobile)',
			unit: 'ms',
			runs: [80, 60, 70],
			floor: [0, 10, 0],
			statistic: 'median',
			target: { kind: 'plus-floor', max: 50 }
		}),
		judge({
			name: 'Offline cold start at /study → first card painted',
			unit: 'ms',
			runs: [300, 310],
			floor: [200, 210],
			statistic: 'median',
			target: null
		})
	]
};

describe('perf report', () => {
	it('names the machine and prints every run beside the judged figure', () => {
		const text = formatConsole(results);
		expect(text).toContain('2 × AMD EPYC 7B13, 8 GiB, Debian GNU/Linux 12, Node 20.20.2, Chromium 156.0');
		expect(text).toMatch(
			/MISSED\s+\/study: TBT \(Lighthouse mobile\)\s+70 ms\s+0 ms\s+floor \+ 70 ms\s+≤ floor \+ 50 ms/
		);
		expect(text).toContain('/study: TBT (Lighthouse mobile): 80, 60, 70  (floor: 0, 10, 0)');
	});

	it('writes a markdown table with the verdicts and the spread', () => {
		const markdown = formatMarkdown(results);
		expect(markdown).toMatch(
			/^Measured 2026-12-02 by `npm run perf` on 2 × AMD EPYC 7B13.*: 0 of 1 targets met\./
		);
		expect(markdown).toContain(
			'| /study: TBT (Lighthouse mobile) | 70 ms | 0 ms | floor + 70 ms | ≤ floor + 50 ms | MISSED | 80, 60, 70 |'
		);
		expect(markdown).toContain(
			'| Offline cold start at /study → first card painted | 300 ms | 200 ms | 1.50× |  |  | 300, 310 |'
		);
	});

	it('gives the range of a long series in the README, and prints a series shared by two rows once', () => {
		const answers = Array.from({ length: 50 }, (_, i) => 100 + i);
		const rows = (['p50', 'p95'] as const).map((statistic) =>
			judge({
				name: `Answer (${statistic})`,
				unit: 'ms',
				runs: answers,
				floor: [10],
				statistic,
				target: null
			})
		);
		const many = { ...results, rows };
		expect(formatMarkdown(many)).toContain('| 100–149 (50 runs) |');
		expect(formatConsole(many).match(/^Answer: 100, 101/gm)).toHaveLength(1);
	});

	it('rewrites only the marked section of the README', () => {
		const readme = `# App\n\n${README_BEGIN}\n\nold table\n\n${README_END}\n\nAfter.\n`;
		const rewritten = rewriteSection(readme, 'new table');
		expect(rewritten).toBe(`# App\n\n${README_BEGIN}\n\nnew table\n\n${README_END}\n\nAfter.\n`);
		expect(rewriteSection(rewritten, 'new table')).toBe(rewritten);
		expect(() => rewriteSection('# App\n', 'x')).toThrow(/no perf:begin/);
	});
});
