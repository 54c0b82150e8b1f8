/**
 * Cards of an actor: who or what it is (its title, both ways), the body it belongs to, whom it leads, who backs
 * it, who leads it, and who said its quotes. A facet its title already names is not asked again.
 */
import { besides, quoteForPrompt } from '../card-text';
import type { Entity } from '../pack';
import {
	doesOrDo,
	evidenceNaming,
	inSentence,
	label,
	listAnswer,
	nameAnswer,
	names,
	resolve,
	textAnswer,
	type Draft,
	type DraftBuilder
} from './draft';

export const actorDrafts: DraftBuilder = (entity, ctx) => {
	if (!entity.actor) return [];
	const { title, type, affiliation, leads, backedBy, quotes } = entity.actor;
	const person = type === 'person';
	const drafts: Draft[] = [];
	const pair = `${entity.id}:role`;
	const unnamed = (targets: Entity[]) => targets.filter((target) => !names(title, target));

	drafts.push({
		type: 'actor-role',
		prompt: person
			? `Who is ${entity.name}?`
			: entity.plural
				? `Who are ${inSentence(entity)}?`
				: `What is ${inSentence(entity)}?`,
		...textAnswer(title),
		pair
	});
	drafts.push({
		type: 'role-actor',
		prompt: person
			? `Who is this? ${title}`
			: entity.plural && !entity.definite
				? `Which ${label([entity, entity])} are these? ${title}`
				: `Which ${label([entity])} is this? ${title}`,
		...nameAnswer(entity),
		pair
	});

	const body = affiliation ? ctx.byId.get(affiliation) : undefined;
	// A person is not a "larger body": someone's representative or followers get no affiliation card. Asked even
	// when the title names the body: recalling the body's own name is a fact of its own (and learners' progress on
	// these cards is kept); the leader of the body meets it on another day, as the same pair.
	if (body && body.actor?.type !== 'person')
		drafts.push({
			type: 'actor-affiliation',
			prompt: `Which ${label([body])} ${doesOrDo(entity)} ${inSentence(entity)} belong to?`,
			...nameAnswer(body),
			...(leads?.includes(body.id) ? { pair: `${entity.id}:leads` } : {}),
			evidence: evidenceNaming(entity, [body])
		});

	const allLed = resolve(leads, ctx);
	const led = unnamed(allLed);
	const namedLed = allLed.filter((e) => !led.includes(e)).map(inSentence);
	if (led.length > 0)
		drafts.push({
			type: 'actor-leads',
			prompt: besides(namedLed, `Which ${label(led)} ${doesOrDo(entity)} ${inSentence(entity)} lead?`),
			...listAnswer(led),
			pair: `${entity.id}:leads`,
			evidence: evidenceNaming(entity, led)
		});

	// Asked from this side too, unless a title (this one's or the leader's) already says who leads it.
	const leaders = ctx
		.leadersOf(entity.id)
		.filter((leader) => !names(title, leader) && !names(leader.actor?.title ?? '', entity));
	if (leaders.length > 0)
		drafts.push({
			type: 'actor-leader',
			prompt: `Who leads ${inSentence(entity)}?`,
			...listAnswer(leaders),
			pair: `${leaders[0]!.id}:leads`,
			evidence: evidenceNaming(entity, leaders)
		});

	const backers = unnamed(resolve(backedBy, ctx));
	if (backers.length > 0)
		drafts.push({
			type: 'actor-backers',
			prompt: `Who backs ${inSentence(entity)}?`,
			...listAnswer(backers),
			evidence: evidenceNaming(entity, backers)
		});

	(quotes ?? []).forEach((quote, i) =>
		drafts.push({
			type: 'quote-speaker',
			key: i + 1,
			// The context ("of the coming battle for Falluja (May 2016)") makes a short quote answerable.
			prompt: `Who said${quote.context ? `, ${quote.context.trim()}` : ''}: “${quoteForPrompt(quote.excerpt)}”?`,
			...nameAnswer(entity),
			evidence: [quote]
		})
	);
	return drafts;
};
