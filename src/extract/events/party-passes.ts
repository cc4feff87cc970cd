import { BROKER_VERBS } from '../../lexicon/events.js';
import { alternation } from '../../lexicon/words.js';
import { ORGANISATION_WORDS } from '../../lexicon/organisations.js';
import type { TextRange } from '../../text/sentences.js';
import type { ArticleEntities, Mention } from '../entities.js';
import type { Trigger } from './triggers.js';

// The passes that find who takes part in a contact event from the words before its event word ("Lavrov met",
// "the Trump-Kim summit", "he will visit"), each a small pure function of the site. Their order is in passes.ts; the
// first that decides gives the subjects, and its id, after "parties.", is the rule the meeting records (later checks in
// find.ts may add to the subjects or replace them, and record their own rule).

type Names = Pick<ArticleEntities, 'entities' | 'mentions'>;
/** Whom a pass finds: the subjects of the event, possibly none (the passes after it are not tried). */
export type PartyDecision = { name: string }[];

/** One event word and what was read around it in its sentence. */
export interface PartySite {
	body: string;
	names: Names;
	trigger: Trigger;
	sentence: TextRange;
	/** The clause around the word: from the last comma before it to the next clause break after it. */
	clause: TextRange;
	/** The event word. */
	word: TextRange;
	/** The names of the sentence that may take part. */
	candidates: Mention[];
	/** The people around a noun who take part: in its clause, before it (not met by an earlier word) or after it. */
	aroundNoun: Mention[];
	/** The people before the word who act (not governed by a preposition, not tellers elsewhere, not whom another word met). */
	people: Mention[];
	/** Those of them in the word's own clause (its subordinate clause, when one opens before the word). */
	inClause: Mention[];
	/** The name or the states opening the sentence, when they act. */
	opener: Mention[];
	/** A name set off by commas before the word's clause: "and Manusha Nanayakkara, Former Minister of Labor, visited". */
	appositive: Mention | undefined;
	/** A name qualifying a group before the word, which the article does not name ("other top Obama aides met"). */
	groupSubject: boolean;
	/** "Zelenskyy said he had spoken with Trump": the teller whose "he" is the event word's subject. */
	sayer: Mention | null;
	/** Whom "he" or "she" before the word in its clause stands for. */
	pronounReferent: string | null;
	/** With no referent, the one person given that pronoun's title before it in the sentence. */
	pronounByTitle: string | null;
	/** The body "It" opening the sentence stands for: the one that acted in the event of the sentence before. */
	itBody: string | null;
}

const clauseBeforeWord = (site: PartySite) => site.body.slice(site.clause.start, site.word.start);

/** "when he brokered a meeting with": the one who sets up a meeting, just before its word, is a go-between. */
const BROKERED = new RegExp(String.raw`\b(?:${alternation(BROKER_VERBS)})\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}$`, 'i');
/** "Trump said he had a very good conversation with Modi": the teller's "he" has the event named as a noun. */
const SAYER_OWNS_NOUN = /\b(?:he|she)\s+(?:had|has|held|holds)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}$/i;
/** Before a name that opens a clause: the sentence start or a comma, and its titles ("…, Congressman Charlie Dent"). */
const OPENS_CLAUSE = /(?:^|[,;:])\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** "Erik Prince, who met with a Russian official": the relative pronoun opening the event word's clause. */
const RELATIVE_WHO = /^who\s+(?:[a-z]+\s+){0,3}$/;
/** "It met …", "It also held talks with": "It" opening the sentence, before its verb. */
const IT_OPENS = /^It\s+(?:[a-z]+\s+){0,2}$/;
/** "the commission will meet", "the electoral commission also met": "the", a body's head noun, and at most a few helping words. */
const BODY_NOUN_BEFORE =
	/(?:^|[,;]\s+|\b(?:that|and)\s+)[Tt]he\s+(?:[a-z-]+\s+)??([a-z]+)\s+(?:(?:will|would|has|had|have|is|was|also|then|later|can|could|must|to)\s+){0,2}$/;

/** An event noun whose parties are the people around it: not a trip, not the teller's own ("he had a call with"). */
const nounOfPeople = (site: PartySite) => site.trigger.noun && !site.trigger.travel && !(site.sayer && SAYER_OWNS_NOUN.test(clauseBeforeWord(site)));
const peopleAfterNoun = (site: PartySite) => site.aroundNoun.filter((x) => x.start >= site.word.end);

/** "delivered a speech in parliament": the people of the sentence address a legislature. */
export function speakerBeforeLegislature(site: PartySite): PartyDecision | null {
	return site.trigger.speech ? site.candidates.filter((x) => x.kind === 'person') : null;
}

/** "Qatar brokered the talks": whoever brokers them is no party; the passes after this one find no one. */
export function brokerTakesNoPart(site: PartySite): PartyDecision | null {
	return BROKERED.test(clauseBeforeWord(site)) ? [] : null;
}

/** "Xi's state visit to South Korea": the possessor of the word, not everyone the sentence names. */
export function possessorOfWord(site: PartySite): PartyDecision | null {
	if (!/^['’]s/.test(site.body.slice(site.word.start, site.word.end))) return null;
	const possessor = site.candidates.filter((x) => x.end === site.word.start);
	return possessor.length ? possessor : null;
}

/**
 * "Pence spoke ahead of the June 12 summit in Singapore between Trump and Kim": two or more people after "between"
 * after the noun are its parties; whoever is named before speaks of their event.
 */
export function peopleAfterBetween(site: PartySite): PartyDecision | null {
	if (!nounOfPeople(site)) return null;
	const later = peopleAfterNoun(site);
	const between = later.length >= 2 && later.length < site.aroundNoun.length && /\bbetween\b[^,;]*$/.test(site.body.slice(site.word.start, later[0]!.start));
	return between ? later : null;
}

/**
 * "Charlie Dent, a moderate Republican from Pennsylvania, put in a call to Kevin McCarthy": the name set off before the
 * noun's clause, when no one before the noun in it acts.
 */
export function nameBeforeAppositionOfNoun(site: PartySite): PartyDecision | null {
	const { appositive } = site;
	if (!nounOfPeople(site) || !appositive || !OPENS_CLAUSE.test(site.body.slice(site.sentence.start, appositive.start))) return null;
	const later = peopleAfterNoun(site);
	return later.length && later.length === site.aroundNoun.length ? [appositive, ...later] : null;
}

/** "a call between Trump and Modi", "Trump's aides arranged a meeting with Putin": the people around the noun. */
export function peopleAroundNoun(site: PartySite): PartyDecision | null {
	return nounOfPeople(site) ? site.aroundNoun : null;
}

/** "Lavrov met Wang", "where he and Durham met": the people before the verb in its own clause. */
export function subjectInClause(site: PartySite): PartyDecision | null {
	return site.inClause.length ? site.inClause : null;
}

/** "other top Obama aides met with …": the subject is the group a name qualifies, which the article does not name. */
export function unnamedGroupSubject(site: PartySite): PartyDecision | null {
	return site.groupSubject && !site.trigger.noun ? [] : null;
}

/** "Zelenskyy said he had spoken with Trump": the teller's "he" is the subject. */
export function tellerSaysHe(site: PartySite): PartyDecision | null {
	return site.sayer ? [site.sayer] : null;
}

/** "Erik Prince, who met with a Russian official": the name before the relative pronoun. */
export function antecedentOfWho(site: PartySite): PartyDecision | null {
	if (!RELATIVE_WHO.test(clauseBeforeWord(site))) return null;
	const { candidates, clause, body } = site;
	const antecedent = candidates.find((x) => x.kind === 'person' && /^,\s*$/.test(body.slice(x.end, clause.start)));
	return antecedent ? [antecedent] : null;
}

/** "Wang Yi arrived in Moscow. He is due to meet Putin": whom "he" stands for. */
export function pronounSubject(site: PartySite): PartyDecision | null {
	return site.pronounReferent ? [{ name: site.pronounReferent }] : null;
}

/** "The Iranian foreign minister … when he met": with no referent, the one person given the title before "he". */
export function pronounForTitleBefore(site: PartySite): PartyDecision | null {
	return site.pronounByTitle ? [{ name: site.pronounByTitle }] : null;
}

/** "and Manusha Nanayakkara, Former Minister of Labor, visited": the name set off before the verb's clause. */
export function nameBeforeApposition(site: PartySite): PartyDecision | null {
	return site.appositive ? [site.appositive] : null;
}

/** "Trump, in a tweet on Monday, said he would meet": the people before the verb in its sentence. */
export function peopleBeforeVerb(site: PartySite): PartyDecision | null {
	return site.people.length ? site.people : null;
}

/**
 * "Following tradition, the commission will meet President X": a body named by its head noun alone is the one body of
 * the article whose name ends in that noun ("the Election Commission").
 */
export function bodyByItsNoun(site: PartySite): PartyDecision | null {
	if (site.opener.length || site.trigger.noun) return null;
	const noun = BODY_NOUN_BEFORE.exec(clauseBeforeWord(site))?.[1];
	if (!noun || !ORGANISATION_WORDS.has(noun)) return null;
	const bodies = [...site.names.entities.values()].filter((e) => e.kind === 'organisation' && e.name.toLowerCase().endsWith(` ${noun}`));
	return bodies.length === 1 ? [{ name: bodies[0]!.name }] : null;
}

/** "The commission will meet …. It met Chief Justice …": "It" opening the sentence is the body of the event before. */
export function itForBody(site: PartySite): PartyDecision | null {
	const opensWithIt = IT_OPENS.test(site.body.slice(site.sentence.start, site.word.start));
	return !site.opener.length && site.itBody && opensWithIt ? [{ name: site.itBody }] : null;
}

/** "India and Sri Lanka signed …", "Chile met Peru": the name or the states opening the sentence, or no one. */
export function sentenceOpener(site: PartySite): PartyDecision | null {
	return site.opener;
}
