import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	assignmentIssues,
	assignmentLink,
	assignmentSpec,
	decodeAssignment,
	encodeAssignment,
	MAX_LINK_CHARS,
	missingPacks,
	missingPacksMessage,
	packsToSend,
	type AssignmentSet
} from './assignment-codec';
import { encodeBase64url } from './base64url';
import { crc32, writeUint32 } from './crc32';
import { LINK_DICTIONARY } from './link-dictionary';
import { pickedAssignment, topicAssignment, XSS_STRINGS } from './test-fixtures';

const TAKE_PAGE = 'https://sourcedeck.example.org/assign/take';

/** Seals arbitrary bytes the way format a1 does, so tests can reach the checks behind the checksum. */
function sealed(body: Uint8Array): string {
	const bytes = new Uint8Array(4 + body.length);
	writeUint32(bytes, 0, crc32(body, crc32(new TextEncoder().encode('a1.'))));
	bytes.set(body, 4);
	return `a1.${encodeBase64url(bytes)}`;
}

const sealedJson = (value: unknown) =>
	sealed(deflateSync(new TextEncoder().encode(JSON.stringify(value)), { dictionary: LINK_DICTIONARY }));

function refusal(text: unknown) {
	const decoded = decodeAssignment(text);
	if (decoded.ok) throw new Error('expected a refusal');
	return decoded.error;
}

describe('assignment links', () => {
	it('round-trip a full set and a minimal one exactly', () => {
		const full = topicAssignment();
		expect(decodeAssignment(encodeAssignment(full))).toEqual({ ok: true, set: full });

		const minimal: AssignmentSet = {
			v: 1,
			id: 'abcd',
			title: 'T',
			instructions: '',
			spec: { selection: {}, count: 1, modes: ['typed'], seed: 's' },
			showAnswers: false,
			createdAt: 0
		};
		const decoded = decodeAssignment(encodeAssignment(minimal));
		expect(decoded).toEqual({ ok: true, set: minimal });
		// Absent optionals stay absent rather than coming back as undefined keys.
		expect(decoded.ok && Object.keys(decoded.set).sort()).toEqual(Object.keys(minimal).sort());
	});

	it('round-trip hand-picked cards in their order, and the spec time limit', () => {
		const set = pickedAssignment({ spec: { ...pickedAssignment().spec, timeLimitSec: 900 } });
		expect(decodeAssignment(encodeAssignment(set))).toEqual({ ok: true, set });
	});

	it('keep a 30-question topic set well under 1,000 characters as a full link', () => {
		const link = assignmentLink(TAKE_PAGE, topicAssignment());
		expect(link.startsWith(`${TAKE_PAGE}#a1.`)).toBe(true);
		expect(link.length).toBeLessThan(1000);
		// Measured 428 (title, 3-line instructions, note, due date, pack version); the tighter ceiling catches a
		// regression in the compact form long before the 1,000 promise breaks.
		expect(link.length).toBeLessThan(450);
	});

	it('keep a 30-question set of 30 hand-picked cards under 1,000 characters as a full link', () => {
		const link = assignmentLink(TAKE_PAGE, pickedAssignment());
		expect(link.length).toBeLessThan(1000);
		// Measured 762, of which the 30 card ids take about 340.
		expect(link.length).toBeLessThan(800);
	});

	it('accept the full URL, the fragment or the bare token, with wrapping and trailing punctuation', () => {
		const set = topicAssignment();
		const token = encodeAssignment(set);
		const link = `${TAKE_PAGE}#${token}`;
		const wrapped = link.slice(0, 60) + '\n  ' + link.slice(60, 130) + '\r\n' + link.slice(130);
		for (const pasted of [link, `#${token}`, token, `  ${token}  `, wrapped, `Here: ${link}.`, `(${link})`])
			expect(decodeAssignment(pasted)).toEqual({ ok: true, set });
	});

	it('replace an existing fragment when building the link', () => {
		expect(assignmentLink(`${TAKE_PAGE}#old`, topicAssignment())).toBe(
			`${TAKE_PAGE}#${encodeAssignment(topicAssignment())}`
		);
	});

	it('carry script-like text in every free-text field unchanged, as plain strings', () => {
		for (const evil of XSS_STRINGS) {
			const set = topicAssignment({ title: evil, instructions: `${evil} ${evil}`, teacherNote: evil });
			const decoded = decodeAssignment(encodeAssignment(set));
			expect(decoded).toEqual({ ok: true, set });
			expect(decoded.ok && decoded.set.title).toBe(evil);
		}
	});

	it('carry long non-Latin text at the length limits', () => {
		const set = topicAssignment({
			title: 'الموصل'.repeat(20),
			instructions: '摩苏尔战役。'.repeat(166),
			teacherNote: '😀'.repeat(250)
		});
		expect(set.title.length).toBe(120);
		expect(decodeAssignment(encodeAssignment(set))).toEqual({ ok: true, set });
	});
});

describe('encoding a set that cannot be shared', () => {
	it('lists the problems, and encode refuses with them', () => {
		const bad = topicAssignment({ title: '   ', id: 'no spaces allowed' });
		expect(assignmentIssues(bad)).toHaveLength(2);
		expect(assignmentIssues(topicAssignment())).toEqual([]);
		expect(() => encodeAssignment(bad)).toThrow(/title/);
		expect(() => encodeAssignment(topicAssignment({ title: 'x'.repeat(121) }))).toThrow(TypeError);
	});
});

describe('refused links', () => {
	const token = encodeAssignment(topicAssignment());

	it('say the paste was empty', () => {
		for (const empty of ['', '   \n\t', null, undefined]) expect(refusal(empty).kind).toBe('empty');
		expect(refusal('').message).toMatch(/paste/i);
	});

	it('say the text is not a Sourcedeck link', () => {
		for (const other of ['hello', 'https://example.org/page#section', '#b1.abc', 'a1-xyz', 42, {}, ['a1.x']])
			expect(refusal(other).kind).toBe('not-sourcedeck');
	});

	it('refuse input over 8 KB before reading it', () => {
		const error = refusal(`${TAKE_PAGE}#${token}${'A'.repeat(MAX_LINK_CHARS)}`);
		expect(error.kind).toBe('too-large');
	});

	it('ask for an update when the link comes from a newer format', () => {
		const error = refusal(token.replace(/^a1\./, 'a2.'));
		expect(error).toMatchObject({ kind: 'future-version' });
		expect(error.message).toBe(
			'This link was made by a newer version of Sourcedeck — update the app, then open it again.'
		);
		expect(refusal('a17.AAAA').kind).toBe('future-version');
	});

	it('ask for an update when the set uses a quiz mode this version does not have', () => {
		const wire = ['k3J9xQ2pLm', 'Title', '', 1, 0, [30, 'seed', ['typed', 'hologram-drag']]];
		expect(refusal(sealedJson(wire))).toMatchObject({
			kind: 'future-version',
			detail: 'quiz mode "hologram-drag"'
		});
		const garbled = ['k3J9xQ2pLm', 'Title', '', 1, 0, [30, 'seed', ['typed', 'Not A Mode!']]];
		expect(refusal(sealedJson(garbled)).kind).toBe('invalid');
	});

	it('call truncated, altered or non-base64 links damaged', () => {
		expect(refusal(token.slice(0, -4))).toMatchObject({ kind: 'damaged', detail: 'bad checksum' });
		expect(refusal(token.slice(0, -5))).toMatchObject({ kind: 'damaged', detail: 'not base64url' });
		expect(refusal('a1.')).toMatchObject({ kind: 'damaged' });
		expect(refusal('a1.AAAA')).toMatchObject({ kind: 'damaged', detail: 'truncated' });
		expect(refusal(`${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`)).toMatchObject({
			kind: 'damaged',
			detail: 'bad checksum'
		});
		expect(refusal(token + 'A')).toMatchObject({ kind: 'damaged' });
		expect(refusal('a1.x').kind).toBe('damaged');
		expect(refusal('a0.AAAAAAAA').kind).toBe('damaged');
		expect(refusal(token.slice(0, -4)).message).toBe(
			'This link is damaged — ask your teacher to send it again.'
		);
	});

	it('call a sealed payload that is not a deflate stream, not UTF-8 or not JSON damaged', () => {
		expect(refusal(sealed(new Uint8Array([0xff, 0xff, 0xff, 0xff])))).toMatchObject({ kind: 'damaged' });
		const notUtf8 = deflateSync(new Uint8Array([0x5b, 0xc3, 0x28, 0x5d]), { dictionary: LINK_DICTIONARY });
		expect(refusal(sealed(notUtf8))).toMatchObject({ kind: 'damaged', detail: 'cannot decompress' });
		const notJson = deflateSync(new TextEncoder().encode('[1,2'), { dictionary: LINK_DICTIONARY });
		expect(refusal(sealed(notJson))).toMatchObject({ kind: 'damaged', detail: 'not JSON' });
	});

	it('refuse a decompression bomb: a tiny sealed link that unpacks past 64 KB', () => {
		const bomb = sealed(deflateSync(new Uint8Array(1_000_000).fill(0x20), { dictionary: LINK_DICTIONARY }));
		expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
		expect(refusal(bomb)).toMatchObject({ kind: 'too-large', detail: 'unpacks too large' });
	});

	it('call well-sealed content that breaks the schema invalid, naming the field', () => {
		const wire = ['k3J9xQ2pLm', 'Title', '', 1, 0, [30, 'seed', ['typed']]];
		expect(decodeAssignment(sealedJson(wire)).ok).toBe(true);
		const cases: [unknown, RegExp][] = [
			[{ not: 'an array' }, /./],
			[[...wire.slice(0, 1), 'x'.repeat(121), ...wire.slice(2)], /title/],
			[[...wire.slice(0, 4), 2, wire[5]], /showAnswers/],
			[[...wire.slice(0, 5), [0, 'seed', ['typed']]], /spec\.count/],
			[[...wire.slice(0, 5), [30, 'seed', ['typed'], ['robot']]], /spec\.selection\.kinds/],
			[[...wire.slice(0, 3), -5, ...wire.slice(4)], /createdAt/],
			[[...wire, null, null, null, null, 'extra'], /./]
		];
		for (const [value, field] of cases) {
			const error = refusal(sealedJson(value));
			expect(error.kind).toBe('invalid');
			expect(error.detail).toMatch(field);
		}
	});
});

describe('the packs a link names', () => {
	const packs = [
		{
			id: 'isis-campaign-2016-2017',
			version: '84edae0fbef1',
			title: 'The campaign against the Islamic State'
		},
		{ id: 'moon-landing-1969', version: 'a1b2c3' },
		{ id: 'waterloo-1815', version: 'v2', title: 'Waterloo', url: 'https://packs.example.org/waterloo.json' }
	];

	it('carries each pack’s id, version and title, and the spec’s packs', () => {
		const set = topicAssignment({ packVersion: undefined, packs });
		const withSpecPacks = topicAssignment({
			packs,
			spec: { ...topicAssignment().spec, selection: { packs: packs.map((p) => p.id) } }
		});
		for (const each of [set, withSpecPacks]) {
			const decoded = decodeAssignment(assignmentLink('https://x/assign/take', each));
			expect(decoded).toEqual({ ok: true, set: each });
		}
	});

	it('still reads a link made before packs were named, which names none', () => {
		const older = topicAssignment();
		const decoded = decodeAssignment(assignmentLink('https://x/assign/take', older));
		expect(decoded.ok && decoded.set.packs).toBeUndefined();
		expect(decoded.ok && assignmentSpec(decoded.set).selection.packs).toEqual(['isis-campaign-2016-2017']);
		expect(decoded.ok && assignmentSpec(decoded.set).selection.sources).toEqual([
			'isis-campaign-2016-2017/report-2017',
			'isis-campaign-2016-2017/digest-2017'
		]);
	});

	it('refuses a pack id that is not kebab-case', () => {
		expect(assignmentIssues(topicAssignment({ packs: [{ id: 'Not/a-pack' }] }))).not.toEqual([]);
	});

	it('carries a pack’s address only when it is https', () => {
		for (const url of ['http://packs.example.org/w.json', 'javascript:alert(1)', 'not a url', '']) {
			expect(assignmentIssues(topicAssignment({ packs: [{ id: 'waterloo-1815', url }] }))).toEqual([
				'packs.0.url: pack url must be an https:// address'
			]);
		}
		const long = `https://packs.example.org/${'a'.repeat(500)}.json`;
		expect(assignmentIssues(topicAssignment({ packs: [{ id: 'waterloo-1815', url: long }] }))).toHaveLength(
			1
		);
	});
});

describe('whether a library can make a set’s questions', () => {
	const installed = [{ id: 'a-pack', version: '2', title: 'A pack' }];

	it('names the packs missing or in another version, by title', () => {
		expect(missingPacks({ packs: [{ id: 'a-pack', version: '2' }] }, installed)).toEqual([]);
		expect(missingPacks({ packs: [{ id: 'a-pack', version: '1' }] }, installed)).toEqual([
			{ id: 'a-pack', title: 'A pack', otherVersion: true }
		]);
		const missing = missingPacks({ packs: [{ id: 'b-pack', version: '1', title: 'B' }] }, installed);
		expect(missingPacksMessage(missing)).toBe(
			'This assignment needs “B”, which your library does not have. Ask your teacher for its pack file, then add it below.'
		);
	});

	it('names the packs a teacher must send with the link: not the built-in one, nor one with an address', () => {
		const url = 'https://packs.example.org/b.json';
		const set = {
			packs: [
				{ id: 'built-in', version: '1', title: 'Built in' },
				{ id: 'from-a-link', version: '1', title: 'B', url },
				{ id: 'made-here', version: '3', title: 'My unit' }
			]
		};
		expect(packsToSend(set, 'built-in')).toEqual([{ id: 'made-here', version: '3', title: 'My unit' }]);
		// A link made before the library names no pack: it was made from the built-in one.
		expect(packsToSend({}, 'built-in')).toEqual([]);
	});

	it('passes on where a missing pack can be installed from, and says so', () => {
		const url = 'https://packs.example.org/b.json';
		const missing = missingPacks({ packs: [{ id: 'b-pack', version: '1', title: 'B', url }] }, installed);
		expect(missing).toEqual([{ id: 'b-pack', title: 'B', otherVersion: false, url }]);
		expect(missingPacksMessage(missing)).toBe(
			'This assignment needs “B”, which your library does not have. Your teacher’s link says where to get it: install it here.'
		);
	});

	it('accepts any version of the built-in pack for a link that names no pack', () => {
		const builtIn = [{ id: 'isis-campaign-2016-2017', version: 'new', title: 'Built in' }];
		expect(missingPacks({}, builtIn)).toEqual([]);
		expect(missingPacks({}, installed)).toHaveLength(1);
	});
});
