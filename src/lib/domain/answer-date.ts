/**
 * Reads a typed date in the common English forms so "23 May 2016", "May 23, 2016", "2016-05-23" and
 * "23rd of May 2016" compare equal. Day/month order with slashes is ambiguous, so "05/06/2016" is not read.
 */

export interface DateParts {
	year: number;
	month?: number;
	day?: number;
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

function monthNumber(word: string): number | undefined {
	if (word === 'sept') return 9;
	if (word.length < 3) return undefined;
	const index = MONTHS.findIndex((name) => name.startsWith(word));
	return index >= 0 ? index + 1 : undefined;
}

function valid(parts: DateParts): DateParts | null {
	const { year, month, day } = parts;
	if (year < 1 || year > 9999) return null;
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined && (month === undefined || day < 1 || day > 31)) return null;
	return parts;
}

export function parseDateAnswer(text: string): DateParts | null {
	// "44 BC", "March 44 BCE", "15 March 44 B.C.": a year before the common era, as a negative year.
	const era = /^(.*?)\b(\d{1,4})\s*b\.?\s?c\.?(?:\s?e\.?)?$/i.exec(text.trim());
	if (era) {
		const year = Number(era[2]);
		const rest = era[1]!.trim().replace(/,$/, '');
		// The day and month are read with a stand-in leap year, then the year is set.
		const parsed = rest ? parseDateAnswer(`${rest} 2000`) : { year: 2000 };
		return parsed && parsed.year === 2000 && year > 0 ? { ...parsed, year: -year } : null;
	}
	const t = text
		.toLowerCase()
		.trim()
		.replace(/^(on|in)\s+/, '')
		.replace(/[.,]/g, ' ')
		.replace(/\b(\d{1,2})(st|nd|rd|th)\b/g, '$1')
		.replace(/\bof\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
	if (iso)
		return valid({ year: Number(iso[1]), month: Number(iso[2]), ...(iso[3] ? { day: Number(iso[3]) } : {}) });
	if (/^\d{4}$/.test(t)) return valid({ year: +t });
	const words = t.split(' ');
	const monthAt = words.findIndex((w) => /^[a-z]+$/.test(w) && monthNumber(w) !== undefined);
	if (monthAt < 0 || words.length > 3 || words.some((w, i) => i !== monthAt && !/^\d+$/.test(w))) return null;
	const month = monthNumber(words[monthAt] ?? '')!;
	const numbers = words.filter((_, i) => i !== monthAt).map(Number);
	const year = numbers.find((n) => n > 31);
	if (year === undefined) return null;
	const day = numbers.find((n) => n !== year);
	if (numbers.length === 2 && day === undefined) return null;
	return valid({ year, month, ...(day !== undefined ? { day } : {}) });
}

/** "2016-05-23", "2016-05" or "2016": equal keys mean the same date at the same precision. */
export function dateKey(parts: DateParts): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return [String(parts.year), parts.month && pad(parts.month), parts.day && pad(parts.day)]
		.filter(Boolean)
		.join('-');
}
