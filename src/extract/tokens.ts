import { ABBREVIATIONS } from '../text/sentences.js';

// Word tokens with offsets, the unit every extraction rule walks over.

export interface Token {
	text: string;
	start: number;
	end: number;
	/** Starts with a capital letter. */
	cap: boolean;
	/** Ends in 's / ’s (the possessive is excluded from `text`, not from the span). */
	possessive: boolean;
	/** `text` in lower case. */
	lower: string;
	/** `lower` without soft hyphens or a final dot ("Gov." → "gov"): the form word lists hold. */
	bare: string;
}

/**
 * A word: letters, marks and digits, joined by a dot, an apostrophe or a hyphen. An apostrophe may be typed as an
 * opening mark inside a word ("Kelce‘s"); a soft hyphen (U+00AD, which pages put in long words for line breaking:
 * "Wal\u00adcott") is part of the word; an ampersand between capitals joins a body's initials ("PG&E", "AT&T").
 * wordEnd reads exactly what this pattern matches, character by character: the pattern run over every article was a
 * tenth of the names' reading (test/extract/tokens.test.ts holds them to each other).
 */
export const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00ad]*(?:[.'’‘\-][\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00ad]*|(?<=\p{Lu})&\p{Lu}[\p{Lu}\p{N}]*)*/gu;

/** What a character is to a word, as bits: part of one (a letter, a mark or a digit), an upper-case letter, a digit. */
const PART = 1;
const UPPER = 2;
const DIGIT = 4;
const IS_PART = /^[\p{L}\p{M}\p{N}]$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_DIGIT = /^\p{N}$/u;
/** Characters beyond ASCII met so far, by code point: few distinct ones, met again and again. */
const KINDS = new Map<number, number>();
function kindOf(cp: number): number {
	if (cp < 128) return cp >= 97 && cp <= 122 ? PART : cp >= 65 && cp <= 90 ? PART | UPPER : cp >= 48 && cp <= 57 ? PART | DIGIT : 0;
	let kind = KINDS.get(cp);
	if (kind === undefined) {
		const c = String.fromCodePoint(cp);
		kind = (IS_PART.test(c) ? PART : 0) | (IS_UPPER.test(c) ? UPPER : 0) | (IS_DIGIT.test(c) ? DIGIT : 0);
		KINDS.set(cp, kind);
	}
	return kind;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
/** . ' ’ ‘ - */
const JOINERS = new Set([0x2e, 0x27, 0x2019, 0x2018, 0x2d]);
const SOFT_HYPHEN = 0xad;
const AMPERSAND = 0x26;

/** Where the word that starts at `start` (on a letter, mark or digit) ends: WORD's match, read greedily as it is. */
function wordEnd(text: string, start: number): number {
	const n = text.length;
	let last = text.codePointAt(start)!;
	let i = start + width(last);
	// Past initials joined by "&" only capitals and digits go on, until a joiner.
	let partsGoOn = true;
	for (;;) {
		for (let cp: number; partsGoOn && i < n && (kindOf((cp = text.codePointAt(i)!)) & PART || cp === SOFT_HYPHEN); i += width(cp)) last = cp;
		if (i + 1 >= n) return i;
		const cp = text.codePointAt(i)!;
		const next = text.codePointAt(i + 1)!;
		if (JOINERS.has(cp) && kindOf(next) & PART) {
			partsGoOn = true;
		} else if (cp === AMPERSAND && kindOf(last) & UPPER && kindOf(next) & UPPER) {
			partsGoOn = false;
			last = next;
			i += 1 + width(next);
			for (let c: number; i < n && kindOf((c = text.codePointAt(i)!)) & (UPPER | DIGIT); i += width(c)) last = c;
			continue;
		} else return i;
		last = next;
		i += 1 + width(next);
	}
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/u;
const abbreviated = (word: string) => /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word) || /^[DRI]-[\p{Lu}.]+\p{Ll}{0,4}$/u.test(word);
/** The marks before the s of a possessive ("Biden's", "Biden’s", "Kelce‘s"). */
const APOSTROPHES = "'’‘";
const SOFT_HYPHENS = /\u00ad/g;

/** `lower` without soft hyphens or a final dot. */
function bareForm(lower: string): string {
	const plain = lower.includes('\u00ad') ? lower.replace(SOFT_HYPHENS, '') : lower;
	return plain.endsWith('.') ? plain.slice(0, -1) : plain;
}

/** Words whose forms byWord remembers at most: a long ingest meets many, and the table starts again when full. */
const WORDS_REMEMBERED = 50_000;

/**
 * `form` of a word, remembered: the same words recur across sentences and articles, and a remembered form is one
 * string, whose hash each word list's lookup of it then computes once.
 */
function byWord(form: (word: string) => string): (word: string) => string {
	const seen = new Map<string, string>();
	return (word) => {
		let known = seen.get(word);
		if (known === undefined) {
			if (seen.size >= WORDS_REMEMBERED) seen.clear();
			seen.set(word, (known = form(word)));
		}
		return known;
	};
}

/** Each token's forms are made once, when it is read: rules ask for them many times over. */
const lowerOf = byWord((word) => word.toLowerCase());
const bareOf = byWord(bareForm);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const out: Token[] = [];
	for (let start = from; start < to; ) {
		const cp = text.codePointAt(start)!;
		if (!(kindOf(cp) & PART)) {
			start += width(cp);
			continue;
		}
		let end = wordEnd(text, start);
		let word = text.slice(start, end);
		// Keep the dot of initials, acronyms and abbreviations ("M.", "U.S.", "Jr.").
		// And of a lawmaker's party and state ("R-Mo.", "D-Calif.", "D-N.J."). Only a word before a dot is looked at.
		if (text[end] === '.' && (abbreviated(word) || ABBREVIATIONS.has(word.toLowerCase()))) {
			word += '.';
			end++;
		}
		const possessive = word.length > 2 && (word.endsWith('s') || word.endsWith('S')) && APOSTROPHES.includes(word[word.length - 2]!);
		// An Arabic article joined to a name ("al-Busaidi", "el-Sisi") is written in lower case but opens a name.
		// Most words open with an ASCII letter, whose case needs no pattern.
		const first = word.charCodeAt(0);
		const cap = first >= 65 && first <= 90 ? true : (first < 97 || first > 122) && /^\p{Lu}/u.test(word) ? true : ARABIC_ARTICLE.test(word);
		const own = possessive ? word.slice(0, -2) : word;
		const lower = lowerOf(own);
		out.push({ text: own, start, end, cap, possessive, lower, bare: bareOf(lower) });
		start = end;
	}
	return out;
}
