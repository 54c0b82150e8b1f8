import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AssignmentSetSchema } from './assignment-set';
import { pickedAssignment, topicAssignment } from './test-fixtures';

const valid = (set: unknown) => v.safeParse(AssignmentSetSchema, set).success;

describe('AssignmentSetSchema', () => {
	it('accepts a set by topic and a set of picked cards', () => {
		expect(valid(topicAssignment())).toBe(true);
		expect(valid(pickedAssignment())).toBe(true);
	});

	it('accepts pack addresses over https only', () => {
		const packs = (url: string) => [{ id: 'my-pack', version: 'v1', url }];
		expect(valid(topicAssignment({ packs: packs('https://packs.example.org/w.json') }))).toBe(true);
		for (const url of ['http://packs.example.org/w.json', 'javascript:alert(1)', 'not a url'])
			expect(valid(topicAssignment({ packs: packs(url) })), url).toBe(false);
	});

	it('refuses a blank title, an unknown field and another format', () => {
		expect(valid(topicAssignment({ title: '   ' }))).toBe(false);
		expect(valid({ ...topicAssignment(), extra: 1 })).toBe(false);
		expect(valid({ ...topicAssignment(), v: 2 })).toBe(false);
	});
});
