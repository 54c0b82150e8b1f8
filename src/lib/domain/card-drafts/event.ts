/**
 * Cards of an event: when, where, who acted and against whom. An actor or place the event's name already
 * gives is left out of the answer ("Besides Raqqa, where …?"); if the name gives them all there is no card.
 */
import { besides, dateSpellings, dedupe, formatPackDate } from '../card-text';
import type { CardType, Entity } from '../pack';
import {
	evidenceNaming,
	inSentence,
	listAnswer,
	names,
	resolve,
	type Draft,
	type DraftBuilder
} from './draft';

export const eventDrafts: DraftBuilder = (entity, ctx) => {
	if (!entity.event) return [];
	const { date, places, actors, against } = entity.event;
	const formatted = formatPackDate(date);
	const drafts: Draft[] = [
		{
			type: 'event-date',
			prompt: `When did this happen: ${entity.name}?`,
			answer: formatted,
			accepted: dedupe([formatted, ...dateSpellings(date)]),
			giveaways: [formatted]
		}
	];
	const list = (type: CardType, targets: Entity[], question: string) => {
		const shown = targets.filter((target) => names(entity.name, target));
		const asked = targets.filter((target) => !shown.includes(target));
		if (asked.length === 0) return;
		drafts.push({
			type,
			prompt: besides(shown.map(inSentence), `${question}: ${entity.name}?`),
			...listAnswer(asked),
			evidence: evidenceNaming(entity, asked)
		});
	};
	list('event-place', resolve(places, ctx), 'Where did this happen');
	list('event-actors', resolve(actors, ctx), 'Who was involved in this');
	list('event-against', resolve(against, ctx), 'Against whom was this');
	return drafts;
};
