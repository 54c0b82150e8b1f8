/**
 * How long until a card comes back, in the units a person uses: short for the rating buttons ("10m", "4d")
 * and in words for their accessible names ("10 minutes", "4 days"). Both read the same rounded amount.
 */
import { DAY, HOUR, MINUTE } from './time';

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface IntervalParts {
	/** Whole minutes, hours and days; months and years to one decimal below 10 months / always for years. */
	amount: number;
	unit: IntervalUnit;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The amount and unit an interval is shown in; null for no wait at all. */
export function intervalParts(ms: number): IntervalParts | null {
	if (!Number.isFinite(ms) || ms <= 0) return null;
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return { amount: Math.max(1, minutes), unit: 'minute' };
	const hours = Math.round(ms / HOUR);
	if (hours < 24) return { amount: hours, unit: 'hour' };
	const days = Math.round(ms / DAY);
	if (days < 30) return { amount: days, unit: 'day' };
	const months = days / (365.25 / 12);
	if (oneDecimal(months) < 12)
		return { amount: months < 10 ? oneDecimal(months) : Math.round(months), unit: 'month' };
	return { amount: oneDecimal(days / 365.25), unit: 'year' };
}

const SHORT: Record<IntervalUnit, string> = { minute: 'm', hour: 'h', day: 'd', month: 'mo', year: 'y' };

/** "10m", "3h", "1d", "4d", "3mo", "1.2y": for a rating button. */
export function intervalShort(ms: number): string {
	const parts = intervalParts(ms);
	return parts ? `${parts.amount}${SHORT[parts.unit]}` : 'now';
}

/** "1 minute", "10 minutes", "1.2 years", "now": what a screen reader says for the same interval. */
export function intervalWords(ms: number): string {
	const parts = intervalParts(ms);
	if (!parts) return 'now';
	return `${parts.amount} ${parts.unit}${parts.amount === 1 ? '' : 's'}`;
}
