import { BETWEEN, LY_NOUNS } from '../lexicon/function-words.js';
import { ABBREVIATED_TITLES, isRoleNoun, PROFESSIONALS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js';
import { alternation, capitalised } from '../lexicon/words.js';
import { REPORTING_VERBS } from '../lexicon/verbs.js';
import { PARTICLES } from '../lexicon/names.js';
import type { Token } from './tokens.js';
import type { TextRange } from '../text/sentences.js';

// The words attribution rules look for around a reporting verb.

/** Whether a token may stand between a subject and its verb: the words above, or an adverb ("he aptly summarizes"). */
export const isBetween = (t: Token) => BETWEEN.has(lower(t)) || (!t.cap && /^[a-z]{3,}ly$/.test(t.text) && !LY_NOUNS.has(t.text) && !ROLE_NOUNS.has(t.text));

export const lower = (t: Token) => t.lower;

/** Initials and abbreviated titles, whose dots end no sentence ("Chief of Naval Operations Adm. Michael Gilday"). */
const ABBREVIATED = new RegExp(String.raw`\b(?:\p{Lu}\.)+|\b(?:${alternation(capitalised(ABBREVIATED_TITLES))})\.`, 'gu');

/** Words that may stand between a closing mark and the speaker: a role ("White House press secretary"), no clause. */
export function onlyRoleWords(text: string): boolean {
	const words = text
		.replace(/^[\s,.!?—–-]+/, '')
		.split(/\s+/)
		.filter(Boolean);
	// '"…," The Korean Central News Agency said': an article that opens the name, kept out of it.
	if (words.length === 0 || (words.length === 1 && /^(?:the|a|an)$/i.test(words[0]!))) return true;
	if (
		words.length > 8 ||
		/[.;!?"“”]/.test(text.replace(/^[\s,.!?—–-]+/, '').replace(ABBREVIATED, ''))
	)
		return false;
	// "NASA's Steve Clarke", "the Washington Post's David Ignatius": an employer's possessive alone stands for the role.
	const owner = words.slice(/^the$/i.test(words[0]!) ? 1 : 0);
	if (owner.length && owner.every((w, i) => /^\p{Lu}[\p{L}.&-]*$/u.test(w) || (i === owner.length - 1 && /^\p{Lu}[\p{L}.&-]*['’]s$/u.test(w)))) {
		if (/['’]s$/.test(owner.at(-1)!)) return true;
	}
	// '"…," da Silva said': the particle of a surname written alone.
	if (words.every((w) => PARTICLES.has(w))) return true;
	return (
		words.some((w) => {
			const word = w.replace(/['’]s$|[.,]$/g, '').toLowerCase();
			// "analysts at Boston Consulting Group wrote": professionals, right before the body they work for.
			// "the 14th-ranked Schwartzman", "the top-seeded Nadal": a ranking describes a player.
			return (
				isRoleNoun(word) ||
				TITLE_WORDS.has(word) ||
				/^(?:\d+(?:st|nd|rd|th)?|top)-(?:ranked|seeded)$/.test(word) ||
				(PROFESSIONALS.has(word) && /\b(?:at|from|of|with)\s*$/.test(text))
			);
		}) && !words.some((w) => REPORTING_VERBS.has(w.toLowerCase()))
	);
}

/** Text after a name that opens an apposition describing it: ", a China analyst at …", ", who …". */
export const opensApposition = (text: string) => /^,\s+(?:a|an|the|who)\s/.test(text);

/** "was told", "were quietly informed": a verb of saying in the passive, whose subject heard the words. */
export const isPassive = (body: string, verb: Token) =>
	!/ing$/i.test(verb.text) && /\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/iu.test(body.slice(Math.max(0, verb.start - 24), verb.start));

/** "Travis Kelce's mom confirmed", "Xi Jinping’s top economic adviser": a name owning a role is not who the clause is about. */
export const isOwner = (body: string, m: TextRange) => {
	const owned = /^['’‘]s\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?(?:\s+([\p{Ll}-]+))?/u.exec(body.slice(m.end, m.end + 50));
	return !!owned && owned.slice(1).some((w) => ROLE_NOUNS.has(w ?? ''));
};

/** "includes a controller, Chromecast Ultra and three months": an item in a list, whom no pronoun refers to. */
export const listed = (body: string, m: TextRange) =>
	/,\s*$/.test(body.slice(Math.max(0, m.start - 2), m.start)) && /^,?\s+(?:and|or)\s/.test(body.slice(m.end, m.end + 6));

/** "a spokesperson for ", "the spokesman of the ": a role held for a body, right before the body's name; the role is group 1. */
const ROLE_FOR_BODY = String.raw`(?:a|an|one|the)\s+(?:[\p{L}-]+\s+)?(\p{L}+)\s+(?:for|of|at)\s+(?:the\s+)?`;
/** That role ending right before a name: "… said a spokesperson for |Chevron". */
export const ROLE_FOR_BODY_BEFORE = new RegExp(String.raw`\b${ROLE_FOR_BODY}$`, 'iu');
/** That role opening the text after a verb: "said| a spokesperson for Chevron". */
export const ROLE_FOR_BODY_AFTER = new RegExp(`^${ROLE_FOR_BODY}`, 'iu');

/** An organisation or a country: a body that may speak as one ("the ministry said", "Beijing said"). */
export const isBody = <T extends { kind: string }>(m: T | undefined): m is T => m?.kind === 'organisation' || m?.kind === 'country';
