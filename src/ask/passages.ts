import type { Sentence } from '../facts/schema.js';
import type { FactStore } from '../store/contract.js';
import { coverage, indexText, type Indexed, mentions, type Term } from './relevance.js';

// Ranked passage retrieval over every sentence: each question word is looked up through the store's sentence search
// (BM25, prefixes, light typos), then every sentence found is scored on all the words at once, rarer words weighing
// more, so a passage holding most of the question ranks above one repeating a single word of it.

/** Sentences looked at per question word: bounded work per question whatever the archive's size. */
export const HITS_PER_TERM = 300;

export interface Passage {
	sentence: Sentence;
	/** Share of the question's weight the sentence matches, 0 to 1. */
	coverage: number;
	score: number;
}

export interface PassageOptions {
	limit: number;
	/** Passages holding such words rank higher ("because" for a why question, a date for a when question). */
	prefer?: RegExp;
	/** Places and countries the question names: each must be named by the passage's article ("the us" is no Canada). */
	mustMention?: readonly (readonly string[])[];
	/** Only sentences that state a figure. */
	withFigure?: boolean;
}

const key = (s: Sentence) => `${s.span.article}:${s.span.start}`;

/** Weighs each term by how rare it is in the coverage (inverse document frequency over the sentence search). */
export async function weighTerms(store: FactStore, terms: Term[]): Promise<Map<string, Sentence>> {
	const found = new Map<string, Sentence>();
	for (const term of terms) {
		const hits = new Map<string, Sentence>();
		for (const query of [term.word, ...term.phrases]) for (const s of await store.searchSentences(query, HITS_PER_TERM)) hits.set(key(s), s);
		term.hits = hits.size;
		term.weight = Math.log(1 + HITS_PER_TERM / Math.max(0.5, hits.size));
		for (const [k, s] of hits) found.set(k, s);
	}
	return found;
}

export async function rankPassages(store: FactStore, terms: Term[], options: PassageOptions): Promise<Passage[]> {
	if (terms.length === 0) return [];
	const candidates = await weighTerms(store, terms);
	const ranked: Passage[] = [];
	const articleNames = new Map<string, boolean>();
	const namedByArticle = async (article: string) => {
		if (!articleNames.has(article)) {
			const { title, body } = await store.article(article);
			const whole = indexText(`${title}\n${body}`);
			articleNames.set(article, (options.mustMention ?? []).every((names) => mentions(whole, names)));
		}
		return articleNames.get(article)!;
	};
	for (const sentence of candidates.values()) {
		const text: Indexed = indexText(sentence.span.text);
		if (!(await namedByArticle(sentence.span.article))) continue;
		if (options.withFigure && (await store.figuresIn(sentence)).length === 0) continue;
		const share = coverage(terms, text);
		// A preferred word breaks ties between passages holding the same words of the question.
		const bonus = options.prefer?.test(sentence.span.text) ? 0.15 : 0;
		ranked.push({ sentence, coverage: share, score: share + bonus });
	}
	// Between equals, the shorter sentence says it more directly.
	return ranked.sort((a, b) => b.score - a.score || a.sentence.span.text.length - b.sentence.span.text.length).slice(0, options.limit);
}
