/**
 * Answers as they are kept: a tap on the map is put on a grid of 0.01° (about a kilometre, finer than a finger),
 * so a student's result code can carry it exactly and the teacher's app scores it as the student's did.
 */
import type { QuizAnswer } from './types';

/** Grid steps per degree. */
export const POINT_STEPS = 100;

const onGrid = (degrees: number, limit: number) =>
	Math.round(Math.min(limit, Math.max(-limit, degrees)) * POINT_STEPS) / POINT_STEPS;

/** The answer as stored and scored: a map point on the grid, anything else as it is. */
export function canonicalAnswer(answer: QuizAnswer | null): QuizAnswer | null {
	if (answer?.kind !== 'point') return answer;
	return { kind: 'point', lat: onGrid(answer.lat, 90), lon: onGrid(answer.lon, 180) };
}
