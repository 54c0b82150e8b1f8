import { describe, expect, it } from 'vitest';
import { absoluteDue, dueLabel, relativeDue, studyTimeLabel } from './due-label';
import { HOUR, MINUTE } from '$lib/domain/time';

const NOW = new Date(2025, 2, 11, 9, 30).getTime(); // Tuesday 11 March 2025, 09:30 local

describe('relativeDue', () => {
	it('counts minutes, then hours, then calendar days', () => {
		expect(relativeDue(NOW - MINUTE, NOW)).toBe('now');
		expect(relativeDue(NOW + 20_000, NOW)).toBe('in under a minute');
		expect(relativeDue(NOW + MINUTE, NOW)).toBe('in 1 minute');
		expect(relativeDue(NOW + 10 * MINUTE, NOW)).toBe('in 10 minutes');
		expect(relativeDue(NOW + 3 * HOUR, NOW)).toBe('in 3 hours');
		expect(relativeDue(new Date(2025, 2, 12, 9, 0).getTime(), NOW)).toBe('tomorrow');
		expect(relativeDue(new Date(2025, 2, 15, 8, 0).getTime(), NOW)).toBe('in 4 days');
		expect(relativeDue(new Date(2025, 6, 1).getTime(), NOW)).toBe('in 4 months');
	});

	it('says hours, not "tomorrow", for a card due just after midnight', () => {
		const late = new Date(2025, 2, 11, 23, 0).getTime();
		expect(relativeDue(new Date(2025, 2, 12, 1, 0).getTime(), late)).toBe('in 2 hours');
	});
});

describe('absoluteDue', () => {
	it('names today, tomorrow, the weekday within a week, else the date', () => {
		expect(absoluteDue(new Date(2025, 2, 11, 14, 5).getTime(), NOW, 'en-GB')).toBe('today at 14:05');
		expect(absoluteDue(new Date(2025, 2, 12, 9, 0).getTime(), NOW, 'en-GB')).toBe('tomorrow at 09:00');
		expect(absoluteDue(new Date(2025, 2, 14, 9, 0).getTime(), NOW, 'en-GB')).toBe('on Friday at 09:00');
		expect(absoluteDue(new Date(2025, 3, 2, 9, 0).getTime(), NOW, 'en-GB')).toBe('on 2 April at 09:00');
		expect(absoluteDue(new Date(2026, 0, 5, 9, 0).getTime(), NOW, 'en-GB')).toBe(
			'on 5 January 2026 at 09:00'
		);
	});

	it('combines both', () => {
		expect(dueLabel(NOW + 10 * MINUTE, NOW, 'en-GB')).toBe('in 10 minutes (today at 09:40)');
	});
});

describe('studyTimeLabel', () => {
	it('gives new cards more time than reviews, at least a minute', () => {
		expect(studyTimeLabel(0, 1)).toBe('about 1 minute');
		expect(studyTimeLabel(20, 0)).toBe('about 7 minutes');
		expect(studyTimeLabel(0, 30)).toBe('about 5 minutes');
	});
});
