import { REPORTING_VERBS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
import type { Token } from './tokens.js';

// The words attribution rules look for around a reporting verb.

/** Words allowed between a subject and its verb ("Lavrov also said", "he had earlier told"). */
const BETWEEN = new Set('also has had have was is were are would could will later then again once previously reportedly recently further simply just earlier first separately subsequently repeatedly publicly privately already only himself herself itself themselves never not then too frequently often'.split(' '));
/** Nouns in -ly, which are never adverbs standing between a subject and its verb. */
const LY_NOUNS = new Set('ally rally family assembly supply reply italy anomaly monopoly melee homily'.split(' '));

/** Whether a token may stand between a subject and its verb: the words above, or an adverb ("he aptly summarizes"). */
export const isBetween = (t: Token) => BETWEEN.has(lower(t)) || (!t.cap && /^[a-z]{3,}ly$/.test(t.text) && !LY_NOUNS.has(t.text) && !ROLE_NOUNS.has(t.text));

export const PRONOUNS = new Set(['he', 'she']);
export const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'it']);

export const lower = (t: Token) => t.text.toLowerCase();

/** Words that may stand between a closing mark and the speaker: a role ("White House press secretary"), no clause. */
export function onlyRoleWords(text: string): boolean {
	const words = text.replace(/^[\s,.!?—–-]+/, '').split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	if (words.length > 8 || /[.;!?"“”]/.test(text.replace(/^[\s,.!?—–-]+/, '').replace(/\b(?:\p{Lu}\.)+|\b(?:Lt|Gen|Col|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|St)\./gu, ''))) return false;
	// "NASA's Steve Clarke": an employer's possessive alone stands for the role.
	if (words.every((w) => /^\p{Lu}[\p{L}.&-]*['’]s$/u.test(w))) return true;
	return words.some((w) => {
		const word = w.replace(/['’]s$|[.,]$/g, '').toLowerCase();
		// "analysts at Boston Consulting Group wrote": professionals, right before the body they work for.
		// "the 14th-ranked Schwartzman", "the top-seeded Nadal": a ranking describes a player.
		return ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) || /^(?:\d+(?:st|nd|rd|th)?|top)-(?:ranked|seeded)$/.test(word) || (PROFESSIONALS.has(word) && /\b(?:at|from|of|with)\s*$/.test(text));
	}) && !words.some((w) => REPORTING_VERBS.has(w.toLowerCase()));
}

/** People who speak for the body they work for ("economists at Goldman Sachs"); not fans or residents. */
const PROFESSIONALS = new Set('analysts economists researchers strategists lawyers scientists experts officials executives spokespeople'.split(' '));

export type Gender = 'f' | 'm';
export const FEMALE = new Set('mrs ms miss madam dame lady queen princess chairwoman spokeswoman congresswoman businesswoman woman girl mother wife daughter sister widow grandmother aunt niece actress'.split(' '));
export const MALE = new Set('mr sir lord king prince chairman spokesman congressman businessman man boy father husband son brother widower grandfather uncle nephew actor'.split(' '));

export const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon)$/i;

/** Verbs that may come before their subject ("said Lavrov"); after "told" comes the listener, not the speaker. */
export const INVERTIBLE = new Set('said says added adds continued noted explained wrote writes recalled stated insisted argued according replied responded answered observed remarked concluded began asked asks'.split(' '));

/** Words that may stand between a verb and the speaker after it ("said his daughter Linda Wu"). */
export const BEFORE_NAME = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 'former', 'senior']);
