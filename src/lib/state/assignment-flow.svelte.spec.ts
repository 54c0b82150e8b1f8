/** The three assignment state classes end to end, on the real pack: teacher builds, student takes, teacher grades. */
import { beforeEach, describe, expect, it } from 'vitest';
import packJson from '$lib/content/generated/pack.json';
import { listAssignments, listResults, saveTeacherAssignment, studentRecordId } from '$lib/db/assignments';
import type { SourcedeckDB } from '$lib/db/database';
import { listMisses } from '$lib/db/missed';
import { freshDatabase } from '$lib/db/test-db';
import { LEGACY_PACK_ID } from '$lib/domain/legacy-ids';
import { localId, qualifyPack } from '$lib/domain/library';
import { withinPacks } from '$lib/domain/quiz/within-packs';
import type { Pack } from '$lib/domain/pack';
import { generateQuiz, prepareQuizPool, type Question, type QuizAnswer } from '$lib/domain/quiz';
import { readPackFile, toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { selectCards } from '$lib/domain/quiz/select';
import { assignmentLink, decodeAssignment, type AssignmentSet } from '$lib/domain/share/assignment-codec';
import { assignmentSpec } from '$lib/domain/share/assignment-codec';
import { decodeResult, encodeResult } from '$lib/domain/share/result-codec';
import { topicAssignment } from '$lib/domain/share/test-fixtures';
import { AssignmentBuilder, localDateTime } from './assignment-builder.svelte';
import { AssignmentGradebook, questionLabel } from './assignment-gradebook.svelte';
import { AssignmentTake } from './assignment-take.svelte';
import { quizPackIds, type QuizLibrary } from './library-content';

/** The built-in pack as the library holds it. */
const pack = qualifyPack(packJson as unknown as Pack);
const packRecord = { id: pack.id, version: pack.version, title: pack.title };
/** A library holding these packs (by default the built-in pack). */
const libraryOf = (installed = [packRecord]): QuizLibrary => ({
	installed: async () => installed,
	packFor: async (spec) =>
		withinPacks(
			pack,
			quizPackIds(spec).filter((id) => installed.some((p) => p.id === id))
		)
});
const library = libraryOf();
/** What the teacher's form is given: the packs that are on. */
const content = { pack, packs: [packRecord] };
const NOW = new Date(2025, 4, 20, 18, 0).getTime();
const ORIGIN = 'https://class.example';

let time = NOW;
const clock = () => time;
let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('assignment-flow');
	time = NOW;
});

function choice(question: Question, right: boolean): QuizAnswer {
	if (question.mode === 'true-false')
		return { kind: 'truth', value: right ? question.truth : !question.truth };
	if (question.mode === 'multiple-choice')
		return {
			kind: 'choice',
			index: right ? question.correctIndex : (question.correctIndex + 1) % question.options.length
		};
	throw new Error(`unexpected mode ${question.mode}`);
}

async function builtSet(title = 'Mosul, 2017') {
	const builder = new AssignmentBuilder(content, clock);
	builder.title = title;
	builder.instructions = 'Answer on your own.';
	builder.count = 4;
	builder.modes = ['multiple-choice', 'true-false'];
	const saved = await builder.create(ORIGIN);
	if (!saved) throw new Error(builder.problems.join('; '));
	return saved;
}

describe('AssignmentBuilder', () => {
	it('explains what is missing and saves nothing until the form is complete', async () => {
		const builder = new AssignmentBuilder(content, clock);
		builder.modes = [];
		builder.selectBy = 'cards';
		// Said beside the title field only once the form was submitted.
		expect(builder.titleProblem).toBeNull();
		expect(await builder.create(ORIGIN)).toBeNull();
		expect(builder.titleProblem).toBe('Give the set a title.');
		expect(builder.problems).toEqual([
			'Give the set a title.',
			'Choose at least one kind of question.',
			'Pick at least one card.'
		]);
		expect(await database.assignments.count()).toBe(0);
	});

	it('creates a set whose link decodes to what was saved, with the spec the form describes', async () => {
		const builder = new AssignmentBuilder(content, clock);
		builder.title = '  Kirkuk crisis  ';
		builder.teacherNote = 'Period 3';
		builder.kinds = ['event', 'place'];
		builder.count = 7;
		builder.dueDate = '2025-05-30';
		builder.dueTime = '17:00';
		builder.timeLimitMin = 15;
		builder.showAnswers = false;
		const saved = (await builder.create(ORIGIN))!;
		expect(saved.link.startsWith(`${ORIGIN}/assign/take#a1.`)).toBe(true);
		const decoded = decodeAssignment(saved.link);
		expect(decoded.ok && decoded.set).toEqual(saved.set);
		expect(saved.set).toMatchObject({
			title: 'Kirkuk crisis',
			teacherNote: 'Period 3',
			dueAt: new Date(2025, 4, 30, 17, 0).getTime(),
			showAnswers: false,
			createdAt: NOW,
			packs: [packRecord],
			spec: { selection: { kinds: ['event', 'place'] }, count: 7, timeLimitSec: 900 }
		});
		expect(await listAssignments('teacher')).toEqual([saved]);
	});

	it('previews exactly the questions a student will get, and picks cards by hand', async () => {
		const builder = new AssignmentBuilder(content, clock);
		builder.title = 'Picked';
		builder.selectBy = 'cards';
		builder.cardQuery = 'mosul';
		const picks = builder.matchingCards.slice(0, 3).map((card) => card.id);
		expect(picks).toHaveLength(3);
		for (const id of picks) builder.toggleCard(id, true);
		builder.toggleCard(picks[0]!, true);
		builder.toggleCard(picks[2]!, false);
		expect(builder.cardIds).toEqual(picks.slice(0, 2));
		builder.cardQuery = '';
		builder.onlyPicked = true;
		expect(builder.matchingCards.map((card) => card.id)).toEqual(picks.slice(0, 2));
		builder.count = 5;
		builder.previewing = true;
		expect(builder.preview).toEqual(
			generateQuiz(pack, assignmentSpec({ packs: builder.packs, spec: builder.spec }))
		);
		expect(builder.preview.every((question) => picks.slice(0, 2).includes(question.cardId))).toBe(true);
		expect(builder.available).toBe(2);
	});

	it('draws a "Topics" set from the packs the teacher chooses, naming only those in the link', async () => {
		const second = qualifyPack({
			...makeFixturePack(),
			id: 'second-pack',
			title: 'Second pack',
			version: 'v7'
		});
		const secondRecord = { id: second.id, version: second.version, title: second.title };
		const both = {
			pack: {
				...pack,
				sources: [...pack.sources, ...second.sources],
				entities: [...pack.entities, ...second.entities],
				cards: [...pack.cards, ...second.cards]
			},
			packs: [packRecord, secondRecord]
		};
		const builder = new AssignmentBuilder(both, clock);
		builder.title = 'Second pack only';
		builder.count = 5;
		expect(builder.packIds).toEqual([pack.id, second.id]);
		expect(builder.packs).toEqual([packRecord, secondRecord]);

		builder.packIds = [second.id];
		expect(builder.packs).toEqual([secondRecord]);
		expect(builder.available).toBe(selectCards(prepareQuizPool(second), {}).length);
		expect(builder.available).toBeGreaterThan(5);
		// A source ticked in a pack no longer chosen is left out of the set.
		builder.sources = [pack.sources[0]!.id, second.sources[0]!.id];
		expect(builder.spec.selection.sources).toEqual([second.sources[0]!.id]);
		builder.sources = [];
		builder.previewing = true;
		expect(builder.preview.length).toBe(5);
		expect(builder.preview.every((q) => q.cardId.startsWith(`${second.id}/`))).toBe(true);
		const saved = (await builder.create(ORIGIN))!;
		const decoded = decodeAssignment(saved.link);
		expect(decoded.ok && decoded.set.packs).toEqual([secondRecord]);

		builder.packIds = [];
		expect(await builder.create(ORIGIN)).toBeNull();
		expect(builder.problems).toEqual(['Choose at least one pack.']);
	});

	it('reads a local due date and time, end of day without a time', () => {
		expect(localDateTime('2025-05-30', '')).toBe(new Date(2025, 4, 30, 23, 59).getTime());
		expect(localDateTime('', '10:00')).toBeUndefined();
		expect(localDateTime('2025-02-31x', '')).toBeUndefined();
	});
});

describe('AssignmentTake', () => {
	it('refuses a damaged link with the codec message and stores nothing', async () => {
		const { link } = await builtSet();
		await database.assignments.clear();
		const take = new AssignmentTake(library, clock);
		const hash = link.slice(link.indexOf('#'));
		await take.open(hash.slice(0, -5), ORIGIN);
		expect(take.phase).toBe('refused');
		expect(take.refusal?.message).toBe('This link is damaged — ask your teacher to send it again.');
		await take.open('', ORIGIN);
		expect(take.phase).toBe('paste');
		expect(await database.assignments.count()).toBe(0);
	});

	it('keeps the set, requires a name, resumes, and hands back a code the teacher can read', async () => {
		const teacherCopy = await builtSet();
		const hash = teacherCopy.link.slice(teacherCopy.link.indexOf('#'));
		const take = new AssignmentTake(library, clock);
		await take.open(hash, ORIGIN);
		expect(take.phase).toBe('intro');
		expect(take.record?.id).toBe(studentRecordId(teacherCopy.id));
		await take.start();
		expect(take.nameMissing).toBe(true);
		expect(take.phase).toBe('intro');

		take.studentName = ' Amira Haddad ';
		await take.start();
		expect(take.phase).toBe('running');
		const questions = take.run!.questions;
		await take.run!.answer(choice(questions[0]!, false));

		// The tab closes; opening the link again continues the same attempt.
		time += 60_000;
		const again = new AssignmentTake(library, clock);
		await again.open(hash, ORIGIN);
		expect(again.phase).toBe('running');
		expect(again.run!.answers).toHaveLength(1);
		for (const question of questions.slice(1)) {
			again.run!.next();
			await again.run!.answer(choice(question, true));
		}
		time += 30_000;
		await again.run!.finish();
		await again.complete();
		expect(again.phase).toBe('done');
		// The short code: the teacher's app reads it against the questions it makes from the set.
		expect(again.resultCode).toMatch(/^SDR2-/);
		expect(again.resultCode!.length).toBeLessThan(60);
		const quiz = { assignmentId: teacherCopy.id, createdAt: teacherCopy.set.createdAt, questions };
		const read = decodeResult(again.resultCode, teacherCopy.id, quiz);
		expect(read.ok && read.result).toMatchObject({
			student: 'Amira Haddad',
			score: questions.length - 1,
			maxScore: questions.length
		});
		// Finished rounded up to the minute, the time taken to the second.
		expect(read.ok && read.result.finishedAt - read.result.startedAt).toBe(90_000);
		expect(read.ok && read.result.finishedAt).toBeGreaterThanOrEqual(NOW + 90_000);
		expect(read.ok && read.result.finishedAt).toBeLessThan(NOW + 150_000);
		expect(read.ok && read.result.answers[0]).toEqual({ correct: false, given: expect.any(String) });
		expect(read.ok && read.result.answers.slice(1).every((answer) => answer.correct === true)).toBe(true);
		expect((await listAssignments('student'))[0]).toMatchObject({
			status: 'done',
			resultCode: again.resultCode
		});
		expect((await listMisses()).map((miss) => miss.cardId)).toContain(questions[0]!.cardId);

		// Reopening a finished assignment shows the same code.
		const later = new AssignmentTake(library, clock);
		await later.open(hash, ORIGIN);
		expect(later.phase).toBe('done');
		expect(later.resultCode).toBe(again.resultCode);
	});
});

describe('AssignmentTake and the packs a link names', () => {
	it('tells the student which pack is needed, instead of making other questions', async () => {
		const { link } = await builtSet();
		const hash = link.slice(link.indexOf('#'));
		const empty = new AssignmentTake(libraryOf([]), clock);
		await empty.open(hash, ORIGIN);
		expect(empty.phase).toBe('missing');
		expect(empty.packs.missingMessage).toBe(
			`This assignment needs “${pack.title}”, which your library does not have. Ask your teacher for its pack file, then add it below.`
		);
		await empty.start();
		expect(empty.run).toBeNull();

		const older = new AssignmentTake(libraryOf([{ ...packRecord, version: 'older' }]), clock);
		await older.open(hash, ORIGIN);
		expect(older.phase).toBe('missing');
		expect(older.packs.missingMessage).toMatch(/needs the version of “.+” your teacher used/);

		// Once the pack is there, the same link is taken.
		const ready = new AssignmentTake(library, clock);
		await ready.open(hash, ORIGIN);
		expect(ready.phase).toBe('intro');
		expect(ready.packs.questionCount).toBe(4);
	});

	it('adds the pack file a teacher sent with the link, refusing another pack’s file before adding anything', async () => {
		const { link } = await builtSet();
		const hash = link.slice(link.indexOf('#'));
		const installed: (typeof packRecord)[] = [];
		const added: Uint8Array[] = [];
		const device: QuizLibrary = {
			...libraryOf(installed),
			// As the device's install does (pack-install.spec.ts): the file's pack is checked before it is added.
			installFile: async (bytes, accept) => {
				const read = readPackFile(bytes);
				const refusal = read.ok ? accept?.(read.pack) : read.problem.message;
				if (refusal) return { ok: false, message: refusal };
				added.push(bytes);
				installed.push(packRecord);
				return { ok: true };
			}
		};
		const fileOf = (name: string, file: Pack) => {
			const bytes = new TextEncoder().encode(JSON.stringify(toPackFile(file)));
			return { name, arrayBuffer: async () => bytes.slice().buffer };
		};
		const take = new AssignmentTake(device, clock);
		await take.open(hash, ORIGIN);
		expect(take.phase).toBe('missing');
		await take.installFile(fileOf('other.json', { ...makeFixturePack(), id: 'other', title: 'Other pack' }));
		expect(take.error).toBe(
			'“other.json” holds “Other pack”, not the pack this assignment needs. Nothing was added.'
		);
		expect(added).toEqual([]);
		expect(take.phase).toBe('missing');

		await take.installFile(fileOf('unit.json', packJson as unknown as Pack));
		expect(take.error).toBeNull();
		expect(added).toHaveLength(1);
		expect(take.phase).toBe('intro');
		expect(take.packs.questionCount).toBe(4);
	});

	it('offers to install a missing pack from the address the link carries, then takes the quiz', async () => {
		const url = 'https://packs.example.org/isis.json';
		const builder = new AssignmentBuilder({ pack, packs: [{ ...packRecord, origin: 'link', url }] }, clock);
		builder.title = 'From a link';
		builder.count = 3;
		const { link, set } = (await builder.create(ORIGIN))!;
		expect(set.packs).toEqual([{ ...packRecord, url }]);
		const hash = link.slice(link.indexOf('#'));

		const installed: (typeof packRecord)[] = [];
		const fetched: string[] = [];
		let serves = packRecord;
		const device: QuizLibrary = {
			...libraryOf(installed),
			install: async (from) => {
				fetched.push(from);
				installed.splice(0, installed.length, serves);
				return { ok: true };
			}
		};
		// The address now serves another version: it is tried once, then the student is told to ask.
		serves = { ...packRecord, version: 'newer' };
		const stale = new AssignmentTake(device, clock);
		await stale.open(hash, ORIGIN);
		expect(stale.packs.missingMessage).toBe(
			`This assignment needs “${pack.title}”, which your library does not have. Your teacher’s link says where to get it: install it here.`
		);
		expect(stale.packs.installable.map((p) => p.url)).toEqual([url]);
		await stale.installMissing();
		expect(stale.phase).toBe('missing');
		expect(stale.packs.installable).toEqual([]);
		expect(stale.packs.missingMessage).toMatch(
			/needs the version of “.+” your teacher used.*Ask your teacher/
		);

		serves = packRecord;
		installed.length = 0;
		const take = new AssignmentTake(device, clock);
		await take.open(hash, ORIGIN);
		expect(take.phase).toBe('missing');
		await take.installMissing();
		expect(fetched).toEqual([url, url]);
		expect(take.phase).toBe('intro');
		expect(take.packs.questionCount).toBe(3);
		take.studentName = 'Lena';
		await take.start();
		expect(take.phase).toBe('running');
		expect(take.run!.questions).toHaveLength(3);

		// A device that cannot install (or a refused file) keeps the plain advice, and the refusal in words.
		const refusing = new AssignmentTake(
			{ ...libraryOf([]), install: async () => ({ ok: false, message: 'The pack could not be fetched.' }) },
			clock
		);
		await refusing.open(hash, ORIGIN);
		await refusing.installMissing();
		expect(refusing.error).toBe('The pack could not be fetched.');
		expect(refusing.phase).toBe('missing');
		const plain = new AssignmentTake(libraryOf([]), clock);
		await plain.open(hash, ORIGIN);
		expect(plain.packs.installable).toEqual([]);
	});

	it('takes an older link that names no pack from the built-in pack, its ids read as that pack’s', async () => {
		const local = (ids: string[]) => ids.map(localId);
		const picked = pack.cards.slice(0, 3).map((card) => card.id);
		const set: AssignmentSet = {
			v: 1,
			packVersion: 'made-on-an-older-app',
			id: 'older-link-1',
			title: 'Before the library',
			instructions: '',
			spec: { selection: { cardIds: local(picked) }, count: 3, modes: ['multiple-choice'], seed: 'old' },
			showAnswers: true,
			createdAt: NOW
		};
		const take = new AssignmentTake(library, clock);
		await take.open(`#${assignmentLink(ORIGIN, set).split('#')[1]}`, ORIGIN);
		expect(take.phase).toBe('intro');
		expect(take.packs.contentDiffers).toBe(true);
		expect(take.spec?.selection).toEqual({ cardIds: picked, packs: [LEGACY_PACK_ID] });
		take.studentName = 'Omar';
		await take.start();
		expect(take.run!.questions.map((q) => q.cardId).sort()).toEqual([...picked].sort());
	});
});

describe('AssignmentGradebook', () => {
	it('reports each pasted code as added, duplicate or refused, and builds the gradebook', async () => {
		const set = topicAssignment({ spec: { ...topicAssignment().spec, count: 3, selection: {} } });
		await saveTeacherAssignment(set, assignmentLink(`${ORIGIN}/assign/take`, set), NOW);
		const book = new AssignmentGradebook(library, clock);
		await book.load(set.id);
		expect(book.questions).toHaveLength(3);
		const code = (student: string, correct: boolean[]) =>
			encodeResult({
				v: 1,
				assignmentId: set.id,
				student,
				startedAt: NOW,
				finishedAt: NOW + 60_000,
				answers: correct.map((right) => ({ correct: right })),
				score: correct.filter(Boolean).length,
				maxScore: 3
			});
		const amira = code('Amira', [true, false, true]);
		const omar = code('Omar', [false, false, true]);
		const other = encodeResult({
			v: 1,
			assignmentId: 'another-set',
			student: 'Zed',
			startedAt: NOW,
			finishedAt: NOW,
			answers: [{ correct: true }],
			score: 1,
			maxScore: 1
		});
		const reports = await book.addCodes(
			`From Amira: ${amira}\n${omar} ${amira}\n${other}\nZed: ${other.slice(0, -4)}`
		);
		expect(reports.map((report) => [report.outcome, report.who])).toEqual([
			['added', 'Amira'],
			['added', 'Omar'],
			['duplicate', 'Amira'],
			['refused', expect.stringMatching(/^SDR1-/)],
			// A refused code keeps the name it was pasted with, and its line stays in the box for the teacher.
			['refused', 'Zed']
		]);
		expect(reports[4]!.line).toBe(`Zed: ${other.slice(0, -4)}`);
		expect(reports[3]!.message).toBe(
			'This result code is for another quiz set — add it in that set’s gradebook. If it is for this one, the student’s app made its questions from other versions of the packs.'
		);
		expect(book.gradebook!.rows.map((row) => [row.student, row.percent])).toEqual([
			['Amira', (2 / 3) * 100],
			['Omar', (1 / 3) * 100]
		]);
		expect(book.gradebook!.questions[0]).toMatchObject({ index: 1, missedBy: ['Amira', 'Omar'] });
		expect(book.gradebook!.questions[0]!.label).toBe(`Q2 · ${questionLabel(book.questions[1]!)}`);
		expect(await listResults(set.id)).toHaveLength(2);

		const csv = book.csv();
		expect(csv.startsWith('\uFEFFStudent,')).toBe(true);
		expect(csv).toContain('\r\nAmira,2,3,67,60,');
		// For a grade import: one row per student, one numeric column per question, then the totals.
		const grades = book.csv('grade-import').split('\r\n');
		expect(grades[0]).toBe('\uFEFFStudent,Q1,Q2,Q3,Score,Max score,Percent');
		expect(grades.find((row) => row.startsWith('Amira,'))).toMatch(/^Amira,[01],[01],[01],2,3,67$/);

		const nothing = await book.addCodes('hello');
		expect(nothing).toEqual([
			{
				outcome: 'refused',
				code: 'hello',
				line: 'hello',
				who: 'hello',
				message: 'This is not a Sourcedeck result code (they start with SDR).'
			}
		]);
	});

	it('finds no gradebook for an id that is not a teacher’s set on this device', async () => {
		const book = new AssignmentGradebook(library, clock);
		await book.load('nope');
		expect(book.record).toBeNull();
		expect(book.gradebook).toBeNull();
	});
});
