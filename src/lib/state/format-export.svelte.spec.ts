import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredAssignment } from '$lib/db/assignments';
import { installPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import { EXPORT_FORMAT_IDS, EXPORTERS } from '$lib/domain/formats';
import { qualifyPack } from '$lib/domain/library';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import type { AssignmentSet } from '$lib/domain/share/assignment-codec';
import { FormatExport, PACK_EXPORT_CHOICES, QUIZ_EXPORT_CHOICES } from './format-export.svelte';
import type { QuizLibrary } from './library-content';

const NOW = Date.UTC(2026, 11, 1, 9);
const pack = { ...makeFixturePack(), id: 'second-pack', title: 'Second pack', version: 'v1' };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeEach(async () => {
	freshDatabase('format-export');
	await installPack(pack, { origin: 'file', now: NOW });
});

describe('the formats offered', () => {
	it('lists every exporter once, named as the exporter names itself (the menu does not load their code)', () => {
		expect(PACK_EXPORT_CHOICES.map((c) => c.id)).toEqual(EXPORT_FORMAT_IDS);
		for (const choice of PACK_EXPORT_CHOICES) expect(choice.label).toBe(EXPORTERS[choice.id].label);
		expect(QUIZ_EXPORT_CHOICES.map((c) => c.id)).toEqual(['quizlet', 'gift', 'moodle-xml', 'kahoot']);
	});
});

describe('exporting a library pack', () => {
	// Seven files, an Anki package among them: seconds on a loaded machine, beyond the default 5.
	it('writes each format from the pack as the library holds it, and says what it saved', async () => {
		for (const { id } of PACK_EXPORT_CHOICES) {
			const exporter = new FormatExport({ clock: () => NOW });
			exporter.format = id;
			const file = await exporter.exportPack(pack.id);
			expect(exporter.problem, id).toBeNull();
			expect(file!.bytes.length, id).toBeGreaterThan(0);
			expect(file!.fileName, id).toMatch(/^second-pack\./);
			expect(exporter.status, id).toBe(
				`Saved “${file!.fileName}” (${file!.count} ${['gift', 'moodle-xml', 'kahoot'].includes(id) ? 'question' : 'card'}${file!.count === 1 ? '' : 's'}).`
			);
			expect(exporter.notes).toEqual(file!.notes);
			expect(exporter.working).toBe(false);
		}
	}, 30_000);

	it('writes a real Anki package (sql.js loaded on demand) and cards CSV with every card', async () => {
		const exporter = new FormatExport({ clock: () => NOW });
		const apkg = await exporter.exportPack(pack.id);
		expect(apkg!.count).toBe(pack.cards.length);
		expect(Object.keys(unzipSync(apkg!.bytes))).toContain('collection.anki2');
		exporter.format = 'csv';
		const csv = await exporter.exportPack(pack.id);
		expect(text(csv!.bytes)).toContain(pack.cards[0]!.prompt.slice(0, 20));
	});

	it('says plainly when the pack is not there, and saves nothing', async () => {
		const exporter = new FormatExport({ clock: () => NOW });
		exporter.format = 'quizlet';
		expect(await exporter.exportPack('no-such-pack')).toBeNull();
		expect(exporter.problem?.message).toBe('The file could not be made. Nothing was changed; try again.');
		expect(exporter.problem?.detail).toContain('no-such-pack');
		expect(exporter.status).toBe('');
	});
});

describe('exporting a quiz set', () => {
	const qualified = qualifyPack(pack);
	const library: QuizLibrary = {
		installed: async () => [{ id: pack.id, version: pack.version, title: pack.title }],
		packFor: async () => qualified
	};
	const set: AssignmentSet = {
		v: 1,
		packs: [{ id: pack.id, version: pack.version, title: pack.title }],
		id: 'set-1',
		title: 'Week 3 revision',
		instructions: '',
		spec: { selection: {}, count: 6, modes: ['multiple-choice', 'true-false'], seed: 's1' },
		showAnswers: true,
		createdAt: NOW
	};
	const record: StoredAssignment = {
		id: set.id,
		role: 'teacher',
		createdAt: NOW,
		set,
		link: 'https://x/assign/take#a',
		status: 'open'
	};

	it('writes the questions the students get, under the set’s title', async () => {
		const exporter = new FormatExport({ clock: () => NOW, library });
		exporter.format = 'gift';
		const gift = await exporter.exportQuizSet(record);
		expect(gift!.fileName).toBe('week-3-revision.gift.txt');
		expect(gift!.count).toBe(6);
		expect(text(gift!.bytes).match(/^::/gm)).toHaveLength(6);
	});

	it('gives Quizlet the cards the questions test', async () => {
		const exporter = new FormatExport({ clock: () => NOW, library });
		exporter.format = 'quizlet';
		const file = await exporter.exportQuizSet(record);
		const lines = text(file!.bytes).trim().split('\n');
		expect(lines.length).toBe(file!.count);
		expect(file!.count).toBeGreaterThan(0);
		expect(file!.count).toBeLessThanOrEqual(6);
	});
});
