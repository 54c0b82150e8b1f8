/**
 * A pack being made from a person's own documents (issue 16): what the person typed, the sources with their full
 * text (kept on the device; a pack file carries only excerpts), the proposals found in them and the person's
 * decision on each. Plain data, so the whole draft is saved as one IndexedDB record.
 */
import type { Proposal } from '../extract/types';
import type { SourceKind } from '../pack';
import type { ProposalSplit } from './split';

export { SOURCE_KINDS } from '../pack';

/** One source document with what the person says about it. */
export interface DraftSource {
	/** Unique in the draft ("source-3"): what the proposals' evidence points back to. */
	id: string;
	title: string;
	kind: SourceKind;
	publisher: string;
	/** As the document shows it, or empty. */
	date: string;
	/** One line on how far to trust it. */
	reliability: string;
	/** The file it was read from, or empty when pasted. */
	file: string;
	text: string;
}

/** What the person decided about one proposal. Absent = not reviewed yet. */
export type Decision =
	{ status: 'accepted'; text?: string } | { status: 'rejected' } | { status: 'merged'; into: string };

export interface PackDraft {
	id: string;
	title: string;
	description: string;
	topic: string;
	sources: DraftSource[];
	/** For source ids that are never reused, even after a removal. */
	nextSource: number;
	/** Found in the sources as they were when last asked; null until then. */
	proposals: Proposal[] | null;
	/** The sources' ids and lengths the proposals were found in: a change to the sources makes them stale. */
	proposalsFor: string;
	decisions: Record<string, Decision>;
	/** Proposals the person split, in the order split (absent in drafts saved before splitting existed). */
	splits?: ProposalSplit[];
	/** A place's point typed in or tapped on the map, by proposal id: it wins over the gazetteer's suggestion. */
	points?: Record<string, PlacePoint>;
	updatedAt: number;
}

/** Where a place is, in degrees, and the country it is in when the person gave it. */
export interface PlacePoint {
	lat: number;
	lon: number;
	country?: string;
}

export function emptyDraft(id: string, now: number): PackDraft {
	return {
		id,
		title: '',
		description: '',
		topic: '',
		sources: [],
		nextSource: 1,
		proposals: null,
		proposalsFor: '',
		decisions: {},
		splits: [],
		points: {},
		updatedAt: now
	};
}

/** A fingerprint of the sources' texts: proposals found for another fingerprint are out of date. */
export function sourcesKey(sources: readonly DraftSource[]): string {
	return sources.map((s) => `${s.id}:${s.text.length}`).join(',');
}
