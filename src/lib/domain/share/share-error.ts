/** Why a pasted link or result code was refused, with the sentence to show the person who pasted it. */

export type ShareErrorKind =
	'empty' | 'not-sourcedeck' | 'too-large' | 'future-version' | 'damaged' | 'invalid' | 'wrong-assignment';

export interface ShareError {
	kind: ShareErrorKind;
	/** User-facing, plain text. */
	message: string;
	/** For logs and tests ("bad checksum", "truncated", a schema issue …); never shown as the main message. */
	detail?: string;
}

/** What was pasted: a teacher's assignment link, or a student's result code. */
export type SharedThing = 'link' | 'result';

const MESSAGES: Record<SharedThing, Record<ShareErrorKind, string>> = {
	link: {
		empty: 'Paste the assignment link your teacher sent.',
		'not-sourcedeck': 'This is not a Sourcedeck assignment link.',
		'too-large':
			'This link is far too long to be a Sourcedeck assignment — ask your teacher to send it again.',
		'future-version':
			'This link was made by a newer version of Sourcedeck — update the app, then open it again.',
		damaged: 'This link is damaged — ask your teacher to send it again.',
		invalid: 'This link does not hold a valid assignment — ask your teacher to make a new one.',
		'wrong-assignment': 'This link belongs to a different assignment.'
	},
	result: {
		empty: 'Paste a result code (it starts with SDR).',
		'not-sourcedeck': 'This is not a Sourcedeck result code (they start with SDR).',
		'too-large': 'This is far too long to be a result code — ask the student to send it again.',
		'future-version':
			'This result code was made by a newer version of Sourcedeck — update the app, then paste it again.',
		damaged: 'This result code is damaged or incomplete — ask the student to send it again.',
		invalid: 'This result code does not hold a valid result — ask the student to take the quiz again.',
		'wrong-assignment':
			'This result code is for another quiz set — add it in that set’s gradebook. If it is for this one, the student’s app made its questions from other versions of the packs.'
	}
};

export function shareError(thing: SharedThing, kind: ShareErrorKind, detail?: string): ShareError {
	return detail === undefined
		? { kind, message: MESSAGES[thing][kind] }
		: { kind, message: MESSAGES[thing][kind], detail };
}
