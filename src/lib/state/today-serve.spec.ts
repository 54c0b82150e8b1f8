import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveStudentAssignment } from '$lib/db/assignments';
import { freshDatabase } from '$lib/db/test-db';
import { getPack } from '$lib/db/library';
import { toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { topicAssignment } from '$lib/domain/share/test-fixtures';
import { serveToday, type TodayRequest } from './today-serve';

const fixture = makeFixturePack();
const NOW = new Date(2026, 11, 5, 9, 0).getTime();
const request: TodayRequest = {
	builtIn: { id: fixture.id, version: fixture.version, url: 'https://app.example/pack.json' },
	now: NOW
};
let fetched: number;

beforeEach(() => {
	fetched = 0;
	vi.stubGlobal('fetch', async () => {
		fetched++;
		return new Response(JSON.stringify(toPackFile(fixture)));
	});
});
afterEach(() => vi.unstubAllGlobals());

describe('serveToday', () => {
	it('installs the built-in pack on a first visit, then reads its cards as new today', async () => {
		freshDatabase('today-serve');
		const reply = await serveToday(request);
		expect(fetched).toBe(1);
		expect((await getPack(fixture.id))?.origin).toBe('built-in');
		if (!reply.ok) throw new Error(reply.message);
		expect(reply.read.summary).toMatchObject({ dueNow: 0, missed: 0, totalReviews: 0, started: false });
		expect(reply.read.summary.newToday).toBe(Math.min(20, fixture.cards.length));
		expect(reply.read.titles.packs).toEqual([{ id: fixture.id, title: fixture.title }]);
		expect(reply.read.titles.sources.map((s) => s.title)).toEqual(fixture.sources.map((s) => s.title));
		expect(reply.read.openAssignments).toEqual([]);

		// The next visit finds it there and fetches nothing.
		await serveToday(request);
		expect(fetched).toBe(1);
	});

	it('lists the assignments to do, soonest due first, and which were begun', async () => {
		freshDatabase('today-serve-assignments');
		const link = (id: string) => `https://teacher.example/assign/take#a1.${id}`;
		await saveStudentAssignment(
			topicAssignment({ id: 'later', title: 'Later', dueAt: NOW + 86_400_000 }),
			link('L'),
			NOW
		);
		await saveStudentAssignment(
			topicAssignment({ id: 'sooner', title: 'Sooner', dueAt: NOW }),
			link('S'),
			NOW,
			{
				attemptId: 'attempt-1'
			}
		);
		const reply = await serveToday(request);
		if (!reply.ok) throw new Error(reply.message);
		expect(reply.read.openAssignments).toEqual([
			{ id: 'student:sooner', title: 'Sooner', link: link('S'), dueAt: NOW, begun: true },
			{ id: 'student:later', title: 'Later', link: link('L'), dueAt: NOW + 86_400_000, begun: false }
		]);
	});

	it('says why when the built-in pack cannot be installed, and reads nothing', async () => {
		freshDatabase('today-serve-refused');
		vi.stubGlobal('fetch', async () => new Response('not a pack'));
		const reply = await serveToday(request);
		expect(reply).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
		expect(await getPack(fixture.id)).toBeUndefined();
	});
});
