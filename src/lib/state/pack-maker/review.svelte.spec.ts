import { beforeEach, describe, expect, it } from 'vitest';
import { latestDraft } from '$lib/db/drafts';
import { freshDatabase } from '$lib/db/test-db';
import { extractProposals } from '$lib/domain/extract';
import { REPORT } from '$lib/domain/pack-draft/fixture';
import { createExtractHandler, type ExtractRequest } from '$lib/workers/extract-protocol';
import { createExtractClient, type WorkerLike } from '$lib/workers/extract-client';
import type { ExtractResponse } from '$lib/workers/extract-protocol';
import { PackDraftState } from './draft.svelte';
import { PackReviewState } from './review.svelte';
import { PackSourcesState } from './sources.svelte';

/** The worker's own handler, run in the test's thread. */
function inProcessWorker(): WorkerLike {
	let listener: ((event: MessageEvent<ExtractResponse>) => void) | undefined;
	const handle = createExtractHandler({
		extract: extractProposals,
		post: (data) => listener?.({ data } as MessageEvent<ExtractResponse>),
		now: () => 0
	});
	return {
		postMessage: (message: ExtractRequest) => void handle(message),
		addEventListener: (_type, l) => (listener = l),
		terminate: () => undefined
	};
}

async function setup() {
	const draft = new PackDraftState({ clock: () => 1, newId: () => 'd1', saveDelay: 0 });
	await draft.load();
	const sources = new PackSourcesState(draft);
	sources.addPasted('A report', REPORT);
	const review = new PackReviewState(draft, () => createExtractClient(inProcessWorker));
	return { draft, sources, review };
}

const idOf = (review: PackReviewState, kind: string, name: string) =>
	review.rows.find((r) => r.proposal.kind === kind && r.proposal.name.includes(name))!.proposal.id;

beforeEach(() => {
	freshDatabase('pack-review');
});

describe('PackReviewState', () => {
	it('finds proposals through the worker and says how many', async () => {
		const { review } = await setup();
		expect(review.stale).toBe(true);
		const finding = review.find();
		expect(review.finding).toBe(true);
		expect(review.status).toBe('Finding proposals in 1 source…');
		await finding;
		expect(review.finding).toBe(false);
		expect(review.stale).toBe(false);
		expect(review.status).toMatch(/^Found \d+ proposals in 0\.0 s\.$/);
		expect(review.ofKind('actor').map((r) => r.proposal.name)).toContain('Haider al-Abadi');
		expect(review.selected).toBe(review.rows[0]!.proposal.id);
	});

	it('accepts, edits, merges and rejects; undoes each; keeps the decisions in the draft', async () => {
		const { draft, review } = await setup();
		await review.find();
		const abadi = idOf(review, 'actor', 'Abadi');
		const forces = idOf(review, 'actor', 'Iraqi forces');
		const state = idOf(review, 'actor', 'Islamic State');

		review.accept(abadi);
		expect(review.status).toBe('Accepted “Haider al-Abadi”.');
		review.accept(abadi, 'Prime minister of Iraq');
		expect(review.status).toBe('Edited “Haider al-Abadi”.');
		// Accepted in own words at once: the acceptance, not an edit.
		review.accept(forces, 'The Iraqi army and police');
		expect(review.status).toBe('Accepted “Iraqi forces”.');
		expect(review.undoLabel).toBe('accepting “Iraqi forces”');
		review.undo();
		review.merge(state, forces);
		review.reject(forces);
		expect(review.undoLabel).toBe('rejecting “Iraqi forces”');
		expect(review.rows.find((r) => r.proposal.id === forces)).toMatchObject({
			status: 'rejected',
			proposal: { aliases: ['Islamic State'] }
		});
		await draft.flush();
		expect((await latestDraft())?.decisions[abadi]).toEqual({
			status: 'accepted',
			text: 'Prime minister of Iraq'
		});

		review.undo();
		expect(review.rows.find((r) => r.proposal.id === forces)!.status).toBe('open');
		review.undo();
		expect(review.rows.find((r) => r.proposal.id === state)!.status).toBe('open');
		review.undo();
		expect(review.rows.find((r) => r.proposal.id === abadi)).toMatchObject({ status: 'accepted', text: '' });
		review.undo();
		expect(review.rows.find((r) => r.proposal.id === abadi)!.status).toBe('open');
		expect(review.undoLabel).toBeNull();
		expect(review.status).toBe('Undid accepting “Haider al-Abadi”.');
	});

	it('splits a proposal, saves the split, decides on the new one, and undoes both in turn', async () => {
		const { draft, review } = await setup();
		await review.find();
		const mosul = review.rows.find((r) => r.proposal.kind === 'place' && r.proposal.name === 'Mosul')!;
		const [first, ...rest] = mosul.proposal.evidence;
		const keys = rest.map((e) => `${e.file}:${e.start}`);
		expect(review.split(mosul.proposal.id, { names: [], evidence: [] })).toBe(
			'Choose at least one passage for the new proposal.'
		);
		expect(review.undoLabel).toBeNull();

		expect(review.split(mosul.proposal.id, { names: [], evidence: keys })).toBeNull();
		const split = `${mosul.proposal.id}~1`;
		expect(review.selected).toBe(split);
		expect(review.status).toBe('Split “Mosul” off “Mosul”.');
		const rows = review.ofKind('place').map((r) => r.proposal);
		const at = rows.findIndex((p) => p.id === mosul.proposal.id);
		expect(rows[at]!.evidence).toEqual([first]);
		expect(rows[at + 1]).toMatchObject({ id: split, name: 'Mosul', evidence: rest });
		review.reject(split);
		await draft.flush();
		const saved = await latestDraft();
		expect(saved?.splits).toEqual([{ id: split, from: mosul.proposal.id, names: [], evidence: keys }]);
		expect(saved?.decisions[split]).toEqual({ status: 'rejected' });

		review.undo();
		expect(review.rows.find((r) => r.proposal.id === split)!.status).toBe('open');
		expect(review.undoLabel).toBe('splitting “Mosul”');
		review.undo();
		expect(review.rows.some((r) => r.proposal.id === split)).toBe(false);
		expect(review.rows.find((r) => r.proposal.id === mosul.proposal.id)!.proposal.evidence).toHaveLength(
			mosul.proposal.evidence.length
		);
	});

	it('splits only a proposal’s own names and passages, not those merged into it', async () => {
		const { sources, review } = await setup();
		sources.addPasted('More', 'On 4 November 2016, Iraqi troops reached Bartella, a town east of Mosul.');
		await review.find();
		const mosul = review.rows.find((r) => r.proposal.kind === 'place' && r.proposal.name === 'Mosul')!;
		const other = review.ofKind('place').find((r) => r.proposal.id !== mosul.proposal.id)!.proposal;
		review.merge(other.id, mosul.proposal.id);
		const own = review.splittable(mosul.proposal.id)!;
		expect(own.evidence).toEqual(mosul.proposal.evidence);
		expect(review.rows.find((r) => r.proposal.id === mosul.proposal.id)!.proposal.aliases).toContain(
			other.name
		);
		const moved = own.evidence.slice(1).map((e) => `${e.file}:${e.start}`);
		expect(review.split(mosul.proposal.id, { names: [], evidence: moved })).toBeNull();
		const rows = review.ofKind('place');
		expect(rows.find((r) => r.proposal.id === `${mosul.proposal.id}~1`)!.proposal.evidence).toHaveLength(
			moved.length
		);
		// The merged spelling stays with the proposal it was merged into.
		expect(rows.find((r) => r.proposal.id === mosul.proposal.id)!.proposal.aliases).toContain(other.name);
	});

	it('places a place at a typed point and undoes it', async () => {
		const { draft, review } = await setup();
		await review.find();
		const mosul = idOf(review, 'place', 'Mosul');
		review.place(mosul, { lat: 36.34, lon: 43.13, country: 'Iraq' });
		expect(review.status).toBe('Placed “Mosul” on the map.');
		expect(draft.current.points).toEqual({ [mosul]: { lat: 36.34, lon: 43.13, country: 'Iraq' } });
		review.place(mosul, { lat: 36.3, lon: 43.1 });
		expect(review.pointOf(mosul)).toEqual({ lat: 36.3, lon: 43.1 });
		// Nudges in a row are one step.
		review.undo();
		expect(draft.current.points).toEqual({});
		expect(review.status).toBe('Undid placing “Mosul”.');
	});

	it('marks the proposals stale when the sources change, and keeps decisions on those found again', async () => {
		const { sources, review } = await setup();
		await review.find();
		const abadi = idOf(review, 'actor', 'Abadi');
		review.accept(abadi, 'Prime minister');
		sources.addPasted('More', 'The Pentagon said on 4 November 2016 that Mosul airport was retaken.');
		expect(review.stale).toBe(true);
		await review.find();
		expect(review.rows.find((r) => r.proposal.id === abadi)).toMatchObject({ status: 'accepted' });
	});

	it('moves the selection within bounds', async () => {
		const { review } = await setup();
		await review.find();
		review.move(-1);
		expect(review.selected).toBe(review.rows[0]!.proposal.id);
		review.move(2);
		expect(review.selected).toBe(review.rows[2]!.proposal.id);
		review.move(1000);
		expect(review.selected).toBe(review.rows.at(-1)!.proposal.id);
	});
});
