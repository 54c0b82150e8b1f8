/**
 * Wrong answers of the same sort as the right one: the same kind of entity, a nearby date of another event
 * or a shifted one, a number of the same unit and magnitude. Never the answer under another spelling.
 */
import { normalizeAnswer } from '../answer';
import type { Card, Entity } from '../pack';
import type { Random } from '../random';
import { compareDates, formatDate, precision, shiftDays, shiftMonths, type DateLike } from './dates';
import { entityTiers } from './groups';
import { numberVariants, sameMagnitude } from './numbers';
import { pickDistinct, plausibleLength } from './pick';
import type { QuizPool } from './pool';
import { slotText, type AnswerSlot } from './slots';

export interface WrongOptions {
	/** Skip the length rule (true/false shows one option only). */
	anyLength?: boolean;
	/** An extra condition on entity candidates (map-identify: far enough from the marker). */
	accept?: (e: Entity) => boolean;
}

const TEXT_FIELD = {
	title: (e: Entity) => e.actor?.title ?? e.place?.title ?? '',
	claimant: (e: Entity) => e.claim?.claimant ?? ''
};

function entityKeys(pool: QuizPool, e: Entity): string[] {
	return [e.name, ...e.aliases].map(pool.key);
}

/** "Syria and Iraq" → ["syria", "iraq"]: a river's or region's answer may name several countries. */
function countryParts(pool: QuizPool, country: string): string[] {
	return normalizeAnswer(country)
		.split(/\band\b|,|\//)
		.map(pool.key)
		.filter(Boolean);
}

function nearbyEventDates(pool: QuizPool, date: DateLike, rng: Random): string[] {
	const out: string[] = [];
	for (let year = date.year - 2; year <= date.year + 2; year++) {
		for (const e of rng.sample(pool.eventsByYear.get(year) ?? [], 6)) {
			const other = e.event!.date;
			if (precision(other) === precision(date) && compareDates(other, date) !== null)
				out.push(formatDate(other));
		}
	}
	return out;
}

function shiftedDates(date: DateLike, rng: Random): string[] {
	const offsets = [1, 2, 3, 4, 5, 6].flatMap((k) => [k, -k]);
	const shifted =
		precision(date) === 'year'
			? offsets.slice(0, 8).map((k) => ({ year: date.year + k }))
			: offsets.map((k) => shiftMonths(date, k));
	if (precision(date) === 'day') shifted.push(...[3, 7, 12, -4, -9].map((k) => shiftDays(date, k)));
	return rng.shuffle(shifted.map(formatDate));
}

function dateOptions(pool: QuizPool, date: DateLike, rng: Random): string[] {
	return rng.shuffle(
		nearbyEventDates(pool, date, rng).slice(0, 6).concat(shiftedDates(date, rng).slice(0, 6))
	);
}

function numberOptions(pool: QuizPool, slot: Extract<AnswerSlot, { kind: 'number' }>, rng: Random): string[] {
	const parsed = slot.parsed;
	if (!parsed) return [];
	const others = rng.sample(pool.figuresByUnit.get(parsed.unit) ?? [], 12);
	const real = others.filter((f) => sameMagnitude(f.parsed, parsed)).map((f) => f.value);
	return rng.shuffle(real.slice(0, 3).concat(numberVariants(parsed, rng).slice(0, 6)));
}

/** Up to `need` wrong option texts for a card's answer slot, distinct after folding. */
export function wrongAnswers(
	pool: QuizPool,
	rng: Random,
	slot: AnswerSlot,
	card: Card,
	need: number,
	options: WrongOptions = {}
): string[] {
	const answer = slotText(slot);
	const taken = new Set([answer, card.answer, ...card.accepted].map(pool.key));
	const fits = (label: string) =>
		label.trim().length > 0 && (options.anyLength || plausibleLength(label, answer));
	const strings = (candidates: string[]) =>
		pickDistinct(rng, pool.key, [candidates], need, taken, { label: (s) => s, accept: fits });
	switch (slot.kind) {
		case 'entity': {
			const own = new Set(entityKeys(pool, slot.entity));
			own.forEach((k) => taken.add(k));
			const tiers = entityTiers(slot.entity).map((key) => pool.buckets.get(key));
			const accept = (e: Entity) =>
				!slot.exclude.has(e.id) &&
				e.kind === slot.entity.kind &&
				fits(e.name) &&
				!entityKeys(pool, e).some((k) => own.has(k)) &&
				(options.accept?.(e) ?? true);
			return pickDistinct(rng, pool.key, tiers, need, taken, { label: (e) => e.name, accept }).map(
				(e) => e.name
			);
		}
		case 'text': {
			const label = TEXT_FIELD[slot.field];
			const tiers = entityTiers(slot.entity).map((key) => pool.buckets.get(key));
			const accept = (e: Entity) => e.id !== slot.entity.id && fits(label(e));
			return pickDistinct(rng, pool.key, tiers, need, taken, { label, accept }).map(label);
		}
		case 'country': {
			// No single country that is part of the answer: "Iraq" is not wrong for "Syria and Iraq".
			const parts = new Set(countryParts(pool, slot.country));
			const accept = (c: string) => fits(c) && countryParts(pool, c).every((p) => !parts.has(p));
			return pickDistinct(rng, pool.key, [pool.countries], need, taken, { label: (c) => c, accept });
		}
		case 'date':
			return strings(dateOptions(pool, slot.date, rng));
		case 'number':
			return strings(numberOptions(pool, slot, rng));
	}
}
