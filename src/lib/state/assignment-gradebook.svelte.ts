/**
 * The teacher's gradebook for one assignment: result codes pasted or scanned in, checked, stored, and turned
 * into a table, a most-missed list and a CSV file.
 */
import { addResults, getAssignment, listResults, type StoredAssignment } from '$lib/db/assignments';
import { pointsText } from '$lib/domain/points';
import { generateQuiz, type Question } from '$lib/domain/quiz';
import { assignmentSpec, builtInVersionDiffers, missingPacks } from '$lib/domain/share/assignment-codec';
import { buildGradebook, toCsv, type Gradebook, type GradebookCsvForm } from '$lib/domain/share/gradebook';
import { decodeResult, pastedLines, splitResultCodes, type QuizResult } from '$lib/domain/share/result-codec';

import type { QuizLibrary } from './library-content';

/** This device's library, its code loaded when first asked (the page paints before the library is read). */
const lazyDeviceLibrary: QuizLibrary = {
	installed: async () => (await import('./library-content')).deviceLibrary.installed(),
	packFor: async (spec) => (await import('./library-content')).quizPackFor(spec)
};
export type CodeOutcome = 'added' | 'duplicate' | 'refused';

/** What happened to one pasted or scanned code. */
export interface CodeReport {
	outcome: CodeOutcome;
	/** The code as it was found in the pasted text. */
	code: string;
	/**
	 * The student's name when the code could be read; else the name pasted before it on its line ("Ben: SDR…"),
	 * else the start of the code.
	 */
	who: string;
	message: string;
	/** The line the code was pasted on (refused codes stay in the box with it, their name kept). */
	line: string;
}

const MAX_LABEL = 90;

/** How a question reads in the gradebook: its own words, with the answer where the prompt is generic. */
export function questionLabel(question: Question): string {
	let label = question.prompt;
	if (question.mode === 'true-false') label = question.statement;
	else if (question.mode === 'map-identify' || question.mode === 'map')
		label = `${question.prompt} (${question.answerText})`;
	else if (question.mode === 'timeline' || question.mode === 'matching')
		label = `${question.prompt} ${question.answerText}`;
	return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/** A short, safe mention of a code that could not be read. */
const codeExcerpt = (code: string) => {
	const compact = code.replace(/\s+/g, ' ').trim();
	return compact.length > 24 ? `${compact.slice(0, 23)}…` : compact || '(empty)';
};

export class AssignmentGradebook {
	loading = $state(true);
	error = $state<string | null>(null);
	/** The teacher's assignment, or null when it is not on this device. */
	record = $state.raw<StoredAssignment | null>(null);
	results = $state.raw<QuizResult[]>([]);
	/** The questions as the students got them (regenerated from the spec). */
	questions = $state.raw<Question[]>([]);
	/** Outcome of the last paste or scan, one line per code. */
	reports = $state.raw<CodeReport[]>([]);
	busy = $state(false);

	/** The set was built on other study content than this library has: short codes, read against the questions, fail. */
	contentChanged = $state(false);

	readonly library: QuizLibrary;
	readonly clock: () => number;

	constructor(library: QuizLibrary = lazyDeviceLibrary, clock: () => number = Date.now) {
		this.library = library;
		this.clock = clock;
	}

	/** Rows, per-question misses and notes, from every result received. */
	readonly gradebook: Gradebook | null = $derived(this.#gradebook());

	#gradebook(): Gradebook | null {
		if (!this.record) return null;
		return buildGradebook(this.record.set, this.results, {
			questionLabels: this.questions.map(questionLabel)
		});
	}

	async load(id: string): Promise<void> {
		this.loading = true;
		try {
			const found = id ? await getAssignment(id) : null;
			this.record = found?.role === 'teacher' ? found : null;
			this.questions = [];
			this.contentChanged = false;
			if (this.record) {
				const { set } = this.record;
				const spec = assignmentSpec(set);
				const installed = await this.library.installed();
				// A pack gone or updated since, or (a set made before the library) another built-in pack version.
				this.contentChanged =
					missingPacks(set, installed).length > 0 || builtInVersionDiffers(set, installed);
				this.questions = generateQuiz(await this.library.packFor(spec), spec);
			}
			this.results = this.record ? await listResults(this.record.id) : [];
			this.error = null;
		} catch (error) {
			this.error = `The gradebook could not be read: ${error instanceof Error ? error.message : error}`;
		} finally {
			this.loading = false;
		}
	}

	/** Reads every result code in `text` (one or a whole class's), stores the new ones, reports on each. */
	async addCodes(text: string): Promise<CodeReport[]> {
		const record = this.record;
		if (!record) return [];
		const codes = splitResultCodes(text);
		// Nothing that looks like a code: let the decoder explain what the text is not.
		// Short (format 2) codes are read against the questions as this app regenerates them.
		const quiz = { assignmentId: record.id, createdAt: record.set.createdAt, questions: this.questions };
		const decoded = (codes.length ? codes : [text]).map((code) => ({
			code,
			read: decodeResult(code, record.id, quiz)
		}));
		const readable = decoded.flatMap(({ read }) => (read.ok ? [read.result] : []));
		this.busy = true;
		try {
			const outcomes = readable.length ? await addResults(record.id, readable, this.clock()) : [];
			let next = 0;
			const lines = pastedLines(
				text,
				decoded.map(({ code }) => code)
			);
			const reports = decoded.map(({ code, read }, index): CodeReport => {
				const { line, label } = lines[index]!;
				if (!read.ok)
					return {
						outcome: 'refused',
						code,
						line,
						who: label ?? codeExcerpt(code),
						message: read.error.message
					};
				const outcome = outcomes[next++]!;
				const { student: who, score, maxScore } = read.result;
				return outcome === 'added'
					? { outcome, code, line, who, message: `${who}: ${pointsText(score)} / ${pointsText(maxScore)}.` }
					: { outcome, code, line, who, message: `${who}’s code was already in the gradebook.` };
			});
			this.reports = reports;
			this.results = await listResults(record.id);
			return reports;
		} catch (error) {
			this.error = `The results could not be saved: ${error instanceof Error ? error.message : error}`;
			return [];
		} finally {
			this.busy = false;
		}
	}

	/**
	 * The CSV file (with a byte-order mark, so Excel reads the names' accents right): one row per student, one
	 * column per question; `grade-import` is numbers only under Q1, Q2 … for an LMS's or spreadsheet's import.
	 */
	csv(form: GradebookCsvForm = 'full'): string {
		return this.gradebook ? `\uFEFF${toCsv(this.gradebook, form)}` : '';
	}
}
