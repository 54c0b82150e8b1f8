import { describe, expect, it } from 'vitest';
import { englishShare, junkShare, looksBinary, looksEnglish } from './text-checks';

describe('text checks', () => {
	it('tells text from binary junk', () => {
		expect(junkShare('Plain text.\n\tIndented.')).toBe(0);
		expect(looksBinary('Plain text with one stray \u0007 bell in a long enough line of words.')).toBe(false);
		expect(looksBinary('\u0000\u0001\u0002abc\u0003\u0004\uFFFD')).toBe(true);
	});

	it('tells English from other languages, cheaply', () => {
		expect(looksEnglish('The Syrian military has taken full control of the city, while Iraqi troops ejected the group from the town.')).toBe(true);
		expect(looksEnglish('Die syrische Armee hat die volle Kontrolle über die Stadt übernommen, während irakische Truppen die Gruppe aus der Stadt vertrieben haben.')).toBe(false);
		expect(looksEnglish('El ejército sirio ha tomado el control total de la ciudad, mientras que las tropas iraquíes expulsaron al grupo del pueblo.')).toBe(false);
		// Too short to judge: no warning.
		expect(looksEnglish('Mosul, Raqqa.')).toBe(true);
		expect(englishShare('')).toBe(0);
	});
});
