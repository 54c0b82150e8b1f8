import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import packJson from '../../content/generated/pack.json';
import type { Pack } from '../pack';
import { bankQuestions, questionFeedback } from './bank';
import { sourcesById } from './evidence';
import { moodleXml } from './moodle-xml';
import { choice, matching, NASTY, truth, typed } from './test-questions';

const pack = packJson as unknown as Pack;
const NOW = Date.UTC(2026, 2, 1);
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['question', 'answer', 'subquestion'].includes(name),
	parseTagValue: false,
	trimValues: false
});

interface XmlText {
	text: string;
	'@format'?: string;
}
interface XmlQuestion {
	'@type': string;
	name?: XmlText;
	questiontext?: XmlText;
	generalfeedback?: XmlText;
	answer?: (XmlText & { '@fraction': string })[];
	subquestion?: (XmlText & { answer: XmlText[] })[];
	single?: string;
	category?: XmlText;
}

function readQuiz(bytes: Uint8Array): XmlQuestion[] {
	const xml = new TextDecoder().decode(bytes);
	expect(XMLValidator.validate(xml)).toBe(true);
	return (parser.parse(xml) as { quiz: { question: XmlQuestion[] } }).quiz.question;
}

describe('Moodle XML export', () => {
	it('is well-formed XML with a category, then one question element per quiz question of the matching type', async () => {
		const questions = bankQuestions(pack, { seed: 'moodle', count: 100 });
		const out = await moodleXml.write({ pack, questions, now: NOW });
		const [category, ...items] = readQuiz(out.bytes);
		expect(category!['@type']).toBe('category');
		expect(category!.category!.text).toBe(`$course$/top/${pack.title}`);
		expect(items).toHaveLength(questions.length);
		const types: Record<string, string> = {
			'multiple-choice': 'multichoice',
			'true-false': 'truefalse',
			typed: 'shortanswer',
			matching: 'matching'
		};
		const sources = sourcesById(pack);
		items.forEach((item, i) => {
			const question = questions[i]!;
			expect(item['@type']).toBe(types[question.mode]);
			expect(item.questiontext!['@format']).toBe('plain_text');
			expect(item.generalfeedback!.text).toBe(questionFeedback(question, sources));
			if (question.mode === 'multiple-choice') {
				expect(item.answer!.map((a) => a.text)).toEqual(question.options);
				expect(item.answer!.filter((a) => a['@fraction'] === '100').map((a) => a.text)).toEqual([
					question.answerText
				]);
			}
			if (question.mode === 'typed')
				expect(item.answer!.map((a) => a.text)).toEqual([...new Set(question.accepted)]);
		});
	});

	it('keeps text with < & " and GIFT\'s characters exactly, every accepted spelling at full marks, matching with a distractor', async () => {
		const out = await moodleXml.write({ pack, questions: [choice, truth, typed, matching], now: NOW });
		const [, mc, tf, short, match] = readQuiz(out.bytes);
		expect(mc!.questiontext!.text).toBe(NASTY);
		expect(mc!.single).toBe('true');
		expect(tf!.answer!.map((a) => [a.text, a['@fraction']])).toEqual([
			['true', '0'],
			['false', '100']
		]);
		expect(short!.answer!.map((a) => [a.text, a['@fraction']])).toEqual(
			typed.accepted.map((a) => [a, '100'])
		);
		expect(match!.subquestion!.map((s) => [s.text, s.answer[0]!.text])).toEqual([
			['Mosul', 'Iraq'],
			['Raqqa', 'Syria'],
			['Tikrit', 'Iraq'],
			['', 'Jordan']
		]);
		expect(mc!.generalfeedback!.text).toContain('“It said: {this} ~ = # that.”');
	});
});
