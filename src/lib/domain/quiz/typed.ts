/** The card's own prompt, answered by typing; checked with matchAnswer against every accepted spelling. */
import type { Builder } from './context';
import { basics } from './explain';
import type { TypedQuestion } from './types';

/** Enough rivals to stop any typo being taken for another real name; more would only bloat a shared quiz. */
const MAX_COMPETITORS = 24;

export const buildTyped: Builder = (ctx, pc, id): TypedQuestion | null => {
	const { card } = pc;
	const accepted = card.accepted.length ? card.accepted : [card.answer];
	const keys = accepted.map(ctx.pool.key).filter(Boolean);
	if (keys.length === 0) return null;
	const answerEntity = pc.slot?.kind === 'entity' ? pc.slot.entity : undefined;
	const own = new Set(answerEntity ? [answerEntity.name, ...answerEntity.aliases].map(ctx.pool.key) : []);
	const competitors = ctx.pool.confusables
		.near(keys)
		.filter((name) => !own.has(ctx.pool.key(name)))
		.slice(0, MAX_COMPETITORS);
	return {
		id,
		mode: 'typed',
		prompt: card.prompt,
		accepted,
		competitors,
		...basics(ctx.pool, pc, accepted[0]!)
	};
};
