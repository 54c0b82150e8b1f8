import { describe, expect, it } from 'vitest';
import {
	attributed,
	besides,
	claimContent,
	dateSpellings,
	dedupe,
	formatCoordinates,
	formatPackDate,
	joinNames,
	mentions,
	numberSpellings,
	quoteForPrompt,
	sourceCredit
} from './card-text';
import type { Source } from './pack';

const basis = 'explicit date';

describe('the words of cards', () => {
	it('writes a date as precisely as it is known, and accepts the other ways it is typed', () => {
		expect(formatPackDate({ year: 2016, month: 5, day: 23, basis })).toBe('23 May 2016');
		expect(formatPackDate({ year: 2017, month: 10, basis })).toBe('October 2017');
		expect(dateSpellings({ year: 2017, basis })).toEqual(['2017']);
		expect(dateSpellings({ year: 2017, month: 10, basis })).toEqual(['October 2017', '2017-10']);
		expect(dateSpellings({ year: 2017, month: 11, day: 2, basis })).toEqual([
			'2 November 2017',
			'November 2, 2017',
			'2017-11-02'
		]);
		// Before the common era: BC as well as BCE, and no ISO form.
		expect(dateSpellings({ year: -44, month: 3, day: 15, basis })).toEqual([
			'15 March 44 BCE',
			'15 March 44 BC',
			'March 15, 44 BCE',
			'March 15, 44 BC'
		]);
	});

	it('writes coordinates with their hemispheres', () => {
		expect(formatCoordinates(34.45, 40.92)).toBe('34.45° N, 40.92° E');
		expect(formatCoordinates(-33.9, -70.65)).toBe('33.9° S, 70.65° W');
	});

	it('finds a name as whole words, whatever its dashes and case, and an acronym only as written', () => {
		expect(mentions('The battle for Deir ez-Zor began', 'Deir ez Zor')).toBe(true);
		expect(mentions('forces entered MOSUL', 'Mosul')).toBe(true);
		expect(mentions('Mosuli families fled', 'Mosul')).toBe(false);
		expect(mentions('the Islamic State (IS) lost it', 'IS')).toBe(true);
		// "is" is a word, not the Islamic State.
		expect(mentions('this is where it is', 'IS')).toBe(false);
		expect(mentions('Raqqa’s fall', "Raqqa's fall")).toBe(true);
		expect(mentions('anything', ' ')).toBe(false);
	});

	it('joins names as a sentence does, and drops repeats whatever their case', () => {
		expect(joinNames([])).toBe('');
		expect(joinNames(['Mosul'])).toBe('Mosul');
		expect(joinNames(['Mosul', 'Raqqa'])).toBe('Mosul and Raqqa');
		expect(joinNames(['Mosul', 'Raqqa', 'Hawija'])).toBe('Mosul, Raqqa and Hawija');
		expect(dedupe(['SDF', 'sdf', '', 'Syrian Democratic Forces'])).toEqual([
			'SDF',
			'Syrian Democratic Forces'
		]);
	});

	it('credits a prompt to its source, after a comma for a question and a colon otherwise', () => {
		expect(attributed('When did the offensive begin?', 'the digest')).toBe(
			'According to the digest, when did the offensive begin?'
		);
		expect(attributed('The SDF is dominated by the _____.', 'the report')).toBe(
			'According to the report: The SDF is dominated by the _____.'
		);
		expect(besides(['Mosul', 'Raqqa'], 'Which city fell?')).toBe('Besides Mosul and Raqqa, which city fell?');
		expect(besides([], 'Which city fell?')).toBe('Which city fell?');
	});

	it('credits a source by its publisher, or by its kind when the publisher is unknown', () => {
		const source = (publisher: string, kind: Source['kind']): Source => ({
			id: 's',
			title: 'S',
			kind,
			publisher,
			date: 'unknown',
			file: 's.txt',
			reliability: 'x'
		});
		expect(sourceCredit(source('Stratfor', 'analysis'))).toBe('Stratfor');
		expect(sourceCredit(source('unknown', 'digest'))).toBe('the digest');
		expect(sourceCredit(source('unknown', 'other'))).toBe('the source');
	});

	it('quotes a passage without the punctuation that closes the source’s sentence', () => {
		expect(quoteForPrompt(' days, not weeks. ')).toBe('days, not weeks');
		expect(quoteForPrompt('as the U.S.')).toBe('as the U.S.');
		expect(quoteForPrompt('and then;')).toBe('and then');
		expect(quoteForPrompt('a rise of 44%.')).toBe('a rise of 44%');
	});

	it('takes a claim without its attribution', () => {
		expect(
			claimContent('According to Elijah J. Magnier, the group would go underground.', 'Elijah J. Magnier')
		).toBe('the group would go underground');
		// Credited in other words than the claimant's name: the attribution still goes.
		expect(claimContent('According to the blog, Turkey gained most.', 'Zero Hedge')).toBe(
			'Turkey gained most'
		);
		expect(claimContent('Turkey gained most;', 'Zero Hedge')).toBe('Turkey gained most');
	});

	it('reads a claim written as a sentence after "that": a common first word in lower case, a name as written', () => {
		const evidence = ['Protecting civilians came first, the general said.'];
		expect(claimContent('Civilians came first.', 'the general', evidence)).toBe('civilians came first');
		// The evidence never writes "turkey": a name keeps its capital, as does a word with no texts to go by.
		expect(claimContent('Turkey gained most.', 'Zero Hedge', ['Ankara and Turkey gained most'])).toBe(
			'Turkey gained most'
		);
		expect(claimContent('Civilians came first.', 'the general')).toBe('Civilians came first');
		// Only a whole word counts ("civilianship" is not "civilians"), and an acronym is left alone.
		expect(claimContent('Civilians came first.', 'x', ['civilianship'])).toBe('Civilians came first');
		expect(claimContent('ISIS fell.', 'x', ['isis fell'])).toBe('ISIS fell');
	});

	it('accepts a number without its thousands separator, and a percentage in its three spellings', () => {
		expect(numberSpellings('2,500')).toEqual(['2500']);
		expect(numberSpellings('90 percent')).toEqual(['90 percent', '90%', '90']);
		expect(numberSpellings('44%')).toEqual(['44%', '44 percent', '44']);
	});
});
