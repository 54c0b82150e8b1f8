/**
 * Sentences for true/false, from a card's fact with the detail to show filled in (the right one or a
 * same-sort wrong one). Claims are only ever stated as "According to <claimant>, …".
 */
import type { ClaimFacts } from '../pack';
import { nameOf } from './explain';
import type { PoolCard, QuizPool } from './pool';

/** What a claim says without its attribution, or null when the attribution cannot be split off safely. */
export function claimBody(claim: ClaimFacts): { body: string; joiner: string } | null {
	const prefix = `According to ${claim.claimant},`;
	if (claim.statement.startsWith(prefix))
		return { body: claim.statement.slice(prefix.length).trim(), joiner: ',' };
	return /^according to\b/i.test(claim.statement) ? null : { body: claim.statement, joiner: ':' };
}

const BLANK = /_{2,}|\[\.\.\.\]|\.\.\.|…/;
/** The quotation in a "Who said: “…”?" prompt. */
const QUOTED = /“([^”]+)”/;

/** The statement for `shown` in place of the card's answer, or null when the card has no safe sentence. */
export function statementFor(pool: QuizPool, pc: PoolCard, shown: string): string | null {
	const { card, entity, slot } = pc;
	if (!slot) return null;
	const name = entity?.name ?? '';
	switch (card.type) {
		case 'place-country':
			return `${name} is in ${shown}.`;
		case 'actor-affiliation':
			return `${name} is affiliated with ${shown}.`;
		case 'actor-leads':
			return `${name} leads ${shown}.`;
		case 'actor-leader':
			return `${shown} leads ${name}.`;
		case 'actor-backers':
			return `${name} ${entity?.plural ? 'are' : 'is'} backed by ${shown}.`;
		case 'place-within':
			return `${name} is in ${shown}.`;
		case 'title-place':
			return `${shown}: ${entity?.place?.title ?? ''}`;
		case 'place-event':
			return `${shown} happened in ${name}.`;
		case 'event-against':
			return `${name} was against ${shown}.`;
		case 'event-date':
			if (slot.kind !== 'date') break;
			// Wrong dates keep the right one's precision, so its preposition fits them too.
			return `${name} happened ${slot.date.day === undefined ? 'in' : 'on'} ${shown}.`;
		case 'event-place':
			return `${name} happened in ${shown}.`;
		case 'event-actors':
			return `${shown} took part in ${name}.`;
		case 'figure-number':
			if (!entity?.figure) break;
			return `${capitalise(entity.figure.counts)}: ${shown}, according to ${nameOf(pool, entity.figure.givenBy)}.`;
		case 'actor-role':
		case 'place-significance':
			return `${name}: ${shown}`;
		case 'role-actor':
			if (slot.kind !== 'entity' || !slot.entity.actor) break;
			return `${shown}: ${slot.entity.actor.title}`;
		case 'claim-claimant': {
			const split = entity?.claim ? claimBody(entity.claim) : null;
			return split ? `According to ${shown}${split.joiner} ${split.body}` : null;
		}
		case 'quote-speaker': {
			const quote = entity?.claim?.quote ?? QUOTED.exec(card.prompt)?.[1];
			if (quote) return `${shown} said: “${quote}”`;
			break;
		}
		case 'cloze':
			if (BLANK.test(card.prompt)) return card.prompt.replace(BLANK, shown);
			break;
	}
	return `${card.prompt.trim()} — ${shown}`;
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
