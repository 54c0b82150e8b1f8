import { describe, expect, it } from 'vitest';
import { namesTwice } from './self-evident';

describe('namesTwice', () => {
	it('finds a name said twice, whatever its case, accents or article', () => {
		expect(namesTwice('Clashes in Ninewa and Erbil happened in Erbil.', ['Erbil'])).toBe(true);
		expect(namesTwice('The battle of Mosul happened in mosul.', ['Mosul'])).toBe(true);
		expect(namesTwice('Fighting in Deir ez-Zor reached Deir Ezzor.', ['Deir ez-Zor'])).toBe(false);
		expect(namesTwice('Fighting in Deir ez-Zor reached Deir ez Zor.', ['Deir ez-Zor'])).toBe(true);
		expect(namesTwice('Assault on Tall ‘Afar happened in Tall Afar.', ['Tall Afar'])).toBe(true);
	});

	it('does not count a name once, a part of a longer word, or a name too short to tell', () => {
		expect(namesTwice('The battle of Mosul happened in Ninewa.', ['Mosul', 'Ninewa'])).toBe(false);
		expect(namesTwice('Raqqa offensive reached Raqqawi villages.', ['Raqqa'])).toBe(false);
		expect(namesTwice('US forces and US advisers.', ['US'])).toBe(false);
	});
});
