/**
 * A statement built from a card's fact: true with the right detail, false with a same-sort detail swapped
 * in (another country, another event's date, another body). Contested cards only as "who claims what".
 */
import type { Builder } from './context';
import { basics } from './explain';
import { statementAllowed } from './eligibility';
import { namesTwice } from './self-evident';
import { slotText } from './slots';
import { statementFor } from './statements';
import type { TrueFalseQuestion } from './types';
import { wrongAnswers } from './wrong';

export const buildTrueFalse: Builder = (ctx, pc, id): TrueFalseQuestion | null => {
	if (!pc.slot || !statementAllowed(pc.card, pc.entity)) return null;
	// A card that can only ever be true would teach nothing, so a wrong detail must exist first.
	const [wrong] = wrongAnswers(ctx.pool, ctx.rng, pc.slot, pc.card, 1, { anyLength: true });
	const right = slotText(pc.slot);
	const trueStatement = statementFor(ctx.pool, pc, right);
	if (!wrong || !trueStatement) return null;
	// A statement naming one thing twice gives itself away (see self-evident.ts), true or false.
	const names = pc.entity ? [pc.entity.name, ...pc.entity.aliases] : [];
	if (namesTwice(trueStatement, [...names, right])) return null;
	const truth = ctx.rng.next() < 0.5;
	const statement = truth ? trueStatement : statementFor(ctx.pool, pc, wrong);
	if (!statement || (!truth && namesTwice(statement, [...names, wrong]))) return null;
	return {
		id,
		mode: 'true-false',
		prompt: 'True or false?',
		statement,
		truth,
		...basics(ctx.pool, pc, truth ? 'True' : `False: ${trueStatement}`)
	};
};
