import { describe, expect, it } from 'vitest';
import { BATTLE_REPORT, SCIENCE_RELEASE, TOWN_NEWS } from './fixtures';
import { extractProposals } from './index';

const eventsOf = (doc: Parameters<typeof extractProposals>[0][0]) =>
	extractProposals([doc]).filter((p) => p.kind === 'event');

describe('events', { timeout: 60_000 }, () => {
	it('dates each event by its own date, or by the day a weekday falls on before the report', () => {
		const events = eventsOf(BATTLE_REPORT);
		const on = (words: string) => events.find((e) => e.evidence[0]!.excerpt.includes(words));
		expect(on('Confederate troops attacked')!.date).toMatchObject({ year: 1863, month: 7, day: 1 });
		expect(on('12,500 Confederate soldiers advanced')!.date).toMatchObject({ year: 1863, month: 7, day: 3 });
		// The report is dated Monday 6 July 1863: "on Saturday" is 4 July.
		expect(on('withdrew')!.date).toMatchObject({
			year: 1863,
			month: 7,
			day: 4,
			basis: expect.stringContaining('on Saturday')
		});
	});

	it('dates an undated event by the document, as on or before it, and says so', () => {
		const [launch] = eventsOf({
			file: 'a.txt',
			text: 'Iraqi forces have launched their final offensive on the town of Rawa.',
			date: { year: 2017, month: 10, day: 26 }
		});
		expect(launch!.date).toEqual({ year: 2017, month: 10, basis: expect.stringContaining('on or before') });
	});

	it('names an event by a clause that does not stop on a word leading into more', () => {
		const [event] = eventsOf({
			file: 'a.txt',
			text: 'On 17 November 2017 Iraqi forces quickly and completely liberated the H-2 airbase in the western desert of Anbar province.',
			date: { year: 2017, month: 11, day: 20 }
		});
		expect(event!.name).not.toMatch(/\b(?:in|the|of)$/);
		expect(event!.name).toMatch(/liberated/);
	});

	it('does not take forecasts, opinions, habits or adjectives for events', () => {
		const text = [
			'All of the towns they captured since 2014 will be liberated in Iraq.',
			'I think the army defeated them in 2015.',
			'Amiri is routinely photographed with Soleimani in Baghdad.',
			'The besieged city of Mosul waits.'
		].join(' ');
		expect(eventsOf({ file: 'a.txt', text, date: { year: 2017 } })).toEqual([]);
	});

	it('finds dated events in a press release and a town’s news', () => {
		expect(eventsOf(SCIENCE_RELEASE).map((e) => [e.name, e.date?.year])).toContainEqual([
			'which NASA launched in 2021',
			2021
		]);
		const vote = eventsOf(TOWN_NEWS).find((e) => e.evidence[0]!.excerpt.includes('voted 7 to 2'));
		// 2 November 2023 was a Thursday: "on Tuesday" is 31 October.
		expect(vote!.date).toMatchObject({ year: 2023, month: 10, day: 31 });
	});

	it('proposes nothing undated when the document has no date', () => {
		expect(
			eventsOf({
				file: 'a.txt',
				text: 'Iraqi forces have launched their final offensive on the town of Rawa.'
			})
		).toEqual([]);
	});
});
