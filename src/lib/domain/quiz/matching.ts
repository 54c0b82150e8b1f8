/** Match four items to their detail: actors to the body they belong to, places to countries, events to dates. */
import { answerKey } from '../answer';
import type { CardType, Entity, EntityKind } from '../pack';
import type { Builder } from './context';
import { compareDates, formatDate } from './dates';
import { groupBasics, nameOf } from './explain';
import { FACT_TYPE } from './eligibility';
import type { QuizPool } from './pool';
import type { MatchingQuestion } from './types';

export const MATCHING_PAIRS = 4;
const CANDIDATES = 40;
const PASSES = [
	[true, 1],
	[true, 2],
	[false, 2]
] as const;

interface MatchKind {
	prompt: string;
	/** What the right column holds, for the explanation. */
	noun: string;
	fact: CardType;
	right(pool: QuizPool, e: Entity): string | undefined;
	/** Whether two items can share a question without one's label also fitting the other. */
	compatible?(a: Entity, b: Entity): boolean;
}

const KINDS: Partial<Record<EntityKind, MatchKind>> = {
	actor: {
		prompt: 'Match each one to the body it belongs to.',
		noun: 'body',
		fact: FACT_TYPE['matching-actor'],
		right: (pool, e) =>
			e.actor?.affiliation && pool.entities.has(e.actor.affiliation)
				? nameOf(pool, e.actor.affiliation)
				: undefined
	},
	place: {
		prompt: 'Match each place to its country.',
		noun: 'country',
		fact: FACT_TYPE['matching-place'],
		right: (pool, e) =>
			e.place && isPlainPlace(pool, e.name, e.place.type, e.place.country) ? e.place.country : undefined
	},
	event: {
		prompt: 'Match each event to its date.',
		noun: 'date',
		fact: FACT_TYPE.timeline,
		right: (_, e) => (e.event?.date ? formatDate(e.event.date) : undefined),
		// "2017" beside "October 2017" would fit both events: only dates that order unambiguously.
		compatible: (a, b) => compareDates(a.event!.date, b.event!.date) !== null
	}
};

/**
 * A place inside one named country: not a country or region itself ("Britain → United Kingdom" is no
 * question), and not a river's "Syria and Iraq" or "Middle East (several countries)", half right beside "Syria".
 */
function isPlainPlace(pool: QuizPool, name: string, type: string, country: string): boolean {
	if (type === 'country' || type === 'region' || /\band\b|,|\/|\(/.test(country)) return false;
	return pool.key(name) !== pool.key(country);
}

/** Share of left items matched to their right label. */
export function scoreMatching(
	pairs: Readonly<Record<string, string>>,
	solution: Readonly<Record<string, string>>
): number {
	const ids = Object.keys(solution);
	if (ids.length === 0) return 0;
	const right = ids.filter((id) => answerKey(pairs[id] ?? '') === answerKey(solution[id] ?? '')).length;
	return right / ids.length;
}

export const buildMatching: Builder = (ctx, pc, id): MatchingQuestion | null => {
	const first = pc.entity;
	const kind = first && KINDS[first.kind];
	const firstLabel = kind && first && kind.right(ctx.pool, first);
	if (!kind || !first || !firstLabel) return null;
	const key = ctx.pool.key;
	const chosen = [first];
	const labels = [firstLabel];
	const candidates = ctx.rng.sample(ctx.taught(first.kind), CANDIDATES);
	// One-to-one first, then a label may serve two items (places share countries), never more;
	// facts not yet asked in this quiz before already-asked ones.
	for (const [freshOnly, perLabel] of PASSES) {
		for (const e of candidates) {
			if (chosen.length === MATCHING_PAIRS) break;
			const label = kind.right(ctx.pool, e);
			if (!label) continue;
			if (chosen.some((c) => c.id === e.id || key(c.name) === key(e.name))) continue;
			// An actor that is another item's body (or whose body is an item) would blur the two columns.
			if (chosen.some((c) => c.actor?.affiliation === e.id || e.actor?.affiliation === c.id)) continue;
			if (kind.compatible && chosen.some((c) => !kind.compatible!(c, e))) continue;
			if (labels.filter((l) => key(l) === key(label)).length >= perLabel) continue;
			if (freshOnly && !ctx.fresh(e, kind.fact)) continue;
			chosen.push(e);
			labels.push(label);
		}
	}
	if (chosen.length < MATCHING_PAIRS) return null;
	const solution: Record<string, string> = Object.fromEntries(chosen.map((e, i) => [e.id, labels[i]!]));
	const distinct = [...new Map(labels.map((l) => [key(l), l])).values()];
	return {
		id,
		mode: 'matching',
		prompt: kind.prompt,
		left: ctx.rng.shuffle(chosen).map((e) => ({ id: e.id, label: e.name })),
		right: ctx.rng.shuffle(distinct),
		solution,
		answerText: chosen.map((e) => `${e.name} → ${solution[e.id]}`).join('; '),
		explanation: `Each item with its ${kind.noun}, as the sources give it.`,
		...groupBasics(ctx, pc, chosen, kind.fact)
	};
};
