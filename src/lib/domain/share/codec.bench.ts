import { bench, describe } from 'vitest';
import { decodeAssignment, encodeAssignment } from './assignment-codec';
import { buildGradebook, toCsv } from './gradebook';
import { decodeResult, encodeResult, splitResultCodes } from './result-codec';
import { pickedAssignment, sampleResult, topicAssignment } from './test-fixtures';

const topic = topicAssignment();
const picked = pickedAssignment();
const topicLink = `https://sourcedeck.example.org/assign/take#${encodeAssignment(topic)}`;
const pickedLink = encodeAssignment(picked);

const result = sampleResult();
const code = encodeResult(result);
const classResults = Array.from({ length: 30 }, (_, i) =>
	sampleResult({ student: `Student ${i + 1}`, finishedAt: result.finishedAt + i * 1000 })
);
const classBlob = classResults.map((r) => `From ${r.student}: ${encodeResult(r)}`).join('\n');

describe('assignment links', () => {
	bench('encode, topic selection', () => {
		encodeAssignment(topic);
	});
	bench('encode, 30 hand-picked cards', () => {
		encodeAssignment(picked);
	});
	bench('decode a full URL, topic selection', () => {
		decodeAssignment(topicLink);
	});
	bench('decode, 30 hand-picked cards', () => {
		decodeAssignment(pickedLink);
	});
});

describe('result codes', () => {
	bench('encode, 30 answers', () => {
		encodeResult(result);
	});
	bench('decode, 30 answers', () => {
		decodeResult(code, result.assignmentId);
	});
	bench('split and decode a class of 30 pasted at once', () => {
		for (const found of splitResultCodes(classBlob)) decodeResult(found, result.assignmentId);
	});
});

describe('gradebook', () => {
	bench('build and export CSV for a class of 30', () => {
		toCsv(buildGradebook(topic, classResults));
	});
});
