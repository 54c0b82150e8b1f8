/** The card of a figure: the number, asked in the pack's own question and credited to whoever gives it. */
import { attributed, dedupe, numberSpellings, sourceCredit, withoutFinalStop } from '../card-text';
import type { Source } from '../pack';
import type { DraftBuilder } from './draft';

export const figureDrafts: DraftBuilder = (entity, ctx) => {
	if (!entity.figure) return [];
	const { value, counts, givenBy, question } = entity.figure;
	const giver = readableGiver(givenBy, ctx.sources);
	return [
		{
			type: 'figure-number',
			prompt: question
				? attributed(question.trim(), giver)
				: `According to ${giver}, what is the figure for: ${withoutFinalStop(counts)}?`,
			answer: value,
			accepted: dedupe([value, ...numberSpellings(value)]),
			giveaways: [value],
			context: null
		}
	];
};

/** "report-2017 itself" → "the news report": learners never see source ids. */
function readableGiver(givenBy: string, sources: ReadonlyMap<string, Source>): string {
	const [first, ...rest] = givenBy.trim().split(/\s+/);
	const source = first ? sources.get(first) : undefined;
	if (!source) return givenBy.trim();
	const tail = rest.filter((w) => w !== 'itself').join(' ');
	return tail ? `${sourceCredit(source)} ${tail}` : sourceCredit(source);
}
