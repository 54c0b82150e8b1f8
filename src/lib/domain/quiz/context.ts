/** What every question builder gets: the pack's indexes, the quiz's random stream and the selected cards. */
import type { CardType, Entity, EntityKind } from '../pack';
import type { Random } from '../random';
import type { PoolCard, QuizPool } from './pool';
import type { Question } from './types';

export interface BuildContext {
	pool: QuizPool;
	rng: Random;
	/**
	 * Entities the selected cards teach, of one kind. Timeline and matching items are drawn from these only,
	 * so a quiz on one source does not test facts from another.
	 */
	taught(kind: EntityKind): Entity[];
	/** Whether the entity's card for this fact (if the pack has one) is still unasked in this quiz, with its pair. */
	fresh(entity: Entity, factType: CardType): boolean;
}

export type Builder = (ctx: BuildContext, pc: PoolCard, id: string) => Question | null;

export function createContext(
	pool: QuizPool,
	rng: Random,
	taught: Map<EntityKind, Entity[]>,
	unasked: (cardId: string) => boolean
): BuildContext {
	return {
		pool,
		rng,
		taught: (kind) => taught.get(kind) ?? [],
		fresh(entity, factType) {
			const card = pool.factCard(entity.id, factType);
			return !card || unasked(card.id);
		}
	};
}
