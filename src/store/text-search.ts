import { words } from '../text/normalize.js';
import { MAX_TERMS, type NameType, type SearchTerms, TERM_MATCHES } from './contract.js';

// What the engines share about text: the words a search looks for, and how autocomplete picks its candidates from
// an index of name words with bounded reads (the heaviest rows for one or two letters, a capped range beyond).

/** Words too common to search by. */
const STOP_WORDS = new Set(
	'a an and are as at be but by for from has have he her his in is it its of on or she that the their they this to was were will with'.split(' '),
);

/** The words of a search, in order, once each, without the ones too common to mean anything. */
export function searchWords(text: string): string[] {
	return [...new Set(words(text))].filter((w) => !STOP_WORDS.has(w));
}

/**
 * One full-text query per term: its word and phrases as alternatives, each phrase written by the engine's `phrase`
 * (words in order; null for none), joined by the engine's `or`; null for a term with no searchable word. At most MAX_TERMS terms.
 */
export function termQueries(terms: SearchTerms, phrase: (words: readonly string[]) => string | null, or: string): (string | null)[] {
	return terms.slice(0, MAX_TERMS).map((alternatives) => {
		const phrases = [...new Set(alternatives.map((a) => phrase(words(a))).filter((p): p is string => p !== null))];
		return phrases.length ? `(${phrases.join(or)})` : null;
	});
}

/**
 * Ranks the sentences (by number, newer higher) that hold any term, given each term's capped matches: the sum of the
 * BM25 weights of the terms a sentence holds, where a term found in fewer sentences weighs more (log(1 + N / hits),
 * N the cap); between equals the newer first. At most `limit` numbers, best first.
 */
export function rankMatches(matches: readonly (readonly number[])[], limit: number): number[] {
	const scores = new Map<number, number>();
	for (const found of matches) {
		const weight = Math.log(1 + TERM_MATCHES / Math.max(1, found.length));
		for (const n of found) scores.set(n, (scores.get(n) ?? 0) + weight);
	}
	return [...scores]
		.sort((a, b) => b[1] - a[1] || b[0] - a[0])
		.slice(0, Math.max(0, limit))
		.map(([n]) => n);
}

/** Shortest last word matched as a prefix of longer words: "ceasef" finds "ceasefire", "a" finds only "a". */
const PREFIX_MIN = 3;

/** An FTS5 query: every word, the last one also as a prefix (the word being typed); null when nothing is left. */
export function searchQuery(text: string): string | null {
	const given = searchWords(text);
	if (!given.length) return null;
	return given.map((w, i) => `"${w.replace(/"/g, '""')}"${i === given.length - 1 && w.length >= PREFIX_MIN ? '*' : ''}`).join(' AND ');
}

export interface WordRow {
	word: string;
	key: string;
	weight: number;
}

export interface CompletionIndex {
	/** The heaviest words of a type starting with one letter, or two, at most `cap`. */
	byP1(type: NameType, p1: string, cap: number): WordRow[];
	byP2(type: NameType, p2: string, cap: number): WordRow[];
	/** Words starting with `prefix` (three letters or more), at most `cap`, in word order. */
	byPrefix(type: NameType, prefix: string, cap: number): WordRow[];
	/** The label of a key, to check the other words typed against. */
	label(type: NameType, key: string): string | null;
}

/** Rows read for one- and two-letter input, and for a longer prefix. */
const SHORT_CAP = 200;
const PREFIX_CAP = 2000;
/** Typo tolerance: edits allowed in a word of this many letters or more. */
const ONE_EDIT = 4;
const TWO_EDITS = 8;

/** Optimal string alignment distance (a swap of neighbours is one edit), stopping once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/**
 * The keys autocomplete offers for `text`, best first: names with a word starting with the last word typed (the
 * heaviest first), then names with a word one or two edits from it; every other word typed must start a word of the
 * label. Never more than a bounded number of index rows is read. Given the `limit` shown, the typo pass is skipped
 * when the prefix matches of a one-word text already fill it, since any prefix match ranks above every typo.
 */
export function completionCandidates(text: string, types: readonly NameType[], index: CompletionIndex, limit = Infinity): { type: NameType; key: string }[] {
	const given = words(text);
	const last = given.at(-1);
	if (!last) return [];
	const others = given.slice(0, -1);
	const scored = new Map<string, { type: NameType; key: string; score: number }>();
	const offer = (type: NameType, rows: WordRow[], fuzzy: boolean) => {
		for (const row of rows) {
			const id = `${type}\u0000${row.key}`;
			// A prefix match outranks any typo match; within each, the most written about first.
			const score = (fuzzy ? 0 : 1e12) + row.weight;
			if ((scored.get(id)?.score ?? -1) < score) scored.set(id, { type, key: row.key, score });
		}
	};
	for (const type of types) {
		if (last.length === 1) offer(type, index.byP1(type, last, SHORT_CAP), false);
		else if (last.length === 2) offer(type, index.byP2(type, last, SHORT_CAP), false);
		else offer(type, index.byPrefix(type, last, PREFIX_CAP), false);
	}
	const max = last.length >= TWO_EDITS ? 2 : last.length >= ONE_EDIT ? 1 : 0;
	const filled = others.length === 0 && scored.size >= limit;
	// A typo past the first two letters: the words sharing them, the heaviest first.
	if (last.length >= 3 && max > 0 && !filled) {
		const near = (r: WordRow) => editDistance(r.word.slice(0, last.length), last, max) <= max || editDistance(r.word, last, max) <= max;
		for (const type of types) offer(type, index.byP2(type, last.slice(0, 2), PREFIX_CAP).filter(near), true);
	}
	const ranked = [...scored.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
	if (!others.length) return ranked;
	return ranked.filter((c) => {
		const label = words(index.label(c.type, c.key) ?? '');
		return others.every((o) => label.some((w) => w.startsWith(o)));
	});
}

/** The words of a label as the completion index keeps them, with their one- and two-letter prefixes. */
export function completionWords(label: string): { word: string; p1: string; p2: string }[] {
	return [...new Set(words(label))].map((word) => ({ word, p1: word.slice(0, 1), p2: word.slice(0, 2) }));
}

