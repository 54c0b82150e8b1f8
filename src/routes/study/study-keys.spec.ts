import { describe, expect, it } from 'vitest';
import { studyKeyAction, type StudyKey, type StudyKeyContext } from './study-keys';

const press = (key: string, extra: Partial<StudyKey> = {}): StudyKey => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	shiftKey: false,
	target: 'other',
	...extra
});
const front: StudyKeyContext = { hasCard: true, revealed: false, typing: false, canUndo: true };
const back: StudyKeyContext = { ...front, revealed: true };

describe('studyKeyAction', () => {
	it('reveals with Space or Enter, then rates with 1–4', () => {
		expect(studyKeyAction(press(' '), front)).toEqual({ type: 'reveal' });
		expect(studyKeyAction(press('Enter'), front)).toEqual({ type: 'reveal' });
		expect(studyKeyAction(press('1'), front)).toBeNull();
		expect(studyKeyAction(press('1'), back)).toEqual({ type: 'rate', rating: 1 });
		expect(studyKeyAction(press('4'), back)).toEqual({ type: 'rate', rating: 4 });
		expect(studyKeyAction(press('5'), back)).toBeNull();
		expect(studyKeyAction(press('0'), back)).toBeNull();
		expect(studyKeyAction(press(' '), back)).toBeNull();
	});

	it('never fires while typing in a field', () => {
		const inField = { target: 'text' as const };
		expect(studyKeyAction(press(' ', inField), front)).toBeNull();
		expect(studyKeyAction(press('3', inField), back)).toBeNull();
		expect(studyKeyAction(press('z', { ...inField, ctrlKey: true }), back)).toBeNull();
		expect(studyKeyAction(press('3', { isComposing: true }), back)).toBeNull();
	});

	it('leaves Space and Enter to a focused button or link, but still takes the rating keys there', () => {
		const onButton = { target: 'control' as const };
		expect(studyKeyAction(press(' ', onButton), front)).toBeNull();
		expect(studyKeyAction(press('Enter', onButton), front)).toBeNull();
		expect(studyKeyAction(press('2', onButton), back)).toEqual({ type: 'rate', rating: 2 });
	});

	it('sends Space and Enter to the answer field in typed mode', () => {
		expect(studyKeyAction(press('Enter'), { ...front, typing: true })).toEqual({ type: 'focus-answer' });
	});

	it('undoes with Ctrl+Z or Cmd+Z when there is something to undo', () => {
		expect(studyKeyAction(press('z', { ctrlKey: true }), front)).toEqual({ type: 'undo' });
		expect(studyKeyAction(press('Z', { metaKey: true }), back)).toEqual({ type: 'undo' });
		expect(studyKeyAction(press('z', { ctrlKey: true, shiftKey: true }), front)).toBeNull();
		expect(studyKeyAction(press('z', { ctrlKey: true }), { ...front, canUndo: false })).toBeNull();
		// Undo still works on the "nothing due" screen.
		expect(studyKeyAction(press('z', { ctrlKey: true }), { ...front, hasCard: false })).toEqual({
			type: 'undo'
		});
	});

	it('ignores other shortcuts and keys when there is no card', () => {
		expect(studyKeyAction(press('1', { ctrlKey: true }), back)).toBeNull();
		expect(studyKeyAction(press(' '), { ...front, hasCard: false })).toBeNull();
	});
});
