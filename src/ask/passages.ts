import type { Sentence } from '../facts/schema.js';
import type { FactStore } from '../store/contract.js';
import { coverage, indexText, mentions, type Term } from './relevance.js';

// Ranked passage retrieval over every sentence: each question word is looked up through the store's sentence search
// (BM25, prefixes, light typos), then every sentence found is scored on all the words at once, rarer words weighing
// more, so a passage holding most of the question ranks above one repeating a single word of it.

/** Sentences looked at per question word: bounded work per question whatever the archive's size. */
const HITS_PER_TERM = 300;

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
}

const key = (s: Sentence) => `${s.span.article}:${s.span.start}`;

/** The question's words weighed by how rare they are in the coverage, and the sentences holding any of them. */
export interface Weighed {
	terms: Term[];
	candidates: Map<string, Sentence>;
}

/** Weighs each term by how rare it is in the coverage (inverse document frequency over the sentence search). */
export async function weighTerms(store: FactStore, terms: Term[]): Promise<Weighed> {
	const candidates = new Map<string, Sentence>();
	for (const term of terms) {
		const hits = new Map<string, Sentence>();
		for (const query of [term.word, ...term.phrases]) for (const s of await store.searchSentences(query, HITS_PER_TERM)) hits.set(key(s), s);
		term.hits = hits.size;
		term.weight = Math.log(1 + HITS_PER_TERM / Math.max(0.5, hits.size));
		for (const [k, s] of hits) candidates.set(k, s);
	}
	return { terms, candidates };
}

export async function rankPassages(store: FactStore, { terms, candidates }: Weighed, options: PassageOptions): Promise<Passage[]> {
	if (terms.length === 0) return [];
	const ranked: Passage[] = [];
	const namedByArticle = new Map<string, boolean>();
	const names = options.mustMention ?? [];
	for (const sentence of candidates.values()) {
		const share = coverage(terms, indexText(sentence.span.text));
		if (share === 0) continue;
		if (names.length) {
			// Read once per article, and only when the question names a place.
			const { article } = sentence.span;
			if (!namedByArticle.has(article)) {
				const { title, body } = await store.article(article);
				const whole = indexText(`${title}\n${body}`);
				namedByArticle.set(article, names.every((n) => mentions(whole, n)));
			}
			if (!namedByArticle.get(article)) continue;
		}
		// A preferred word breaks ties between passages holding the same words of the question.
		const bonus = options.prefer?.test(sentence.span.text) ? 0.15 : 0;
		ranked.push({ sentence, coverage: share, score: share + bonus });
	}
	// Between equals, the shorter sentence says it more directly.
	return ranked.sort((a, b) => b.score - a.score || a.sentence.span.text.length - b.sentence.span.text.length).slice(0, options.limit);
}
