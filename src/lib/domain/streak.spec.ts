import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { streak } from './streak';

describe('streak', () => {
	it('is zero with no study days', () => {
		expect(streak([], '2025-03-11')).toEqual({ current: 0, longest: 0, studiedToday: false });
	});

	it('counts consecutive days ending today, duplicates and order aside', () => {
		const days = ['2025-03-11', '2025-03-09', '2025-03-10', '2025-03-10', '2025-03-05'];
		expect(streak(days, '2025-03-11')).toEqual({ current: 3, longest: 3, studiedToday: true });
	});

	it('keeps the streak alive through today when yesterday was studied', () => {
		expect(streak(['2025-03-09', '2025-03-10'], '2025-03-11')).toEqual({
			current: 2,
			longest: 2,
			studiedToday: false
		});
	});

	it('breaks after a missed day but remembers the longest run', () => {
		const days = ['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-03-09'];
		expect(streak(days, '2025-03-11')).toEqual({ current: 0, longest: 4, studiedToday: false });
	});

	it('runs across month, year and leap-day boundaries', () => {
		const days = ['2023-12-30', '2023-12-31', '2024-01-01', '2024-02-28', '2024-02-29', '2024-03-01'];
		expect(streak(days, '2024-03-01')).toMatchObject({ current: 3, longest: 3 });
	});

	it('handles a year of daily study', () => {
		const days = Array.from({ length: 365 }, (_, i) => addDays('2024-03-12', i));
		expect(streak(days, '2025-03-11')).toEqual({ current: 365, longest: 365, studiedToday: true });
	});

	it('ignores days after today (a clock that was wrong)', () => {
		expect(streak(['2025-03-11', '2025-03-12', '2025-03-13'], '2025-03-11')).toMatchObject({
			current: 1,
			longest: 1
		});
	});
});
