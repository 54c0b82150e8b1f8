import { describe, expect, it } from 'vitest';
import {
	acronymLetters,
	groupNames,
	initials,
	isAcronym,
	sameName,
	skeletonKey,
	spellingKey,
	type NameMention
} from './aliases';

const mention = (text: string, extra: Partial<NameMention> = {}): NameMention => ({
	text,
	person: false,
	...extra
});
const groups = (mentions: NameMention[]) => groupNames(mentions).map((g) => g.names);

describe('spellings of one name', () => {
	it('fold articles, accents, apostrophes and transliteration habits', () => {
		expect(spellingKey('Deir el-Zour')).toBe('deir zor');
		expect(spellingKey('Deir Ezzor')).toBe('deir zor');
		expect(spellingKey('al-Qā’im')).toBe('qaim');
		expect(spellingKey("Kata'ib Hezbollah")).toBe('kataib hezbollah');
		expect(spellingKey('Popular Mobilisation Units')).toBe(spellingKey('Popular Mobilization Units'));
		expect(spellingKey("Iran's")).toBe('iran');
		expect(skeletonKey(spellingKey('Fallujah'))).toBe(skeletonKey(spellingKey('Falluja')));
	});

	it.each([
		['Falluja', 'Fallujah'],
		['Raqqa', 'al-Raqqah'],
		['Haider al-Abadi', 'Hayder al Abadi'],
		['Deir ez-Zor', 'Dier ez Zor'],
		['Deir ez-Zor', 'Deir Ezzour'],
		['Deir ez-Zor', 'Deir al-Zour'],
		['al-Qaim', 'Al-Qaem'],
		['Mayadin', 'al-Mayadeen'],
		['al-Tanf', 'al-Tanaf'],
		['Qods Force', 'Quds Force'],
		['Hawija', 'Hawijah']
	])('%s is %s', (a, b) => {
		expect(sameName(a, b)).toBe(true);
	});

	it.each([
		['Iran', 'Iraq'],
		['Mayadin', 'Medina'],
		['Mosul', 'Basra'],
		['Syria', 'Serbia'],
		['Ali Khamenei', 'Ali al-Sistani']
	])('%s is not %s', (a, b) => {
		expect(sameName(a, b)).toBe(false);
	});
});

describe('acronyms', () => {
	it('are told from names and spelled as letters', () => {
		expect(isAcronym('PMF')).toBe(true);
		expect(isAcronym('U.S.')).toBe(true);
		expect(isAcronym('CJTF-OIR')).toBe(true);
		expect(isAcronym('Islam4UK')).toBe(false);
		expect(isAcronym('Mosul')).toBe(false);
		expect(acronymLetters('CJTF-OIR')).toBe('CJTFOIR');
		expect(initials('Syrian Observatory for Human Rights')).toBe('SOHR');
		expect(initials('Agence France-Presse')).toBe('AFP');
	});
});

describe('groupNames', () => {
	it('groups spellings, acronyms by their initials, and explicit definitions, across documents', () => {
		const result = groups([
			mention('Popular Mobilization Forces'),
			mention('PMF'),
			mention('Falluja'),
			mention('Fallujah'),
			mention('Kurdistan Workers Party'),
			mention('PKK', { sameAs: 'Kurdistan Workers Party' }),
			mention('Syrian Democratic Forces'),
			mention('SDF')
		]);
		expect(result).toEqual(
			expect.arrayContaining([
				['Popular Mobilization Forces', 'PMF'],
				expect.arrayContaining(['Falluja', 'Fallujah']),
				['Kurdistan Workers Party', 'PKK'],
				['Syrian Democratic Forces', 'SDF']
			])
		);
		expect(result).toHaveLength(4);
	});

	it('joins a surname to the one person named in full, and not to a place', () => {
		const result = groups([
			mention('Qassem Soleimani', { person: true }),
			mention('Soleimani'),
			mention('George Washington', { person: true }),
			mention('Washington', { place: true })
		]);
		expect(result).toEqual(
			expect.arrayContaining([['Qassem Soleimani', 'Soleimani'], ['George Washington'], ['Washington']])
		);
	});

	it('leaves a surname alone when two people share it', () => {
		const result = groups([
			mention('John Smith', { person: true }),
			mention('Mary Smith', { person: true }),
			mention('Smith')
		]);
		expect(result).toHaveLength(3);
	});

	it('knows the names every news reader knows, when both occur', () => {
		const result = groups([
			mention('ISIS'),
			mention('Islamic State'),
			mention('U.S.'),
			mention('United States'),
			mention('US')
		]);
		expect(result).toEqual(
			expect.arrayContaining([
				['Islamic State', 'ISIS'],
				['United States', 'U.S.', 'US']
			])
		);
	});

	it('joins an acronym by its initials only to the one name that has them', () => {
		// "Iraqi Shia militias" beside the Islamic State's "IS": the two were made each other's alias.
		const result = groups([
			mention('Islamic State'),
			mention('IS'),
			mention('Iraqi Shia'),
			mention('Syrian Democratic Forces'),
			mention('SDF')
		]);
		expect(result).toEqual(
			expect.arrayContaining([['Islamic State', 'IS'], ['Iraqi Shia'], ['Syrian Democratic Forces', 'SDF']])
		);
		expect(result).toHaveLength(3);
		// With no well-known name to settle it, an acronym two names share joins neither.
		expect(groups([mention('Kurdish Forces'), mention('Kurdish Front'), mention('KF')])).toHaveLength(3);
		// Two names that differ by a plural are one name: the acronym joins both.
		expect(
			groups([
				mention('Islamic Revolutionary Guard Corps'),
				mention('Islamic Revolutionary Guards Corps'),
				mention('IRGC')
			])
		).toHaveLength(1);
	});

	it('shows the most used full form first', () => {
		const counts = new Map([
			['Fallujah', 1],
			['Falluja', 5]
		]);
		expect(groupNames([mention('Fallujah'), mention('Falluja')], counts)[0]!.names).toEqual([
			'Falluja',
			'Fallujah'
		]);
	});
});
