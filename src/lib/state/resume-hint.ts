/**
 * The learner's next card, kept in localStorage so that a reopened app shows it before its code has even run:
 * the inline script at the end of src/app.html paints these words into the prerendered study card, and
 * StudySession starts from the same card until the stored data, read a moment later, confirms it. Only a hint:
 * it counts for one pack version, and until a scheduled card falls due or the day ends (domain/resume.ts).
 * Whatever else changes the study data (an import, a reset, a setting) forgets it.
 */
import { ENTITY_KINDS, type CardType, type EntityKind } from '$lib/domain/pack';
import type { QueueFilter, QueueKind } from '$lib/domain/queue';

const KEY = 'sourcedeck.resume';

export interface ResumeHint {
	/** The content pack's version: another pack's ids and words do not count. */
	pack: string;
	cardId: string;
	kind: QueueKind;
	/** When it was worked out, and the first moment it may no longer hold. */
	from: number;
	until: number;
	/** The filter and typed-answer mode it was worked out for. */
	filter: QueueFilter;
	typedMode: boolean;
	/** What the inline script paints: the prompt and the kind badge's words. */
	prompt: string;
	kindName: string;
	typeName: string;
	/** The card's kind and type, so the session can show the same front before the data is read. */
	cardKind: EntityKind;
	cardType: CardType;
	/** The card is answered by typing: the inline script hides the Show answer button. */
	typing: boolean;
	/**
	 * Its answer and context, shown when the learner reveals it before the stored data is read (a slow start
	 * offline); where they come from, and the ratings, come with the data.
	 */
	answer: string;
	context?: string;
	/** Someone's claim, not a fact: its answer waits for the data, to show with who claims it. */
	contested: boolean;
}

export interface ResumeStore {
	read(): ResumeHint | null;
	/** Saves the hint; null forgets it. */
	write(hint: ResumeHint | null): void;
}

/** The hint on this device. Storage that is blocked or full only costs the early paint. */
export const deviceResume: ResumeStore = {
	read() {
		try {
			return typeof localStorage === 'undefined' ? null : parseResumeHint(localStorage.getItem(KEY));
		} catch {
			return null;
		}
	},
	write(hint) {
		try {
			if (hint) localStorage.setItem(KEY, JSON.stringify(hint));
			else localStorage.removeItem(KEY);
		} catch {
			// Blocked or full: the next visit waits for the stored data instead.
		}
	}
};

/** Forgets the hint: the study data changed outside a study session. */
export function forgetResumeHint(): void {
	deviceResume.write(null);
}

const KINDS: readonly unknown[] = ['new', 'learning', 'review'] satisfies QueueKind[];

/** A stored hint, or null for anything else (this app wrote it, but maybe an older version of it). */
export function parseResumeHint(text: string | null): ResumeHint | null {
	let value: unknown;
	try {
		value = JSON.parse(text ?? 'null');
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const hint = value as Record<string, unknown>;
	const strings = ['pack', 'cardId', 'prompt', 'kindName', 'typeName', 'cardType', 'answer'].every(
		(k) => typeof hint[k] === 'string'
	);
	if (hint.context !== undefined && typeof hint.context !== 'string') return null;
	const numbers = Number.isFinite(hint.from) && Number.isFinite(hint.until);
	const flags = ['typedMode', 'typing', 'contested'].every((k) => typeof hint[k] === 'boolean');
	if (!strings || !numbers || !flags || !KINDS.includes(hint.kind) || !isFilter(hint.filter)) return null;
	if (!(ENTITY_KINDS as readonly unknown[]).includes(hint.cardKind)) return null;
	return value as ResumeHint;
}

function isFilter(value: unknown): value is QueueFilter {
	if (typeof value !== 'object' || value === null) return false;
	const filter = value as Record<string, unknown>;
	if (filter.by === 'all') return true;
	if (filter.by === 'kind') return typeof filter.kind === 'string';
	if (filter.by === 'pack') return typeof filter.pack === 'string';
	return filter.by === 'source' && typeof filter.source === 'string';
}
