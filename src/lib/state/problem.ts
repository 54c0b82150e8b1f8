/** Something that went wrong, for a person: a plain sentence, and the technical detail kept apart. */
export interface ShownProblem {
	/** What happened and what to do, in everyday words. */
	message: string;
	/** The error as the code saw it ("Unterminated string in JSON…"), shown behind a "Details" disclosure. */
	detail?: string;
}

/** A problem whose detail is what `error` says about itself. */
export function problemOf(message: string, error: unknown): ShownProblem {
	const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return { message, detail };
}

/** What `error` says about itself, without its name ("disk error"). */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
