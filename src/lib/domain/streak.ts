/** Study streak: consecutive local days with at least one answer. */
import { addDays, daysBetween } from './calendar';

export interface Streak {
	/** Days in a row up to today; a streak is still alive today if yesterday was studied. */
	current: number;
	/** The longest run ever. */
	longest: number;
	studiedToday: boolean;
}

/** `days`: local days ("YYYY-MM-DD") with reviews, in any order, duplicates allowed. */
export function streak(days: Iterable<string>, today: string): Streak {
	const studied = new Set<string>();
	for (const day of days) if (day <= today) studied.add(day);

	const sorted = [...studied].sort();
	let longest = 0;
	let run = 0;
	let previous: string | undefined;
	for (const day of sorted) {
		run = previous !== undefined && daysBetween(previous, day) === 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}

	const studiedToday = studied.has(today);
	let current = 0;
	let day = studiedToday ? today : addDays(today, -1);
	while (studied.has(day)) {
		current++;
		day = addDays(day, -1);
	}
	return { current, longest, studiedToday };
}
