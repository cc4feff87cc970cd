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

// An apostrophe may be typed as an opening mark inside a word ("Kelce‘s"); a soft hyphen (U+00AD, which pages put
// in long words for line breaking: "Wal\u00adcott") is part of the word.
// An ampersand between capitals joins a body's initials ("PG&E", "AT&T").
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00ad]*(?:[.'’‘\-][\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00ad]*|(?<=\p{Lu})&\p{Lu}[\p{Lu}\p{N}]*)*/gu;

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
	WORD.lastIndex = from;
	for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
		let word = m[0];
		let end = m.index + word.length;
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
		out.push({ text: own, start: m.index, end, cap, possessive, lower, bare: bareOf(lower) });
	}
	return out;
}
