import { describe, expect, it } from 'vitest';
import { intervalShort, intervalWords } from './interval';
import { DAY, HOUR, MINUTE } from './time';

describe('intervals in short and in words', () => {
	it.each([
		[MINUTE, '1m', '1 minute'],
		[10 * MINUTE, '10m', '10 minutes'],
		[20 * 1000, '1m', '1 minute'],
		[3 * HOUR, '3h', '3 hours'],
		[DAY, '1d', '1 day'],
		[9 * DAY, '9d', '9 days'],
		[91 * DAY, '3mo', '3 months'],
		[45 * DAY, '1.5mo', '1.5 months'],
		[438 * DAY, '1.2y', '1.2 years'],
		[0, 'now', 'now']
	])('%d ms is %s, said as "%s"', (ms, short, words) => {
		expect(intervalShort(ms)).toBe(short);
		expect(intervalWords(ms)).toBe(words);
	});
});
