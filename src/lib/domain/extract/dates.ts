/**
 * Dates in a text, as precise as the text allows: `chrono-node` for written dates ("Aug. 29", "July of 2014",
 * "November 3, 2017"), plus what it lacks: bare years ("in 2014", "from 2007 to 2009"), and words that count from
 * the document's own date ("today", "yesterday", "on Monday", "this week", "five days ago"), which keep only the
 * precision that date has.
 */
import * as chrono from 'chrono-node';
import type { PartialDate, ProposedDate } from './types';

export interface DateMention extends ProposedDate {
	start: number;
	end: number;
	text: string;
	/** Spelled out in the text (a year, or a month and day), not counted from the document's date. */
	explicit: boolean;
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	a: 1
};

/** Noon UTC of a day: a reference instant that no time zone moves to another day. */
function utcNoon(year: number, month: number, day: number): Date {
	return new Date(Date.UTC(year, month - 1, day, 12));
}

function shiftDays(date: PartialDate, days: number): PartialDate {
	if (date.month === undefined || date.day === undefined) return { year: date.year, month: date.month };
	const d = utcNoon(date.year, date.month, date.day);
	d.setUTCDate(d.getUTCDate() + days);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function describe(date: PartialDate): string {
	const parts = [date.year, date.month, date.day]
		.filter((x) => x !== undefined)
		.map((x) => String(x).padStart(2, '0'));
	return parts.join('-');
}

const RELATIVE =
	/\b(?:(earlier |later )?(today|tonight|yesterday)|(earlier |later )?(this|last) (week|month|year)|(?:on |last )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?! ?,? ?\w+ \d)|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (day|week|month|year)s? ago)\b/gi;

/** Words counted from the document's date, with the precision that date allows. */
function relativeDates(text: string, docDate: PartialDate | undefined): DateMention[] {
	if (!docDate) return [];
	const found: DateMention[] = [];
	for (const m of text.matchAll(RELATIVE)) {
		const phrase = m[0];
		const lower = phrase.toLowerCase();
		let date: PartialDate;
		if (m[2]) {
			date = m[2].toLowerCase() === 'yesterday' ? shiftDays(docDate, -1) : { ...docDate };
		} else if (m[5]) {
			const unit = m[5].toLowerCase();
			const back = m[4]!.toLowerCase() === 'last' ? 1 : 0;
			if (unit === 'year') date = { year: docDate.year - back };
			else if (unit === 'month') {
				if (docDate.month === undefined) date = { year: docDate.year };
				else {
					const month = docDate.month - back;
					date = month < 1 ? { year: docDate.year - 1, month: 12 } : { year: docDate.year, month };
				}
			} else date = { year: docDate.year, month: docDate.month };
		} else if (m[6]) {
			if (lower.startsWith('last ') || docDate.day === undefined || docDate.month === undefined) {
				date = { year: docDate.year, month: docDate.month };
			} else {
				// The latest such weekday on or before the document's date: news tells what has happened.
				const ref = utcNoon(docDate.year, docDate.month, docDate.day);
				const back = (ref.getUTCDay() - WEEKDAYS.indexOf(m[6].toLowerCase()) + 7) % 7;
				date = shiftDays(docDate, -back);
			}
		} else {
			const n = /^\d+$/.test(m[7]!) ? Number(m[7]) : NUMBER_WORDS[m[7]!.toLowerCase()]!;
			const unit = m[8]!.toLowerCase();
			if (unit === 'day') date = shiftDays(docDate, -n);
			else if (unit === 'year') date = { year: docDate.year - n };
			else date = { year: docDate.year, month: docDate.month };
		}
		if (date.month === undefined) delete date.month;
		if (date.day === undefined) delete date.day;
		found.push({
			...date,
			start: m.index!,
			end: m.index! + phrase.length,
			text: phrase,
			explicit: false,
			basis: `relative: "${phrase.trim()}" counted from the document's date (${describe(docDate)})`
		});
	}
	return found;
}

/** Years standing alone ("in 2014", "2014-2015", "the 1860s" is a decade and not taken). */
const BARE_YEAR = /(?<![\d,.$£€#@/-])(1[0-9]\d\d|20\d\d)(?![\d%]|s\b|,\d|\.\d)/g;

function bareYears(text: string): DateMention[] {
	const found: DateMention[] = [];
	for (const m of text.matchAll(BARE_YEAR)) {
		const year = Number(m[1]);
		const before = text.slice(Math.max(0, m.index! - 12), m.index!).toLowerCase();
		// "more than 1500 fighters" or "1500 remaining troops": a count, not a year.
		const after = text.slice(m.index! + 4, m.index! + 30);
		if (/(than|about|some|over|around|nearly|almost|only|with|had|has|have)\s+$/.test(before)) continue;
		if (
			/^\s+(?:[a-z]+ ){0,2}(?:fighters|troops|people|men|soldiers|civilians|members|km|miles|metres|meters|dollars)\b/i.test(
				after
			)
		)
			continue;
		if (year < 1500 && !/\b(in|since|from|until|by|of|to|during|year)\s+$/.test(before)) continue;
		found.push({
			year,
			start: m.index!,
			end: m.index! + 4,
			text: m[1]!,
			explicit: true,
			basis: `explicit year "${m[1]}"`
		});
	}
	return found;
}

/** Written dates, through chrono: month and day as written; the year as written or else the document's. */
function writtenDates(text: string, docDate: PartialDate | undefined): DateMention[] {
	const ref = docDate ? utcNoon(docDate.year, docDate.month ?? 6, docDate.day ?? 15) : utcNoon(2000, 6, 15);
	const found: DateMention[] = [];
	// chrono's casual parser reads "July of 2014" too; words that count from a date are read by relativeDates.
	// It reads only the stretches around month names: a written date has one, and the rest of the text is skipped.
	for (const [from, to] of monthWindows(text)) {
		for (const r of chrono.casual.parse(text.slice(from, to), { instant: ref, timezone: 0 })) {
			const start = r.start;
			if (!start.isCertain('month') || !MONTH_NAME.test(r.text)) continue;
			const year = start.isCertain('year') ? start.get('year') : docDate?.year;
			if (year === null || year === undefined) continue;
			const date: PartialDate = { year, month: start.get('month') ?? undefined };
			if (start.isCertain('day')) date.day = start.get('day') ?? undefined;
			const phrase = r.text;
			const basis = start.isCertain('year')
				? `explicit date "${phrase}"`
				: `explicit date "${phrase}"; the year is the document's (${docDate!.year})`;
			const at = from + r.index;
			found.push({ ...date, start: at, end: at + phrase.length, text: phrase, explicit: true, basis });
		}
	}
	return found;
}

/** Stretches of about 40 characters either side of each month name, merged, cut at spaces. */
function monthWindows(text: string): [number, number][] {
	const windows: [number, number][] = [];
	for (const m of text.matchAll(new RegExp(MONTH_NAME.source, 'gi'))) {
		let from = Math.max(0, m.index! - 40);
		let to = Math.min(text.length, m.index! + m[0].length + 40);
		while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
		while (to < text.length && !/\s/.test(text[to]!)) to++;
		const last = windows[windows.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else windows.push([from, to]);
	}
	return windows;
}

/**
 * Every date mention of `text`, in order, overlaps resolved in favour of the written date. `docDate` is the
 * document's own date: relative words need it, and written dates without a year take its year.
 */
export function findDates(text: string, docDate?: PartialDate): DateMention[] {
	const all = [...writtenDates(text, docDate), ...bareYears(text), ...relativeDates(text, docDate)];
	all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const kept: DateMention[] = [];
	for (const d of all) {
		const last = kept[kept.length - 1];
		if (last && d.start < last.end) continue;
		kept.push(d);
	}
	return kept;
}

/** The first full date near the top of a document (a date line: "Thursday, October 26, 2017"). */
export function findDateLine(text: string): PartialDate | undefined {
	const head = text.slice(0, 400);
	for (const r of chrono.strict.parse(head, { instant: utcNoon(2000, 1, 1), timezone: 0 })) {
		if (r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) {
			return { year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! };
		}
	}
	return undefined;
}
