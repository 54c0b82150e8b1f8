import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import packJson from '../../content/generated/pack.json';
import type { Pack } from '../pack';
import { bankQuestions, questionFeedback } from './bank';
import { sourcesById } from './evidence';
import { syntheticPack } from './fixture';
import { gift, giftEscape } from './gift';
import { choice, matching, NASTY, truth, typed } from './test-questions';

const pack = packJson as unknown as Pack;
const NOW = Date.UTC(2026, 2, 1);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
type Parsed = Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>;

describe('Moodle GIFT export', () => {
	it('parses with gift-pegjs: one question per exportable quiz question, of the right type, feedback with its source', async () => {
		const questions = bankQuestions(pack, { seed: 'gift', count: 120 });
		const out = await gift.write({ pack, questions, now: NOW });
		const parsed = parse(text(out.bytes));
		expect(parsed[0]).toMatchObject({ type: 'Category' });
		const items = parsed.slice(1) as Parsed[];
		expect(items).toHaveLength(out.count);
		expect(out.count).toBe(questions.length);
		const types: Record<string, string> = {
			'multiple-choice': 'MC',
			'true-false': 'TF',
			typed: 'Short',
			matching: 'Matching'
		};
		const sources = sourcesById(pack);
		items.forEach((item, i) => {
			const question = questions[i]!;
			expect(item.type).toBe(types[question.mode]);
			expect(item.stem.text).toBe(question.mode === 'true-false' ? question.statement : question.prompt);
			expect(item.globalFeedback?.text).toBe(questionFeedback(question, sources));
			const title = sources.get(question.evidence[0]!.source)!.title;
			expect(item.globalFeedback?.text).toContain(title);
		});
	});

	it('escapes ~ = # { } : and the backslash so the parsed text is exactly the original', async () => {
		const out = await gift.write({ pack, questions: [choice, truth, typed, matching], now: NOW });
		const [, mc, tf, short, match] = parse(text(out.bytes)) as Parsed[];
		expect(mc!.stem.text).toBe(NASTY);
		expect(mc!.type === 'MC' && mc!.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([
			['a = b', false],
			['c ~ d', false],
			['{e}', true],
			['f: g # h', false]
		]);
		expect(tf!.type === 'TF' && tf!.isTrue).toBe(false);
		expect(tf!.stem.text).toBe(truth.statement);
		expect(short!.type === 'Short' && short!.choices.map((c) => [c.text.text, c.isCorrect])).toEqual(
			typed.accepted.map((a) => [a, true])
		);
		expect(
			match!.type === 'Matching' && match!.matchPairs.map((p) => [p.subquestion.text, p.subanswer])
		).toEqual([
			['Mosul', 'Iraq'],
			['Raqqa', 'Syria'],
			['Tikrit', 'Iraq'],
			['', 'Jordan']
		]);
		expect(mc!.globalFeedback?.text).toContain('“It said: {this} ~ = # that.”');
	});

	it('leaves out matching questions of fewer than three pairs and says so', async () => {
		const small = { ...matching, left: matching.left.slice(0, 2) };
		const out = await gift.write({ pack, questions: [choice, small], now: NOW });
		expect(out.count).toBe(1);
		expect(out.notes[0]).toMatch(/1 of 2 questions were left out/);
	});

	it('draws questions from a selection of cards when none are given, the same for the same seed', async () => {
		const synthetic = syntheticPack(80);
		const cardIds = synthetic.cards.slice(0, 40).map((c) => c.id);
		const a = await gift.write({ pack: synthetic, cardIds, seed: 's', now: NOW });
		const b = await gift.write({ pack: synthetic, cardIds, seed: 's', now: NOW });
		expect(text(a.bytes)).toBe(text(b.bytes));
		expect(() => parse(text(a.bytes))).not.toThrow();
		expect(a.count).toBeGreaterThan(0);
	});

	it("turns line breaks into GIFT's \\n", () => {
		expect(giftEscape('one\ntwo  {x}')).toBe('one\\ntwo \\{x\\}');
	});
});
