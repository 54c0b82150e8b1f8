/**
 * Splitting a proposal the rules grouped wrongly (two people under one name, passages about two places): the
 * person picks the names and passages that belong to something else, and they become a proposal of their own.
 * Splits are kept in the draft as decisions are, and applied to the engine's proposals each time they are read,
 * so finding proposals again keeps them wherever the names and passages are found again.
 */
import type { Proposal, ProposalEvidence } from '../extract/types';

/** One split, as the draft keeps it. */
export interface ProposalSplit {
	/** The new proposal's id ("actor-abadi~1"): decisions on it are keyed by it. */
	id: string;
	/** The proposal split (an engine proposal or an earlier split's new one). */
	from: string;
	/** The names that go to the new proposal (the first becomes its name); none = it keeps the same name. */
	names: string[];
	/** The passages that go to the new proposal, by `evidenceKey`. */
	evidence: string[];
}

/** What the person chose to move, before it has an id. */
export type SplitChoice = Pick<ProposalSplit, 'names' | 'evidence'>;

/** A passage's key: its source and where it starts there. */
export const evidenceKey = (e: Pick<ProposalEvidence, 'file' | 'start'>): string => `${e.file}:${e.start}`;

/** Every name a proposal goes by, its own first. */
export const namesOf = (p: Pick<Proposal, 'name' | 'aliases'>): string[] => [p.name, ...p.aliases];

/**
 * The proposal as it stays and the new one, or a plain message saying why the choice cannot be split: each side
 * keeps at least one passage (a card needs its evidence) and the original keeps at least one name.
 */
export function splitProposal(
	p: Proposal,
	choice: SplitChoice,
	id: string
): { kept: Proposal; split: Proposal } | { problem: string } {
	const names = namesOf(p).filter((n) => choice.names.includes(n));
	const moving = p.evidence.filter((e) => choice.evidence.includes(evidenceKey(e)));
	const staying = p.evidence.filter((e) => !moving.includes(e));
	const keptNames = namesOf(p).filter((n) => !names.includes(n));
	if (moving.length === 0) return { problem: 'Choose at least one passage for the new proposal.' };
	if (staying.length === 0) return { problem: `Leave at least one passage with “${p.name}”.` };
	if (keptNames.length === 0) return { problem: `Leave at least one name with “${p.name}”.` };
	const [name = p.name, ...aliases] = names;
	return {
		kept: { ...p, name: keptNames[0]!, aliases: keptNames.slice(1), evidence: staying },
		split: { ...p, id, name, aliases, evidence: moving }
	};
}

/**
 * The engine's proposals with the draft's splits applied in order, each new proposal right after the one it came
 * from. A split that no longer fits (its proposal or passages were not found again) is left out, never half-done.
 */
export function applySplits(proposals: readonly Proposal[], splits: readonly ProposalSplit[]): Proposal[] {
	let out = [...proposals];
	for (const s of splits) {
		const at = out.findIndex((p) => p.id === s.from);
		if (at < 0 || out.some((p) => p.id === s.id)) continue;
		const result = splitProposal(out[at]!, s, s.id);
		if ('problem' in result) continue;
		out = [...out.slice(0, at), result.kept, result.split, ...out.slice(at + 1)];
	}
	return out;
}

/** A fresh id for the next split of `from`: never one in use, so old decisions cannot attach to it. */
export function nextSplitId(from: string, splits: readonly ProposalSplit[]): string {
	const used = new Set(splits.map((s) => s.id));
	let n = 1;
	while (used.has(`${from}~${n}`)) n++;
	return `${from}~${n}`;
}

/**
 * The passages that name one of `names` and none of the proposal's other names: what a split of those names
 * most likely takes along (a suggestion the person can change).
 */
export function passagesNaming(p: Proposal, names: readonly string[]): string[] {
	const moving = names.map((n) => n.toLowerCase());
	// A longer form of a moving name ("Prime Minister Hayder al-Abadi") does not hold its passage back.
	const staying = namesOf(p)
		.map((n) => n.toLowerCase())
		.filter((n) => !moving.some((m) => n.includes(m)));
	const has = (e: ProposalEvidence, list: string[]) => list.some((n) => e.excerpt.toLowerCase().includes(n));
	return p.evidence.filter((e) => has(e, moving) && !has(e, staying)).map(evidenceKey);
}
