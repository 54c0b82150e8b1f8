/** Four options, one right, three wrong of the same sort (see wrong.ts). */
import type { Builder } from './context';
import { basics } from './explain';
import { slotText } from './slots';
import type { ChoiceQuestion } from './types';
import { wrongAnswers } from './wrong';

export const OPTION_COUNT = 4;

export const buildMultipleChoice: Builder = (ctx, pc, id): ChoiceQuestion | null => {
	if (!pc.slot) return null;
	const wrong = wrongAnswers(ctx.pool, ctx.rng, pc.slot, pc.card, OPTION_COUNT - 1);
	if (wrong.length < OPTION_COUNT - 1) return null;
	const answer = slotText(pc.slot);
	const options = ctx.rng.shuffle([answer, ...wrong]);
	return {
		id,
		mode: 'multiple-choice',
		prompt: pc.card.prompt,
		options,
		correctIndex: options.indexOf(answer),
		...basics(ctx.pool, pc, answer)
	};
};
