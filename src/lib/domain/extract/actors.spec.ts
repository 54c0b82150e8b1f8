import { describe, expect, it } from 'vitest';
import { BATTLE_REPORT, SCIENCE_RELEASE, TOWN_NEWS } from './fixtures';
import { extractProposals } from './index';

const actorsOf = (...docs: Parameters<typeof extractProposals>[0]) =>
	extractProposals(docs).filter((p) => p.kind === 'actor');
const find = (ps: ReturnType<typeof actorsOf>, name: string) => ps.find((p) => p.name === name);

describe('actors', { timeout: 60_000 }, () => {
	it('finds the people of a battle report, without their titles, keeping the titled form as an alias', () => {
		const actors = actorsOf(BATTLE_REPORT);
		for (const name of [
			'Robert E. Lee',
			'George G. Meade',
			'James Longstreet',
			'John Buford',
			'Abraham Lincoln'
		]) {
			expect(find(actors, name), name).toMatchObject({ actorType: 'person' });
		}
		expect(find(actors, 'Robert E. Lee')!.aliases).toContain('General Robert E. Lee');
	});

	it('finds armies, departments and newspapers by what their names end with', () => {
		const actors = actorsOf(BATTLE_REPORT);
		expect(find(actors, 'Army of the Potomac')).toMatchObject({ actorType: 'armed force' });
		expect(find(actors, 'Army of Northern Virginia')).toMatchObject({ actorType: 'armed force' });
		expect(find(actors, 'War Department')).toMatchObject({ actorType: 'government' });
		expect(find(actors, 'New York Times')).toMatchObject({ actorType: 'media' });
	});

	it('groups an organisation with the acronym the text defines for it', () => {
		const actors = actorsOf(SCIENCE_RELEASE);
		expect(find(actors, 'European Southern Observatory')!.aliases).toEqual(['ESO']);
		expect(find(actors, 'NASA')).toBeDefined();
		expect(find(actors, 'Maria Sanchez')!.aliases).toEqual(['Dr. Maria Sanchez']);
	});

	it('proposes no sentence-opening words, titles, days or nationalities', () => {
		const names = [BATTLE_REPORT, SCIENCE_RELEASE, TOWN_NEWS].flatMap((d) => actorsOf(d).map((p) => p.name));
		for (const noise of [
			'The',
			'General',
			'Dr',
			'Saturday',
			'Tuesday',
			'Confederate',
			'Some',
			'For',
			'Casualties',
			'Astronomers'
		]) {
			expect(names).not.toContain(noise);
		}
		expect(find(actorsOf(TOWN_NEWS), 'Tom Briggs')!.aliases).toEqual(['Councillor Tom Briggs']);
	});

	it('groups "Iraqi security forces" style phrases and keeps the national adjective alone out', () => {
		const text =
			'Iraqi security forces and Kurdish Peshmerga forces entered the town. The Iraqi government said the Iraqi security forces held it. Iranian advisers were not there.';
		const names = actorsOf({ file: 'a.txt', text }).map((p) => p.name);
		expect(names).toEqual(
			expect.arrayContaining(['Iraqi security forces', 'Iraqi government', 'Kurdish Peshmerga'])
		);
		expect(names).not.toContain('Iraqi');
		expect(names).not.toContain('Iranian');
	});
});
