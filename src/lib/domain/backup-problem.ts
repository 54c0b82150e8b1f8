/**
 * Why a backup file was refused, said as a person would; the technical detail (the parser's words, the record and
 * field at fault) is kept apart, for a "Details" disclosure and for support.
 */

export type BackupProblemKind = 'too-large' | 'unreadable' | 'not-backup' | 'newer-version' | 'damaged';

export interface BackupProblem {
	kind: BackupProblemKind;
	/** User-facing, plain text. */
	message: string;
	/** "Unterminated string in JSON at position 959", "reviews[12].rating: expected 1–4, got 7" … */
	detail?: string;
}

const MESSAGES: Record<BackupProblemKind, string> = {
	'too-large': 'This file is far too large to be a Sourcedeck backup.',
	unreadable: 'This file is damaged or is not a Sourcedeck backup.',
	'not-backup': 'This file is not a Sourcedeck backup. Choose a file made with “Export a backup”.',
	'newer-version':
		'This backup was made by a newer version of Sourcedeck. Update the app (reload it while online), then import it again.',
	damaged:
		'This backup is damaged: part of it is not as Sourcedeck writes it, so it cannot be restored safely. Try another copy of it.'
};

export function backupProblem(kind: BackupProblemKind, detail?: string): BackupProblem {
	return detail === undefined ? { kind, message: MESSAGES[kind] } : { kind, message: MESSAGES[kind], detail };
}
