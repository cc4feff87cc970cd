import type { Sentence } from '../facts/schema.js';
import { type FactStore, MAX_TERMS, TERM_MATCHES } from '../store/contract.js';
import { coverage, indexText, mentions, type Term } from './relevance.js';

// Ranked passage retrieval over every sentence: one ranked store query (BM25 over the question's words, each with
// its synonyms, among a capped set of matches per word) gives the candidates, then each is scored on all the words at
// once, rarer words weighing more, so a passage holding most of the question ranks above one repeating a single word.

/** Sentences the store ranks for one question: bounded work whatever the archive's size. */
const CANDIDATES = 50;

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

/** Weighs each term by how rare it is in the coverage (inverse document frequency over the capped matches). */
export async function weighTerms(store: FactStore, terms: Term[]): Promise<Weighed> {
	const kept = terms.slice(0, MAX_TERMS);
	const { sentences, hits } = await store.rankSentences(kept.map((t) => [t.word, ...t.phrases]), CANDIDATES);
	kept.forEach((term, i) => {
		term.hits = hits[i] ?? 0;
		term.weight = Math.log(1 + TERM_MATCHES / Math.max(0.5, term.hits));
	});
	return { terms: kept, candidates: new Map(sentences.map((s) => [key(s), s])) };
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
