/**
 * The teacher's "Assign a quiz" form: what the set asks, the spec it makes, the packs it draws on (named with
 * their versions in the link), a student's-eye preview, and the saved assignment with its link once created.
 */
import { saveTeacherAssignment, type StoredAssignment } from '$lib/db/assignments';
import type { PackRecord } from '$lib/db/records';
import { packOf } from '$lib/domain/library';
import { withinPacks } from '$lib/domain/quiz/within-packs';
import type { EntityKind, Pack } from '$lib/domain/pack';
import { generateQuiz, type Question, type QuizMode, type QuizSpec } from '$lib/domain/quiz';
import { countSelected } from '$lib/domain/quiz/select';
import {
	assignmentIssues,
	assignmentLink,
	assignmentSpec,
	MAX_PACK_URL_CHARS,
	type AssignmentPack,
	type AssignmentSet
} from '$lib/domain/share/assignment-codec';
import { MAX_PICKED_CARDS, MAX_QUESTIONS } from '$lib/domain/share/quiz-spec';
import { errorMessage } from './problem';

export type SelectBy = 'topics' | 'cards';

/** Random letters and digits from the platform's CSPRNG (ids and seeds need not be secret, only unguessable). */
export function randomToken(length: number): string {
	const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
	const bytes = crypto.getRandomValues(new Uint8Array(length));
	return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** Local date "YYYY-MM-DD" + time "HH:MM" → epoch ms; undefined without a date. Time defaults to end of day. */
export function localDateTime(date: string, time: string): number | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
	// A date-time with no offset is read as local time.
	const at = Date.parse(`${date}T${/^\d{2}:\d{2}$/.test(time) ? time : '23:59'}`);
	return Number.isFinite(at) ? at : undefined;
}

/** Past this, a link's QR code has over ~110 modules a side: hard to scan from the back of a classroom. */
export const QR_COMFORTABLE_CHARS = 800;

/** The library's packs that are on, as the form offers them. */
export interface BuilderContent {
	/** Their content as one pack (ids qualified). */
	pack: Pack;
	packs: (Pick<PackRecord, 'id' | 'version' | 'title'> & Partial<Pick<PackRecord, 'origin' | 'url'>>)[];
}

/**
 * A pack as a link names it. A pack installed from an https address carries it, so a student who lacks the pack
 * is offered to install it from there.
 */
function assignmentPack(pack: BuilderContent['packs'][number]): AssignmentPack {
	const { id, version, title, origin, url } = pack;
	const fetchable = origin === 'link' && url?.startsWith('https://') && url.length <= MAX_PACK_URL_CHARS;
	return fetchable ? { id, version, title, url } : { id, version, title };
}

const NO_TITLE = 'Give the set a title.';

export class AssignmentBuilder {
	readonly content: BuilderContent;
	readonly clock: () => number;
	title = $state('');
	instructions = $state('');
	teacherNote = $state('');
	selectBy = $state<SelectBy>('topics');
	/** The packs a "Topics" set draws from (all the packs that are on, until the teacher narrows them). */
	packIds = $state<string[]>([]);
	kinds = $state<EntityKind[]>([]);
	sources = $state<string[]>([]);
	cardIds = $state<string[]>([]);
	/** Search text over card prompts and answers. */
	cardQuery = $state('');
	/** List only the cards already picked (to review them). */
	onlyPicked = $state(false);
	count = $state(10);
	modes = $state<QuizMode[]>(['multiple-choice', 'true-false']);
	dueDate = $state('');
	dueTime = $state('');
	/** Minutes; 0 or empty for none. */
	timeLimitMin = $state<number | null>(null);
	showAnswers = $state(true);
	/** Which questions the spec picks: "Shuffle" draws another. */
	seed = $state(randomToken(8));
	/** The student's-eye preview is open. */
	previewing = $state(false);
	/** The form was submitted at least once: show its problems. */
	submitted = $state(false);
	saving = $state(false);
	error = $state<string | null>(null);

	constructor(content: BuilderContent, clock: () => number = Date.now) {
		this.content = content;
		this.clock = clock;
		this.packIds = content.packs.map((p) => p.id);
	}

	/** The quiz recipe the form describes (the packs it draws on are in `packs`). */
	readonly spec: QuizSpec = $derived(this.#spec());
	/**
	 * The packs the questions come from, with the versions students need: those of the picked cards or the ticked
	 * sources, else the packs chosen.
	 */
	readonly packs: AssignmentPack[] = $derived(this.#packs());
	/** The content a student's device will make the quiz from. */
	readonly quizPack: Pack = $derived(this.#quizPack());
	/** Epoch ms of the due date, if one is set. */
	readonly dueAt = $derived(localDateTime(this.dueDate, this.dueTime));
	/** The sources ticked, of the packs chosen (a source of a pack unticked since is left out). */
	readonly chosenSources: string[] = $derived(this.sources.filter((id) => this.packIds.includes(packOf(id))));
	/** How many cards the selection allows (the quiz is shorter than asked when fewer). */
	readonly available = $derived(this.#available());
	/** Cards matching the search, in pack order. */
	readonly matchingCards = $derived(this.#matchingCards());
	/** What stops the set from being created, as sentences for the teacher. */
	readonly problems = $derived(this.#problems());
	/** What is wrong with the title once the form was submitted (said beside the field), else null. */
	readonly titleProblem = $derived(this.submitted && !this.title.trim() ? NO_TITLE : null);
	/** The questions a student will get (generated only while the preview is open). */
	readonly preview: Question[] = $derived(this.previewing ? this.#questions() : []);
	/** Characters the link will have (a hint to keep its QR code easy to scan). */
	readonly linkLength = $derived(this.problems.length ? 0 : this.#draftLink('https://x').length);
	/** The link is long enough that its QR code gets dense. */
	readonly linkIsLong = $derived(this.linkLength > QR_COMFORTABLE_CHARS);

	#spec(): QuizSpec {
		const selection =
			this.selectBy === 'cards'
				? { cardIds: [...this.cardIds] }
				: {
						...(this.kinds.length ? { kinds: [...this.kinds] } : {}),
						...(this.chosenSources.length ? { sources: [...this.chosenSources] } : {})
					};
		const spec: QuizSpec = {
			selection,
			count: Math.round(Number(this.count) || 0),
			modes: [...this.modes],
			seed: this.seed
		};
		const limit = Math.round((Number(this.timeLimitMin) || 0) * 60);
		if (limit > 0) spec.timeLimitSec = limit;
		return spec;
	}

	#packs(): AssignmentPack[] {
		const used =
			this.selectBy === 'cards'
				? this.cardIds.map(packOf)
				: this.chosenSources.length > 0
					? this.chosenSources.map(packOf)
					: this.packIds;
		return this.content.packs.filter((p) => used.includes(p.id)).map(assignmentPack);
	}

	#quizPack(): Pack {
		return withinPacks(
			this.content.pack,
			this.packs.map((p) => p.id)
		);
	}

	/** The spec as the student's device runs it: drawing on the set's packs only. */
	#quizSpec(): QuizSpec {
		return assignmentSpec({ packs: this.packs, spec: this.spec });
	}

	#available(): number {
		return countSelected(this.quizPack.cards, this.#quizSpec().selection);
	}

	#questions(): Question[] {
		return generateQuiz(this.quizPack, this.#quizSpec());
	}

	#matchingCards() {
		const words = this.cardQuery.toLowerCase().split(/\s+/).filter(Boolean);
		const picked = this.onlyPicked ? this.cardIds : null;
		return this.content.pack.cards.filter((card) => {
			if (picked && !picked.includes(card.id)) return false;
			const text = `${card.prompt} ${card.answer}`.toLowerCase();
			return words.every((word) => text.includes(word));
		});
	}

	#problems(): string[] {
		const problems: string[] = [];
		if (!this.title.trim()) problems.push(NO_TITLE);
		if (this.modes.length === 0) problems.push('Choose at least one kind of question.');
		if (this.selectBy === 'cards' && this.cardIds.length === 0) problems.push('Pick at least one card.');
		if (this.cardIds.length > MAX_PICKED_CARDS && this.selectBy === 'cards')
			problems.push(`Pick at most ${MAX_PICKED_CARDS} cards.`);
		if (this.spec.count < 1 || this.spec.count > MAX_QUESTIONS)
			problems.push(`Ask between 1 and ${MAX_QUESTIONS} questions.`);
		if (this.selectBy === 'topics' && this.packIds.length === 0) problems.push('Choose at least one pack.');
		else if (this.selectBy === 'topics' && this.available === 0)
			problems.push('No cards match these topics: choose other kinds or sources.');
		if (this.dueDate && this.dueAt === undefined) problems.push('The due date is not a valid date.');
		if (problems.length === 0) problems.push(...assignmentIssues(this.#draftSet(0)));
		return problems;
	}

	#draftSet(createdAt: number, id = 'draft-set'): AssignmentSet {
		const set: AssignmentSet = {
			v: 1,
			packs: this.packs,
			id,
			title: this.title.trim(),
			instructions: this.instructions.trim(),
			spec: this.spec,
			showAnswers: this.showAnswers,
			createdAt
		};
		const note = this.teacherNote.trim();
		if (note) set.teacherNote = note;
		if (this.dueAt !== undefined) set.dueAt = this.dueAt;
		return set;
	}

	#draftLink(origin: string): string {
		return assignmentLink(`${origin}/assign/take`, this.#draftSet(this.clock(), 'draft-link'));
	}

	toggleCard(cardId: string, picked: boolean): void {
		if (picked === this.cardIds.includes(cardId)) return;
		this.cardIds = picked ? [...this.cardIds, cardId] : this.cardIds.filter((id) => id !== cardId);
	}

	/** Another draw of questions from the same selection. */
	shuffle(): void {
		this.seed = randomToken(8);
	}

	/** Saves the set and returns it with its link; null (and `problems` shown) when the form is incomplete. */
	async create(origin: string): Promise<StoredAssignment | null> {
		this.submitted = true;
		this.error = null;
		if (this.problems.length > 0) return null;
		this.saving = true;
		try {
			const now = this.clock();
			const set = this.#draftSet(now, randomToken(10));
			return await saveTeacherAssignment(set, assignmentLink(`${origin}/assign/take`, set), now);
		} catch (error) {
			this.error = `The set could not be saved: ${errorMessage(error)}`;
			return null;
		} finally {
			this.saving = false;
		}
	}
}
