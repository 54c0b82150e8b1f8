/**
 * The unfinished quiz of an earlier visit, offered on the setup screen for resuming or discarding. The
 * database code loads after the first paint: the setup form needs none of it.
 */

/** What the offer shows of an unfinished attempt. */
export interface ResumableQuiz {
	id: string;
	startedAt: number;
	/** Questions answered so far. */
	answered: number;
	/** Questions asked for; the quiz may hold fewer. */
	count: number | undefined;
}

const loadAttempts = () => import('$lib/db/quiz-attempts');

export class QuizResumeOffer {
	/** The latest unfinished quiz; null when there is none (or it is not read yet). */
	quiz = $state.raw<ResumableQuiz | null>(null);

	/** Reads the latest unfinished quiz again. */
	async refresh(): Promise<void> {
		const attempt = await (await loadAttempts()).latestUnfinished();
		this.quiz = attempt
			? {
					id: attempt.id,
					startedAt: attempt.startedAt,
					answered: attempt.answers.length,
					count: (attempt.spec as { count?: number } | null)?.count
				}
			: null;
	}

	/** Drops an unfinished quiz, then offers the next one, if any. */
	async discard(id: string): Promise<void> {
		await (await loadAttempts()).discardAttempt(id);
		await this.refresh();
	}

	/** The offer is taken up or set aside: nothing is offered until the next refresh. */
	clear(): void {
		this.quiz = null;
	}
}
