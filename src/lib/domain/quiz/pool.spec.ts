import { describe, expect, it } from 'vitest';
import { makeFixturePack } from './fixture';
import { MODE_BITS } from './eligibility';
import { generateQuiz } from './generate';
import { isQuizPoolReady, prepareQuizPool, quizPoolStep } from './pool';

const pack = makeFixturePack();
const pool = prepareQuizPool(pack);
const slotOf = (cardId: string) => pool.byCardId.get(cardId)!.slot;
const modesOf = (cardId: string) => pool.byCardId.get(cardId)!.modes;

describe('prepareQuizPool', () => {
	it('is built once per pack object', () => {
		expect(prepareQuizPool(pack)).toBe(pool);
		expect(prepareQuizPool(makeFixturePack())).not.toBe(pool);
	});

	it('reads what sort of thing each answer is', () => {
		expect(slotOf('falluja:place-country')).toEqual({ kind: 'country', country: 'Iraq' });
		expect(slotOf('falluja-offensive:event-date')).toMatchObject({
			kind: 'date',
			date: { year: 2016, month: 5, day: 23 }
		});
		expect(slotOf('deir-ez-zor-control:figure-number')).toMatchObject({
			kind: 'number',
			value: '95 percent'
		});
		expect(slotOf('hezbollah:actor-role')).toMatchObject({ kind: 'text', field: 'title' });
		expect(slotOf('falluja:place-map')).toBeNull();
		expect(slotOf('falluja-distance:cloze:0')).toMatchObject({ kind: 'number', value: '50 km' });
		expect(slotOf('badr-organization:cloze:0')).toMatchObject({
			kind: 'entity',
			entity: { id: 'hadi-al-amiri' }
		});
	});

	it('marks what else would be right: an event’s other places, an actor’s own chain', () => {
		const place = slotOf('qaim-rawa-offensive:event-place');
		expect(place?.kind === 'entity' && [...place.exclude].sort()).toEqual(['al-qaim', 'rawa']);
		const body = slotOf('hadi-al-amiri:actor-affiliation');
		expect(body?.kind === 'entity' && body.entity.id).toBe('badr-organization');
		expect(body?.kind === 'entity' && [...body.exclude].sort()).toEqual([
			'badr-organization',
			'hadi-al-amiri',
			'iraqi-government',
			'popular-mobilization-forces'
		]);
	});

	it('decides modes per card: contested claims only as who-claims-what, maps only through the map card', () => {
		expect(modesOf('turkey-oil-funding:claim-claimant') & MODE_BITS['true-false']).toBeTruthy();
		expect(modesOf('turkey-oil-funding:claim-claimant') & MODE_BITS.typed).toBe(0);
		expect(modesOf('turkey-oil-funding:claim-claimant') & MODE_BITS.timeline).toBe(0);
		expect(modesOf('falluja:place-map') & MODE_BITS.map).toBeTruthy();
		expect(modesOf('falluja:place-country') & MODE_BITS.map).toBe(0);
		expect(modesOf('falluja:place-map') & MODE_BITS['multiple-choice']).toBe(0);
		expect(modesOf('falluja-offensive:event-date') & MODE_BITS.timeline).toBeTruthy();
		expect(modesOf('falluja-offensive:event-place') & MODE_BITS.timeline).toBe(0);
	});

	it('lists single countries only, with the region’s', () => {
		expect(pool.countries).toContain('Iraq');
		expect(pool.countries).toContain('Lebanon');
		expect(pool.countries.some((c) => / and /.test(c))).toBe(false);
	});
});

describe('quizPoolStep', () => {
	const spec = {
		selection: {},
		count: 10,
		modes: ['multiple-choice', 'typed', 'timeline', 'matching'] as const,
		seed: 'steps'
	};

	it('builds the same pool a slice at a time, so a quiz made after it is the same quiz', () => {
		const stepped = makeFixturePack();
		let calls = 1;
		expect(isQuizPoolReady(stepped)).toBe(false);
		while (!quizPoolStep(stepped)) calls++;
		expect(calls, 'the work is cut into slices').toBeGreaterThan(2);
		expect(isQuizPoolReady(stepped)).toBe(true);
		expect(quizPoolStep(stepped)).toBe(true);
		const whole = makeFixturePack();
		expect(generateQuiz(stepped, { ...spec, modes: [...spec.modes] })).toEqual(
			generateQuiz(whole, { ...spec, modes: [...spec.modes] })
		);
	});

	it('finishes a pool half built in slices when a quiz is wanted at once', () => {
		const half = makeFixturePack();
		quizPoolStep(half);
		quizPoolStep(half);
		const pool = prepareQuizPool(half);
		expect(pool.cards).toHaveLength(half.cards.length);
		expect(quizPoolStep(half)).toBe(true);
		expect(prepareQuizPool(half)).toBe(pool);
	});
});
