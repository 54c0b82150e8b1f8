/**
 * Proposals and their review: found in the sources by the extraction worker (the page stays responsive), then
 * accepted, edited (the person's own words), merged (spellings of one name), split (two things under one name),
 * placed (a point typed in or tapped) or rejected, each undoable. The decisions live in the draft, so a closed
 * tab keeps them; the undo history lives with the page.
 */
import type { ExtractDocument, Proposal, ProposalKind } from '$lib/domain/extract/types';
import { reviewedDraft, type ReviewedProposal } from '$lib/domain/pack-draft/review';
import { applySplits, nextSplitId, splitProposal, type SplitChoice } from '$lib/domain/pack-draft/split';
import { sourcesKey, type Decision, type PackDraft, type PlacePoint } from '$lib/domain/pack-draft/types';
import { createExtractClient, ExtractCancelled, type ExtractClient } from '$lib/workers/extract-client';
import { formatNumber } from '../format';
import { problemOf, type ShownProblem } from '../problem';
import type { PackDraftState } from './draft.svelte';

/** The part of the draft review actions change: an undo step keeps it as it was before (it is small). */
type ReviewRecord = Pick<PackDraft, 'decisions' | 'splits' | 'points'>;

interface UndoStep {
	/** The proposal to select again. */
	id: string;
	before: ReviewRecord;
	/** "accepting “Mosul”": what the Undo button undoes. */
	label: string;
	/** Steps in a row with the same key are one step (a place nudged again and again). */
	key?: string;
}

export class PackReviewState {
	readonly #draft: PackDraftState;
	readonly #client: () => ExtractClient;
	#clientInstance: ExtractClient | undefined;
	#abort: AbortController | undefined;

	/** The worker is finding proposals. */
	finding = $state(false);
	/** What is happening or just happened, for the page's status line. */
	status = $state('');
	problem = $state.raw<ShownProblem | null>(null);
	/** The proposal shown with its passage. */
	selected = $state<string | null>(null);
	#undo = $state<UndoStep[]>([]);

	/** Every proposal with the person's decision, merges folded in. */
	readonly rows: ReviewedProposal[];
	/** The proposals as split, before merges fold others in: what a split divides. */
	readonly #split: Proposal[];
	/** The sources changed since the proposals were found (or none were found yet). */
	readonly stale: boolean;
	/** What Undo would undo, or null. */
	readonly undoLabel: string | null;
	readonly selectedRow: ReviewedProposal | undefined;

	constructor(draft: PackDraftState, client: () => ExtractClient = () => createExtractClient()) {
		this.#draft = draft;
		this.#client = client;
		this.rows = $derived(draft.draft ? reviewedDraft(draft.draft) : []);
		this.#split = $derived(applySplits(draft.draft?.proposals ?? [], draft.draft?.splits ?? []));
		this.stale = $derived(
			!!draft.draft &&
				(draft.draft.proposals === null || draft.draft.proposalsFor !== sourcesKey(draft.draft.sources))
		);
		this.undoLabel = $derived(this.#undo.at(-1)?.label ?? null);
		this.selectedRow = $derived(this.rows.find((r) => r.proposal.id === this.selected));
	}

	/** Rows of one kind, in the engine's order (surest first). */
	ofKind(kind: ProposalKind): ReviewedProposal[] {
		return this.rows.filter((r) => r.proposal.kind === kind);
	}

	/** Finds proposals in the sources; decisions on proposals found again are kept. */
	async find(): Promise<void> {
		const draft = this.#draft.current;
		if (draft.sources.length === 0) {
			this.status = 'Add a source first (step 2).';
			return;
		}
		this.#abort?.abort();
		const abort = (this.#abort = new AbortController());
		const documents: ExtractDocument[] = draft.sources.map((s) => ({
			file: s.id,
			title: s.title,
			text: s.text
		}));
		const key = sourcesKey(draft.sources);
		this.finding = true;
		this.problem = null;
		this.status = `Finding proposals in ${documents.length} source${documents.length === 1 ? '' : 's'}…`;
		try {
			this.#clientInstance ??= this.#client();
			const { proposals, ms } = await this.#clientInstance.extract(documents, { signal: abort.signal });
			// Splits that still fit are kept; decisions and points on proposals not found again are dropped.
			const splits = draft.splits ?? [];
			const ids = applySplits(proposals, splits).map((p) => p.id);
			const kept = <T>(record: Record<string, T> = {}) =>
				Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));
			draft.proposals = proposals;
			draft.proposalsFor = key;
			draft.splits = splits.filter((s) => ids.includes(s.id));
			draft.decisions = kept(draft.decisions);
			draft.points = kept(draft.points);
			this.#undo = [];
			this.selected = proposals[0]?.id ?? null;
			this.#draft.changed();
			// Seconds, as a person says them: the figure is there to show a long document took long, not to time it.
			this.status = `Found ${formatNumber(proposals.length)} proposals in ${(ms / 1000).toFixed(1)} s.`;
		} catch (error) {
			if (error instanceof ExtractCancelled) this.status = 'Stopped.';
			else this.problem = problemOf('Proposals could not be found in these sources.', error);
		} finally {
			if (this.#abort === abort) this.finding = false;
		}
	}

	/**
	 * Starts the worker with an empty job, so the worker and its place list are fetched (and cached by the service
	 * worker) on this visit: finding proposals then works offline too. Quiet: a failure shows on `find`.
	 */
	async prepare(): Promise<void> {
		try {
			this.#clientInstance ??= this.#client();
			await this.#clientInstance.extract([]);
		} catch {
			// Offline on a first visit: `find` will say what went wrong when it is asked.
		}
	}

	cancel(): void {
		this.#abort?.abort();
	}

	accept(id: string, text?: string): void {
		const current = this.#draft.current.decisions[id];
		const own = text ?? (current?.status === 'accepted' ? current.text : undefined);
		// New words for a proposal already accepted are an edit; anything else is the acceptance itself.
		const editing = text !== undefined && current?.status === 'accepted';
		this.#decide(
			id,
			{ status: 'accepted', ...(own?.trim() ? { text: own.trim() } : {}) },
			editing ? ['editing', 'Edited'] : ['accepting', 'Accepted']
		);
	}

	reject(id: string): void {
		this.#decide(id, { status: 'rejected' }, ['rejecting', 'Rejected']);
	}

	/** Merges `id` into `into`: its spellings become aliases of `into`, its evidence joins `into`'s. */
	merge(id: string, into: string): void {
		if (id === into) return;
		this.#decide(id, { status: 'merged', into }, ['merging', 'Merged']);
	}

	/**
	 * Splits the chosen names and passages off `id` into a new proposal, selected next; a choice that cannot be
	 * split is refused with a plain message (returned, and shown as the status).
	 */
	split(id: string, choice: SplitChoice): string | null {
		const draft = this.#draft.current;
		const proposal = this.splittable(id);
		if (!proposal) return null;
		const splits = draft.splits ?? [];
		const newId = nextSplitId(id, splits);
		const result = splitProposal(proposal, choice, newId);
		if ('problem' in result) {
			this.status = result.problem;
			return result.problem;
		}
		this.#record(id, `splitting “${proposal.name}”`);
		draft.splits = [
			...splits,
			{ id: newId, from: id, names: [...choice.names], evidence: [...choice.evidence] }
		];
		this.selected = newId;
		this.#draft.changed();
		this.status = `Split “${result.split.name}” off “${result.kept.name}”.`;
		return null;
	}

	/** Places a place proposal at a point typed in or tapped (null: back to the place list's suggestion). */
	place(id: string, point: PlacePoint | null): void {
		const draft = this.#draft.current;
		const proposal = this.rows.find((r) => r.proposal.id === id)?.proposal;
		if (!proposal) return;
		// Taps and arrow-key nudges in a row are one step: Undo takes the place back to where it was before them.
		this.#record(id, `placing “${proposal.name}”`, `place:${id}`);
		const points = { ...draft.points };
		if (point) points[id] = { ...point };
		else delete points[id];
		draft.points = points;
		this.#draft.changed();
		this.status = point
			? `Placed “${proposal.name}” on the map.`
			: `“${proposal.name}” uses the place list again.`;
	}

	/**
	 * The proposal with its own names and passages only: those merged into it are not split off (undo the merge
	 * for that), since a split is applied before merges each time the draft is read.
	 */
	splittable(id: string): Proposal | undefined {
		return this.#split.find((p) => p.id === id);
	}

	/** The point the person gave a place, if any. */
	pointOf(id: string): PlacePoint | undefined {
		return this.#draft.draft?.points?.[id];
	}

	undo(): void {
		const step = this.#undo.pop();
		if (!step) return;
		Object.assign(this.#draft.current, step.before);
		this.selected = step.id;
		this.#draft.changed();
		this.status = `Undid ${step.label}.`;
	}

	/** Moves the selection by `step` rows (the review's arrow keys). */
	move(step: number, within: readonly ReviewedProposal[] = this.rows): void {
		if (within.length === 0) return;
		const at = within.findIndex((r) => r.proposal.id === this.selected);
		const next = Math.min(within.length - 1, Math.max(0, at + step));
		this.selected = within[at < 0 ? 0 : next]!.proposal.id;
	}

	dispose(): void {
		this.#clientInstance?.dispose();
	}

	/** Keeps the review part of the draft as it is, for Undo (unless the last step has the same `key`). */
	#record(id: string, label: string, key?: string): void {
		if (key && this.#undo.at(-1)?.key === key) return;
		const { decisions, splits, points } = this.#draft.current;
		const before = $state.snapshot({ decisions, splits, points }) as ReviewRecord;
		this.#undo.push({ id, label, before, ...(key ? { key } : {}) });
	}

	#decide(id: string, decision: Decision, verb: [string, string]): void {
		const draft = this.#draft.current;
		const proposal = this.rows.find((r) => r.proposal.id === id)?.proposal;
		if (!proposal) return;
		this.#record(id, `${verb[0]} “${proposal.name}”`);
		draft.decisions = { ...draft.decisions, [id]: decision };
		this.#draft.changed();
		this.status = `${verb[1]} “${proposal.name}”.`;
	}
}
