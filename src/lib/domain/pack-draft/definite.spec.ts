import { describe, expect, it } from 'vitest';
import { takesThe } from './definite';

const TEXT =
	'The Syrian military took Deir Ezzor. Hezbollah fought beside the Syrian military, and the Islamic State ' +
	'lost the city. Islamic State fighters fled across the Euphrates toward Mosul; the Hezbollah commander spoke.';

describe('takesThe', () => {
	it('is true for a name the documents mostly write with "the", at a sentence start too', () => {
		expect(takesThe('Syrian military', [TEXT])).toBe(true);
		expect(takesThe('Euphrates', [TEXT])).toBe(true);
	});

	it('is false for a name mostly written bare, and for one not found', () => {
		expect(takesThe('Mosul', [TEXT])).toBe(false);
		expect(takesThe('Hezbollah', [TEXT])).toBe(false);
		// One mention with "the", one without: not most.
		expect(takesThe('Islamic State', [TEXT])).toBe(false);
		expect(takesThe('Raqqa', [TEXT])).toBe(false);
	});

	it('counts over every document, and matches the name as a whole word, written literally', () => {
		expect(takesThe('Islamic State', [TEXT, 'They fled the Islamic State.'])).toBe(true);
		expect(takesThe('Syria', [TEXT])).toBe(false);
		expect(takesThe('U.S.', ['the U.S. said so, and the U.S. left; UxSx'])).toBe(true);
	});
});
