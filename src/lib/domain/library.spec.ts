import { describe, expect, it } from 'vitest';
import {
	cardSizes,
	describeChanges,
	diffCards,
	localId,
	packOf,
	qualify,
	qualifyPack,
	unqualifyPack
} from './library';
import { withinPacks } from './quiz/within-packs';
import { generateQuiz } from './quiz/generate';
import { QUIZ_MODES } from './quiz/types';
import type { Pack } from './pack';
import { makeFixturePack } from './quiz/fixture';
import { testCard } from './test-card';

describe('qualified ids', () => {
	it('join a pack id and an id inside it, and split back', () => {
		const key = qualify('moon-1969', 'armstrong:actor-role');
		expect(key).toBe('moon-1969/armstrong:actor-role');
		expect(packOf(key)).toBe('moon-1969');
		expect(localId(key)).toBe('armstrong:actor-role');
	});

	it('leave an unqualified id alone', () => {
		expect(packOf('armstrong')).toBe('');
		expect(localId('armstrong')).toBe('armstrong');
	});
});

describe('qualifyPack', () => {
	const pack: Pack = makeFixturePack();
	const qualified = qualifyPack(pack);
	const ids = (p: Pack) => [
		...p.sources.map((s) => s.id),
		...p.entities.map((e) => e.id),
		...p.cards.flatMap((c) => [c.id, c.entity, c.pair, ...c.sources, ...c.evidence.map((e) => e.source)])
	];

	it('qualifies every id and every reference to one', () => {
		for (const id of ids(qualified)) expect(packOf(id), id).toBe(pack.id);
		for (const entity of qualified.entities) {
			for (const ref of [
				entity.actor?.affiliation,
				...(entity.actor?.leads ?? []),
				...(entity.actor?.backedBy ?? []),
				entity.place?.within,
				...(entity.event?.against ?? []),
				...(entity.event?.places ?? []),
				...(entity.event?.actors ?? []),
				entity.figure?.subject,
				entity.claim?.speaker,
				...entity.evidence.map((e) => e.source),
				...(entity.actor?.quotes ?? []).map((q) => q.source)
			].filter((r) => r !== undefined))
				expect(packOf(ref!), `${entity.id} → ${ref}`).toBe(pack.id);
		}
	});

	it('keeps references resolvable: every entity an event names is in the pack', () => {
		const entityIds = new Set(qualified.entities.map((e) => e.id));
		for (const entity of qualified.entities)
			for (const ref of [
				...(entity.event?.places ?? []),
				...(entity.event?.actors ?? []),
				...(entity.event?.against ?? []),
				...(entity.actor?.leads ?? []),
				...(entity.actor?.backedBy ?? []),
				...(entity.place?.within ? [entity.place.within] : [])
			])
				expect(entityIds.has(ref), ref).toBe(true);
	});

	it('is undone by unqualifyPack, without touching the input', () => {
		const before = JSON.stringify(pack);
		expect(unqualifyPack(qualified)).toEqual(pack);
		expect(JSON.stringify(pack)).toBe(before);
	});
});

describe('diffCards', () => {
	const a = testCard('a:place-country');
	const b = testCard('b:place-country');
	const c = testCard('c:place-country');

	it('sorts cards into added, changed (answer changes flagged), retired and unchanged', () => {
		const changes = diffCards(
			[a, b, c],
			[a, { ...b, answer: 'Syria', accepted: ['Syria'] }, { ...c, prompt: 'Where is c?' }, testCard('d:x')]
		);
		expect(changes).toEqual({
			added: ['d:x'],
			changed: ['b:place-country', 'c:place-country'],
			answerChanged: ['b:place-country'],
			retired: [],
			unchanged: 1
		});
		expect(diffCards([a, b], [a]).retired).toEqual(['b:place-country']);
	});

	it('does not count a new topic or order as a change a learner would notice', () => {
		expect(diffCards([a, b], [{ ...b, topic: 'raqqa' }, a]).unchanged).toBe(2);
	});
});

describe('cardSizes', () => {
	it('counts the cards of each kind, and each source once per card that cites it', () => {
		const place = { ...testCard('a:place-country'), kind: 'place' as const, sources: ['p/zh', 'p/blog'] };
		const actor = { ...testCard('b:actor-role'), kind: 'actor' as const, sources: ['p/zh'] };
		expect(cardSizes([place, actor, { ...place, id: 'c:place-country' }])).toEqual({
			kinds: { place: 2, actor: 1 },
			sources: { 'p/zh': 3, 'p/blog': 2 }
		});
		expect(cardSizes([])).toEqual({ kinds: {}, sources: {} });
	});
});

describe('describeChanges', () => {
	const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i));
	it('says what changed as a person would', () => {
		expect(describeChanges({ added: ids(12), changed: ids(3), retired: ids(1) })).toBe(
			'12 cards added, 3 changed, 1 retired.'
		);
		expect(describeChanges({ added: [], changed: ids(1), retired: ids(2) })).toBe(
			'1 card changed, 2 retired.'
		);
		expect(describeChanges({ added: [], changed: [], retired: [] })).toBe('No card changed.');
	});
});

describe('the packs a quiz is made from', () => {
	const [alpha, beta] = ['alpha', 'beta'].map((id) => qualifyPack({ ...makeFixturePack(), id }));
	const merged = (first: Pack, second: Pack): Pack => ({
		...first,
		sources: [...first.sources, ...second.sources],
		entities: [...first.entities, ...second.entities],
		cards: [...first.cards, ...second.cards]
	});

	it('merges them in the order of their ids, whatever order this device installed them in', () => {
		const installedAlphaFirst = withinPacks(merged(alpha!, beta!), ['beta', 'alpha']);
		const installedBetaFirst = withinPacks(merged(beta!, alpha!), ['alpha', 'beta']);
		expect(installedBetaFirst.cards.map((c) => c.id)).toEqual(installedAlphaFirst.cards.map((c) => c.id));
		expect(installedBetaFirst.cards[0]!.id).toBe(alpha!.cards[0]!.id);
		const spec = { selection: {}, count: 12, modes: [...QUIZ_MODES], seed: 'either-order' };
		expect(generateQuiz(installedBetaFirst, spec)).toEqual(generateQuiz(installedAlphaFirst, spec));
	});

	it('leaves out the packs not named, keeping each pack in its own order', () => {
		const only = withinPacks(merged(alpha!, beta!), ['beta']);
		expect(only.cards.map((c) => c.id)).toEqual(beta!.cards.map((c) => c.id));
		expect(only.sources.every((s) => packOf(s.id) === 'beta')).toBe(true);
		expect(only.entities).toHaveLength(beta!.entities.length);
	});

	it('gives the same pack object for the same packs, so the quiz engine keeps its indexes', () => {
		const library = merged(alpha!, beta!);
		expect(withinPacks(library, ['alpha', 'beta'])).toBe(withinPacks(library, ['beta', 'alpha']));
	});
});
