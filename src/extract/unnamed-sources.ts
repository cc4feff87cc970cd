import { isRoleNoun, PERSON_NOUNS, SOURCE_QUALIFIERS, SPOKESPEOPLE } from '../lexicon/titles.js';
import { alternation } from '../lexicon/words.js';
import type { TextRange } from '../text/sentences.js';

// Someone who speaks without a name ("one legal expert said", "said a U.S. official briefed on the meeting") is
// described by the article's own words; a later "the expert" or "the official" is the one so introduced.

/** How many paragraphs back a definite "the official" may reach for the indefinite one that introduced them. */
const INTRODUCED_WITHIN = 4;
/** How many words may qualify the person before the noun: "a U.S. defense official", "a former Israeli official". */
const MODIFIERS = 3;
/** "a", "an" or "one" and the words qualifying the person before the noun: "a former Israeli ", "one ". */
const DESCRIPTION_WORDS = String.raw`\b(?:a|an|one)\s+(?:[\p{L}.’'-]+ +){0,${MODIFIERS}}`;
/** The opening of a description, up to the end of the text. */
export const DESCRIPTION_OPENING = new RegExp(`${DESCRIPTION_WORDS}$`, 'iu');

/** What tells who they are after the noun: "familiar with the matter", "briefed on the meeting", "for the chairman". */
const QUALIFIER = new RegExp(
	String.raw`^\s+(?:(?:${alternation(SOURCE_QUALIFIERS)})\s+(?:with|on|to|in)\s+(?:the\s+)?[\p{Ll}-]+|for\s+(?:the\s+)?[\p{L}.-]+)(?=[\s,.;:!?]|$)`,
	'iu',
);

const isPersonNoun = (word: string) => isRoleNoun(word) || PERSON_NOUNS.has(word.toLowerCase());

/**
 * The description of an unnamed person that starts at `at` ("One U.S. defense official", "a person familiar with the
 * matter"): from "a", "an" or "one" to the noun for the person and what qualifies it after; null when the words there
 * are no such description, or run past `limit`.
 */
export function describedAt(body: string, at: number, limit: number): TextRange | null {
	const opening = /^(?:a|an|one)\s+/iu.exec(body.slice(at, limit));
	let end = at + (opening?.[0].length ?? 0);
	for (let n = 0; opening && n < MODIFIERS + 1; n++) {
		// "U.S." keeps its dots; a full stop after a word ends the description.
		const word = /^(?:\p{L}\.){2,}|^[\p{L}’'-]+/u.exec(body.slice(end, limit));
		if (!word) return null;
		end += word[0].length;
		if (isPersonNoun(word[0])) {
			const qualifier = QUALIFIER.exec(body.slice(end, limit))?.[0].length ?? 0;
			// "a woman", "a man": too common to tell anyone by, unless qualified ("a person familiar with the matter").
			if (PERSON_NOUNS.has(word[0].toLowerCase()) && !qualifier) return null;
			// "an Amazon spokesperson", "a company spokeswoman": the body speaks, through someone it does not name.
			if (SPOKESPEOPLE.has(word[0].toLowerCase()) && n > 0) return null;
			return { start: at, end: end + qualifier };
		}
		const space = /^ +/.exec(body.slice(end, limit));
		if (!space) return null;
		end += space[0].length;
	}
	return null;
}

/**
 * "the expert", "the official": the unnamed person an indefinite description with that noun introduced last, in the
 * paragraph of `at` or the few before it (`paragraphStarts`: where each paragraph starts, in order).
 */
export function introducedAs(body: string, noun: string, at: number, paragraphStarts: readonly number[]): TextRange | null {
	const reach = paragraphStarts.filter((p) => p <= at).at(-INTRODUCED_WITHIN - 1) ?? 0;
	if (!/^[\p{L}-]+$/u.test(noun)) return null;
	// The fewest qualifying words ("{0,3}?") that reach the noun.
	const pattern = new RegExp(String.raw`${DESCRIPTION_WORDS}?${noun}\b`, 'giu');
	const starts = [...body.slice(reach, at).matchAll(pattern)].map((m) => reach + m.index);
	for (const start of starts.reverse()) {
		const described = describedAt(body, start, at);
		if (described && body.slice(described.start, described.end).toLowerCase().split(/\s+/).includes(noun.toLowerCase())) return described;
	}
	return null;
}
