/** `npm run perf:readme`: rewrites the README's performance section from the last `npm run perf` (perf-results.json). */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { formatMarkdown, rewriteSection, type PerfResults } from './report';

const results = JSON.parse(readFileSync('perf-results.json', 'utf8')) as PerfResults;
const readme = rewriteSection(readFileSync('README.md', 'utf8'), formatMarkdown(results));
// Laid out as the project's Prettier lays it out, so the regenerated file passes `npm run lint`.
const options = { ...(await resolveConfig('README.md')), filepath: 'README.md' };
writeFileSync('README.md', await format(readme, options));
console.log(`README.md: performance section rewritten from the run of ${results.date}.`);
