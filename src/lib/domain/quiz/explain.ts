/** The one-line explanation and the evidence shown after a question, taken from the card and its entity. */
import type { Card, Entity, Evidence } from '../pack';
import { formatDate } from './dates';
import type { BuildContext } from './context';
import type { PoolCard, QuizPool } from './pool';
import type { Question } from './types';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function nameOf(pool: QuizPool, id: string): string {
	return pool.entities.get(id)?.name ?? id;
}

export function explainEntity(pool: QuizPool, e: Entity | undefined): string {
	if (!e) return '';
	if (e.actor) {
		const part = e.actor.affiliation ? ` Part of ${nameOf(pool, e.actor.affiliation)}.` : '';
		return oneLine(`${e.name}: ${e.actor.role}${part}`);
	}
	if (e.place) return oneLine(`${e.name} (${e.place.type}, ${e.place.country}): ${e.place.significance}`);
	if (e.event) return oneLine(`${e.name} (${formatDate(e.event.date)}): ${e.event.outcome}`);
	if (e.figure)
		return oneLine(`${e.figure.value}: ${e.figure.counts} (given by ${nameOf(pool, e.figure.givenBy)}).`);
	if (e.claim) return oneLine(e.claim.statement);
	return e.name;
}

export function evidenceOf(card: Card | undefined, entity: Entity | undefined): Evidence[] {
	return card?.evidence.length ? card.evidence : (entity?.evidence ?? []);
}

type Basics = Pick<Question, 'cardId' | 'cardIds' | 'entityIds' | 'answerText' | 'explanation' | 'evidence'>;

/** The fields every single-card question shares. */
export function basics(pool: QuizPool, pc: PoolCard, answerText: string): Basics {
	const entityIds = [pc.card.entity];
	if (pc.slot && 'entity' in pc.slot && !entityIds.includes(pc.slot.entity.id))
		entityIds.push(pc.slot.entity.id);
	return {
		cardId: pc.card.id,
		cardIds: [pc.card.id],
		entityIds,
		answerText,
		explanation: explainEntity(pool, pc.entity) || oneLine(`${pc.card.prompt} ${pc.card.answer}`),
		evidence: evidenceOf(pc.card, pc.entity)
	};
}

/**
 * The fields of a question over several entities. Each is credited through its fact card when the pack has
 * one and this quiz has not asked it yet, so no card is credited twice.
 */
export function groupBasics(ctx: BuildContext, pc: PoolCard, entities: Entity[], factType: Card['type']) {
	const { pool } = ctx;
	const cards = entities.map((e) => (e.id === pc.card.entity ? pc.card : pool.factCard(e.id, factType)));
	const credited = cards.filter(
		(c, i): c is Card => !!c && c.id !== pc.card.id && ctx.fresh(entities[i]!, factType)
	);
	const cardIds = [pc.card.id, ...credited.map((c) => c.id)];
	const itemCards = Object.fromEntries(entities.flatMap((e, i) => (cards[i] ? [[e.id, cards[i].id]] : [])));
	return {
		cardId: pc.card.id,
		cardIds,
		itemCards,
		entityIds: entities.map((e) => e.id),
		evidence: entities.flatMap((e, i) => evidenceOf(cards[i], e).slice(0, 1))
	};
}
