import { normalize, words } from '../text/normalize.js';
import { DEMONYMS, IRREGULAR, QUESTION_STOP_WORDS, SYNONYMS } from './words.js';

// How well a text answers the words of a question: each question word matches its inflections ("sanctioned" for
// "sanctions"), its synonyms and, for a country, its adjective; rarer words weigh more.

export interface Term {
	/** The word as typed. */
	word: string;
	/** Its stem and the phrases that say the same thing. */
	stems: string[];
	phrases: string[];
	/** Rarer words weigh more; set with `hits` from the coverage (passages.ts). */
	weight: number;
	/** Sentences of the coverage holding the word, up to the search's limit. */
	hits: number;
}

/** Stems already worked out: the same words recur in every paragraph read. */
const stems = new Map<string, string>();
const STEMS_KEPT = 50_000;

/** "sanctions" → "sanction", "selling" → "sell", "savings" → "sav", "sent" → "send"; never shorter than three letters. */
export function stem(word: string): string {
	let known = stems.get(word);
	if (known === undefined) {
		if (stems.size >= STEMS_KEPT) stems.clear();
		known = stemNow(word);
		stems.set(word, known);
	}
	return known;
}

function stemNow(word: string): string {
	let w = word.replace(/'s$/, '');
	if (Object.hasOwn(IRREGULAR, w)) return IRREGULAR[w]!;
	const rules: RegExp[] = [/(?<=[^aeiou])ies$/, /(?<=ss|sh|ch|x)es$/, /(?<![su])s$/, /ing$/, /(?<=[^e])ed$|(?<=e)d$/, /e$/];
	for (const re of rules) {
		const out = w.replace(re, (m) => (m === 'ies' ? 'y' : ''));
		if (out.length >= 3) w = out;
	}
	return w;
}

/** A country's adjective or its plural ("americans") names the country. */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
const countryOf = (word: string) => own(DEMONYMS, word) ?? own(DEMONYMS, word.replace(/s$/, ''));

/** The words of a question worth matching, each with its stems and synonyms; short numbers ("9/11") match too much. */
export function termsOf(text: string): Term[] {
	const seen = new Set<string>();
	const out: Term[] = [];
	for (const word of words(text)) {
		if (QUESTION_STOP_WORDS.has(word) && !Object.hasOwn(SYNONYMS, word)) continue;
		if (word.length < 2 || seen.has(word) || /^\d{1,3}$/.test(word)) continue;
		seen.add(word);
		const country = countryOf(word);
		const adjective = Object.entries(DEMONYMS).find(([, c]) => c === word)?.[0];
		const phrases = [...(own(SYNONYMS, word) ?? []), ...(country ? [country] : []), ...(adjective ? [adjective] : [])];
		const irregular = Object.entries(IRREGULAR).filter(([, base]) => base === stem(word)).map(([form]) => form);
		out.push({ word, stems: [stem(word)], phrases: [...phrases, ...irregular], weight: 1, hits: 0 });
	}
	return out;
}

/**
 * A text to match many terms against: normalized at once, its words stemmed only when a term may be in it (most
 * texts weighed against a topic hold none of its words, and stemming every word is most of the work).
 */
export class Indexed {
	private stemSet: Set<string> | undefined;
	private spaced: string | undefined;

	constructor(readonly plain: string) {}

	get stems(): Set<string> {
		return (this.stemSet ??= new Set(this.plain.replace(/'s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem)));
	}

	/** The words between single spaces, for whole-phrase matches. */
	get text(): string {
		return (this.spaced ??= ` ${this.plain.replace(/[^\p{L}\p{N}.'-]+/gu, ' ')} `);
	}
}

export const indexText = (text: string) => new Indexed(normalize(text));

/**
 * Letters any text matching a stem must hold: a suffix rule only cuts a word's end ("sanctioned"), except "ies" for
 * "y" ("policies"), so the stem without a final "y" is in every regular form; an irregular form ("sent") is its own.
 */
const cuesOfStem = (base: string) => [base.endsWith('y') ? base.slice(0, -1) : base, ...Object.keys(IRREGULAR).filter((form) => IRREGULAR[form] === base)];

/** Strings at least one of which a text holds when it matches the term: checked before any word is stemmed. */
const cues = new WeakMap<Term, { of: string; cues: string[] }>();
function cuesOf(term: Term): string[] {
	// Worked out once per term, again if its words change (a topic's names are added to its phrases).
	const of = `${term.stems.join(' ')}|${term.phrases.join('|')}`;
	let known = cues.get(term);
	if (known?.of !== of) {
		// A phrase of several words (or with a dot) is matched whole: its first word is in the text.
		const whole = (p: string) => p.includes(' ') || p.includes('.');
		known = { of, cues: [...term.stems.flatMap(cuesOfStem), ...term.phrases.flatMap((p) => (whole(p) ? [p.split(' ')[0]!] : cuesOfStem(stem(p))))] };
		cues.set(term, known);
	}
	return known.cues;
}

export function matchesTerm(term: Term, text: Indexed): boolean {
	if (!cuesOf(term).some((c) => text.plain.includes(c))) return false;
	if (term.stems.some((s) => text.stems.has(s))) return true;
	return term.phrases.some((p) => (p.includes(' ') || p.includes('.') ? text.text.includes(` ${p} `) : text.stems.has(stem(p))));
}

/** The share of the question's weight a text matches, from 0 to 1. */
export function coverage(terms: readonly Term[], text: Indexed): number {
	const total = terms.reduce((sum, t) => sum + t.weight, 0);
	if (total === 0) return 0;
	return terms.reduce((sum, t) => sum + (matchesTerm(t, text) ? t.weight : 0), 0) / total;
}

/** Whether a text names an entity by its name or any alias, as whole words. */
export function mentions(text: Indexed, names: readonly string[]): boolean {
	return names.some((n) => {
		const key = normalize(n).replace(/[^\p{L}\p{N}.'-]+/gu, ' ').trim();
		return key.length > 1 && text.text.includes(` ${key} `);
	});
}
