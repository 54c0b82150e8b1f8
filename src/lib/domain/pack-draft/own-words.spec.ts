import { describe, expect, it } from 'vitest';
import type { Proposal } from '../extract/types';
import { draftOwnWords, eventTitle, neutralClause } from './own-words';

const proposal = (kind: Proposal['kind'], name: string, excerpt: string, more: Partial<Proposal> = {}) =>
	({
		id: `${kind}-x`,
		kind,
		name,
		aliases: [],
		evidence: [{ file: 'a', start: 0, end: excerpt.length, excerpt }],
		confidence: 0.5,
		...more
	}) satisfies Proposal;

describe('neutralClause', () => {
	it('drops quotation marks, the closing stop, attribution tails and days', () => {
		expect(
			neutralClause('Iraqi forces entered the eastern districts of Mosul on Tuesday, the army said.')
		).toBe('Iraqi forces entered the eastern districts of Mosul');
		expect(neutralClause('The Kurdish Peshmerga took the town of Bashiqa on 7 November 2016.')).toBe(
			'The Kurdish Peshmerga took the town of Bashiqa'
		);
		expect(neutralClause('About 5,000 fighters remain in the city, according to the Pentagon.')).toBe(
			'About 5,000 fighters remain in the city'
		);
		expect(neutralClause('According to the UN, 50,000 people have fled since 17 October.')).toBe(
			'50,000 people have fled'
		);
		expect(
			neutralClause('"We will liberate the city within weeks," said Haider al-Abadi, the prime minister.')
		).toBe('Haider al-Abadi said that they will liberate the city within weeks');
	});
});

describe('draftOwnWords', () => {
	it('dates an event: "On <date>, …"', () => {
		const event = proposal(
			'event',
			'the army said',
			'Iraqi forces entered the eastern districts of Mosul on Tuesday, the army said.',
			{ date: { year: 2016, month: 11, day: 1, basis: 'relative' } }
		);
		expect(draftOwnWords(event)).toBe(
			'On 1 November 2016, Iraqi forces entered the eastern districts of Mosul.'
		);
		const undated = { ...event, date: undefined };
		expect(draftOwnWords(undated)).toBe('Iraqi forces entered the eastern districts of Mosul.');
	});

	it('keeps who claims a claim, and a quote as its speaker’s words reported', () => {
		const claim = proposal(
			'claim',
			'Critics claim the offensive was rushed.',
			'Critics claim the offensive was rushed.',
			{
				claimant: 'Critics'
			}
		);
		expect(draftOwnWords(claim)).toBe('According to Critics, the offensive was rushed.');
		const tail = proposal('claim', 'x', 'The city will fall within weeks, the general warned.', {
			claimant: 'the general'
		});
		expect(draftOwnWords(tail)).toBe('According to the general, the city will fall within weeks.');
		const author = proposal('claim', 'x', 'The offensive was a mistake.', { claimant: 'the author of a' });
		expect(draftOwnWords(author)).toBe('According to the author, the offensive was a mistake.');
		const quote = proposal('quote', 'We will liberate the city within weeks', 'x', {
			speaker: 'Haider al-Abadi'
		});
		expect(draftOwnWords(quote)).toBe(
			'According to Haider al-Abadi, they will liberate the city within weeks.'
		);
		expect(draftOwnWords({ ...quote, name: 'I will resign' })).toBeNull();
	});

	it('finds an actor’s role in its passage, and a figure’s question', () => {
		const abadi = proposal(
			'actor',
			'Haider al-Abadi',
			'"We will win," said Haider al-Abadi, the prime minister of Iraq.'
		);
		expect(draftOwnWords(abadi)).toBe('The prime minister of Iraq');
		const titled = proposal('actor', 'Hayder al-Abadi', 'Prime Minister Hayder al-Abadi visited the troops.');
		expect(draftOwnWords(titled)).toBe('Prime Minister');
		expect(draftOwnWords(proposal('actor', 'Iraqi forces', 'Iraqi forces entered Mosul.'))).toBeNull();
		const figure = proposal('figure', 'About 5,000 fighters', 'x', {
			counts: 'fighters of the Islamic State'
		});
		expect(draftOwnWords(figure)).toBe('How many fighters of the Islamic State?');
	});

	it('says where a place comes up, skipping a date line; the same input gives the same draft', () => {
		const mosul = proposal('place', 'Mosul', 'Mosul, 3 November 2016.');
		mosul.evidence.push({ file: 'a', start: 24, end: 80, excerpt: 'Iraqi forces entered Mosul on Tuesday.' });
		expect(draftOwnWords(mosul)).toBe('Iraqi forces entered Mosul');
		expect(draftOwnWords(mosul)).toBe(draftOwnWords(structuredClone(mosul)));
	});

	it('drafts a place only from a passage short enough to be an answer to recall (at most 12 words)', () => {
		const long =
			'The Syrian Democratic Forces advanced on Raqqah from three axes while the south of the city was left open.';
		const raqqah = proposal('place', 'Raqqah', long);
		expect(draftOwnWords(raqqah)).toBeNull();
		raqqah.evidence.push({
			file: 'a',
			start: 200,
			end: 240,
			excerpt: 'Raqqah is the last stronghold of ISIS.'
		});
		expect(draftOwnWords(raqqah)).toBe('Raqqah is the last stronghold of ISIS');
	});
});

describe('eventTitle', () => {
	it('leaves the title of a drafted event sentence', () => {
		expect(eventTitle('On 1 November 2016, Iraqi forces entered Mosul.')).toBe('Iraqi forces entered Mosul');
		expect(eventTitle('Iraqi forces entered Mosul')).toBe('Iraqi forces entered Mosul');
	});
});
