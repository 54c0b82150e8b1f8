/** The quiz engine's public surface. */
export { generateQuiz, MAX_QUESTIONS } from './generate';
export { isQuizPoolReady, prepareQuizPool, quizPoolStep, type QuizPool } from './pool';
export { scoreAnswer } from './score';
export { describeAnswer, describeItemAnswer, itemPartOfAnswerText } from './describe';
export { canonicalAnswer, POINT_STEPS } from './canonical-answer';
export { scoreTimeline } from './timeline';
export { scoreMatching } from './matching';
export {
	scoreMapAnswer,
	haversineKm,
	thresholdKmFor,
	nearestPlaceText,
	compassDirection,
	DEFAULT_THRESHOLD_KM,
	type MapScore,
	type NamedPoint
} from './geo';
export { formatDate } from './dates';
export * from './types';
