/**
 * The quiz's promises, checked on a generated question: one right option, wrong ones of the same sort and
 * never another spelling of the answer, no give-away by length, contested facts only as "who claims what",
 * orderable timelines. The specs run it over thousands of questions; the page may run it on a shared quiz.
 */
import { answerKey, matchAnswer } from '../answer';
import { parseDateAnswer } from '../answer-date';
import type { Entity } from '../pack';
import { compareDates, precision } from './dates';
import { isContested } from './eligibility';
import { haversineKm, thresholdKmFor } from './geo';
import { actorGroup, placeGroup } from './groups';
import { MIN_SEPARATION_KM } from './map';
import { parseNumber } from './numbers';
import { namesTwice } from './self-evident';
import type { QuizPool } from './pool';
import type { ChoiceQuestion, MatchingQuestion, Question, TimelineQuestion } from './types';

const group = (e: Entity) =>
	e.actor ? actorGroup(e.actor.type) : e.place ? placeGroup(e.place.type) : e.kind;

function choiceViolations(pool: QuizPool, q: ChoiceQuestion): string[] {
	const out: string[] = [];
	const pc = pool.byCardId.get(q.cardId);
	const keys = q.options.map(answerKey);
	const answerKeyText = answerKey(q.answerText);
	if (q.options.length !== 4) out.push('not four options');
	if (new Set(keys).size !== keys.length) out.push('options equal after folding');
	if (q.options[q.correctIndex] !== q.answerText) out.push('correctIndex does not point at the answer');
	if (keys.filter((k) => k === answerKeyText).length !== 1) out.push('answer not present exactly once');
	const lengths = q.options.map((o) => o.length);
	if (Math.max(...lengths) >= 3 * Math.min(...lengths)) out.push('one option 3× longer than another');
	const slot = q.mode === 'map-identify' ? undefined : pc?.slot;
	const answerEntity =
		q.mode === 'map-identify' ? pc?.entity : slot?.kind === 'entity' ? slot.entity : undefined;
	const forbidden = new Set(
		[...(pc?.card.accepted ?? []), ...(answerEntity ? [answerEntity.name, ...answerEntity.aliases] : [])].map(
			answerKey
		)
	);
	q.options.forEach((option, i) => {
		if (i === q.correctIndex) return;
		if (forbidden.has(answerKey(option))) out.push(`"${option}" is another spelling of the answer`);
		if (answerEntity) {
			const named = pool.names.get(answerKey(option)) ?? [];
			const same = named.find((e) => e.kind === answerEntity.kind && group(e) === group(answerEntity));
			if (!same) out.push(`"${option}" is not the same sort as ${answerEntity.name}`);
			if (same && slot?.kind === 'entity' && slot.exclude.has(same.id))
				out.push(`"${option}" would also be right`);
			if (same && q.marker && same.place && haversineKm(q.marker, same.place) < MIN_SEPARATION_KM) {
				out.push(`"${option}" lies too close to the marker`);
			}
		} else if (slot?.kind === 'date') {
			const parsed = parseDateAnswer(option);
			if (!parsed || precision(parsed) !== precision(slot.date))
				out.push(`"${option}" is not a date of the same precision`);
		} else if (slot?.kind === 'number') {
			if (parseNumber(option)?.unit !== slot.parsed?.unit) out.push(`"${option}" has another unit`);
		} else if (slot?.kind === 'country') {
			if (!pool.countries.includes(option)) out.push(`"${option}" is not a country`);
		}
	});
	return out;
}

function timelineViolations(pool: QuizPool, q: TimelineQuestion): string[] {
	const out: string[] = [];
	const events = q.correctOrder.map((id) => pool.entities.get(id)?.event?.date);
	if (q.items.length < 4 || q.items.length > 6) out.push('not 4–6 events');
	if (events.some((d) => !d)) out.push('an item is not a dated event');
	const dates = events.filter((d) => d !== undefined);
	for (let i = 0; i < dates.length; i++) {
		for (let j = i + 1; j < dates.length; j++) {
			const order = compareDates(dates[i]!, dates[j]!);
			if (order === null) out.push('two dates cannot be ordered at their precision');
			else if (order > 0) out.push('correctOrder is not chronological');
		}
	}
	if (q.items.every((item, i) => item.id === q.correctOrder[i])) out.push('shown already in order');
	if ([...q.items.map((i) => i.id)].sort().join() !== [...q.correctOrder].sort().join())
		out.push('items differ from the order');
	return out;
}

function matchingViolations(pool: QuizPool, q: MatchingQuestion): string[] {
	const out: string[] = [];
	const dates = q.left.map((l) => pool.entities.get(l.id)?.event?.date).filter((d) => d !== undefined);
	if (dates.some((a, i) => dates.some((b, j) => i < j && compareDates(a, b) === null))) {
		out.push('two dates could fit the same event');
	}
	const places = q.left.map((l) => pool.entities.get(l.id)?.place).filter((p) => p !== undefined);
	if (places.some((p) => p.type === 'country' || p.type === 'region'))
		out.push('a country or region matched to a country');
	const labels = Object.values(q.solution);
	if (q.left.length !== 4) out.push('not four pairs');
	if (q.left.some((l) => !(l.id in q.solution))) out.push('a left item has no solution');
	if (labels.some((l) => !q.right.includes(l))) out.push('a solution label is missing on the right');
	if (new Set(q.right.map(answerKey)).size !== q.right.length) out.push('right labels repeat');
	if (labels.some((l) => labels.filter((x) => x === l).length > 2))
		out.push('a label serves more than two items');
	return out;
}

export function questionRuleViolations(pool: QuizPool, q: Question): string[] {
	const pc = pool.byCardId.get(q.cardId);
	const out: string[] = [];
	if (!pc) return [`unknown card ${q.cardId}`];
	if (q.cardIds[0] !== q.cardId) out.push('cardIds does not start with cardId');
	if (!q.answerText || q.entityIds.length === 0) out.push('missing answer text or entities');
	switch (q.mode) {
		case 'multiple-choice':
		case 'map-identify':
			return out.concat(choiceViolations(pool, q));
		case 'true-false': {
			if (isContested(pc.card, pc.entity) && !['claim-claimant', 'quote-speaker'].includes(pc.card.type)) {
				out.push('a contested card stated as fact');
			}
			if (pc.card.type === 'claim-claimant' && !q.statement.startsWith('According to '))
				out.push('claim not attributed');
			if (q.truth !== (q.answerText === 'True')) out.push('answer text disagrees with truth');
			if (!q.truth && q.answerText === `False: ${q.statement}`)
				out.push('false statement equals the true one');
			const named = [pc.entity, pc.slot?.kind === 'entity' ? pc.slot.entity : undefined].flatMap((e) =>
				e ? [e.name, ...e.aliases] : []
			);
			if (namesTwice(q.statement, named))
				out.push('the statement names one thing twice: it gives itself away');
			return out;
		}
		case 'typed':
			if (q.accepted.some((a) => !matchAnswer(a, q.accepted, { competitors: q.competitors }).exact)) {
				out.push('an accepted spelling is not accepted');
			}
			return out;
		case 'timeline':
			return out.concat(timelineViolations(pool, q));
		case 'map':
			if (!pc.entity?.place || haversineKm(q.target, pc.entity.place) > 0.001)
				out.push('target is not the place');
			if (q.thresholdKm !== thresholdKmFor(q.placeType)) out.push('wrong threshold');
			return out;
		case 'matching':
			return out.concat(matchingViolations(pool, q));
	}
}
