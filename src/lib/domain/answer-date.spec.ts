import { describe, expect, it } from 'vitest';
import { dateKey, parseDateAnswer } from './answer-date';

describe('parseDateAnswer', () => {
	it.each([
		['23 May 2016', '2016-05-23'],
		['May 23, 2016', '2016-05-23'],
		['on 23rd of May 2016', '2016-05-23'],
		['2016-05-23', '2016-05-23'],
		['May 2016', '2016-05'],
		['in Sept. 2017', '2017-09'],
		['2014', '2014'],
		['44 BC', '-44'],
		['15 March 44 BCE', '-44-03-15'],
		['March 490 B.C.', '-490-03']
	])('reads %s', (text, key) => {
		expect(dateKey(parseDateAnswer(text)!)).toBe(key);
	});

	it.each([
		'05/06/2016',
		'May 23',
		'Mosul',
		'32 May 2016',
		'2016-13-01',
		'May 2016 2017',
		'0 BC',
		'Mosul 44 BC'
	])('does not read %s', (text) => {
		expect(parseDateAnswer(text)).toBeNull();
	});
});
