import type { TextRange } from '../text/sentences.js';
import type { ArticleIndex, DiscourseView } from './discourse.js';
import type { Mention } from './entities.js';
import type { Token } from './tokens.js';

// The shapes attribution passes take and return. A pass is a small pure function of one site (a verb and its
// sentence, or a quotation and its cues) and a read-only view of the discourse; it returns a decision or nothing,
// and the driver records the id of the pass that decided.

/** Who a reporting verb's subject is: a name, a pronoun (the last speaker), a title ("the minister": the nearest
 * person with that role) or a generic source ("officials"), which names nobody. */
export interface Subject {
	name: string | null;
	via: 'name' | 'pronoun' | 'title' | 'generic';
	/** The words that name the subject: the evidence. */
	range: TextRange;
	/** The id of the pass that found it. */
	rule: string;
}

/** A subject as a pass finds it; the driver adds the pass's id. */
export type Found = Omit<Subject, 'rule'>;

/** What a pass decides: a subject, or that there is none to find (the passes after it are not tried). */
export type Decision = { subject: Found | null };

export interface AttributedStatement extends TextRange {
	speaker: string;
	cue: TextRange;
	/** The subject of the cue, with the pass that found it. */
	subject: Subject;
	/** The statement pass that decided, and the subject pass of its cue: "verb-then-clause/name". */
	rule: string;
}

export interface Cue {
	subject: Subject;
	/** From the subject to the verb, or the verb to the subject: "Lavrov said", "said the minister". */
	range: TextRange;
	verb: Token;
}

/** A verb of saying and the word just before it, past adverbs and a time ("Lavrov on Monday also said"). */
export interface SubjectSite {
	index: ArticleIndex;
	discourse: DiscourseView;
	/** Token index of the verb. */
	verb: number;
	/** No subject is looked for before this offset (the sentence start, or the end of a quotation). */
	floor: number;
	/** Token index of the last word before the verb, past adverbs and a time; -1 when there is none after `floor`. */
	k: number;
	/** That word, or null. */
	word: Token | null;
	/** What stands between that word and the next: ", " opens an apposition. */
	gap: string;
	/** The name ending at that word, if any. */
	mention: Mention | undefined;
	/** Whether only spaces stand between token i and the next. */
	spaced(i: number): boolean;
	/** The whole sieve again, for a pass that looks further back ("led Christie to suggest"). */
	subjectBefore(verb: number, floor: number): Subject | null;
}

/** The cue lookups statement passes use (implemented by Cues in speakers.ts). */
export interface CueFinder {
	readonly tokens: Token[];
	/** The reporting verbs in [from, to), as token indexes. */
	verbsIn(from: number, to: number): number[];
	/** The subject written before the verb: "Lavrov said". */
	subjectBefore(verb: number, floor: number): Subject | null;
	/** The subject written after the verb: "said Lavrov", "according to Lavrov"; `wide`: a verb closing its sentence ("…, says Yao."). */
	subjectAfter(verb: number, ceiling: number, wide?: boolean): Subject | null;
	/** "Biden called Xi a dictator and said …": the subject that opens the sentence. */
	coordinatedSubject(verb: number, sentenceStart: number): Subject | null;
}

export interface Pass<Site, Result> {
	id: string;
	/** What the pass recognises, with an example. */
	doc: string;
	find(site: Site): Result | null;
}

/** Runs passes in order; the first that decides wins. Returns its id, or null when none did. */
export function firstDecision<Site, Result>(passes: readonly Pass<Site, Result>[], site: Site): { rule: string; result: Result } | null {
	for (const pass of passes) {
		const result = pass.find(site);
		if (result !== null) return { rule: pass.id, result };
	}
	return null;
}
