import { BEFORE_NAME, BETWEEN_PHRASES, PRONOUNS } from '../lexicon/function-words.js';
import { AUTHORING_VERBS, DOCUMENT_NOUNS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { alternation } from '../lexicon/words.js';
import { numberWords, TIME_WORDS, WEEKDAYS } from '../lexicon/time.js';
import { isRoleNoun, isRoleNounOrPlural, ROLE_NOUNS, SPOKESPEOPLE, TITLE_WORDS } from '../lexicon/titles.js';
import { INVERTIBLE, INVERTIBLE_AFTER_QUOTE, SPEECH_ACTS, THOUGHT_VERBS } from '../lexicon/verbs.js';
import { lastMatchAt } from '../text/matches.js';
import { jointName } from '../text/normalize.js';
import { clauseStart, within } from '../text/ranges.js';
import type { TextRange } from '../text/sentences.js';
import { type Cue, type CueFinder, firstDecision, type Found, type Subject, type SubjectSite } from './cues.js';
import type { ArticleIndex, DiscourseView } from './discourse.js';
import { jointPartner, type Mention } from './entities.js';
import { SUBJECT_BEFORE_PASSES } from './passes.js';
import { isBetween, isBody, isOwner, isPassive, listed, lower, onlyRoleWords, opensApposition, ROLE_FOR_BODY_AFTER } from './speaker-words.js';
import type { Token } from './tokens.js';
import { describedAt } from './unnamed-sources.js';

export type { Cue, Subject } from './cues.js';

// The cues that attribute speech: a verb of saying and its subject, before or after a quotation. Cues reads the
// article and a view of the discourse; it changes neither, so quotes and statements can ask in any order.

/**
 * "a study conducted by", "the report by", "a statement read on North Korea's Central TV from": a document and its
 * author, after "according to" or an inverted verb.
 */
const BY_AUTHOR = new RegExp(
	String.raw`^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)??(\w+)\s+` +
		String.raw`(?:(?:${alternation(AUTHORING_VERBS)})\s+` +
		String.raw`(?:(?:on|in|at)\s+[^,.;:"“”]{1,40}?\s+)?)?(?:by|from)\s+`,
	'i',
);

/** "…, said the local guides.": a short subject after its verb, ending the sentence. */
const INVERTED_SUBJECT = new RegExp(
	String.raw`^\s+(?:the|a|an|${alternation(numberWords(1, 3))}|several|some|many)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*[.;]`,
	'u',
);
/** What comes right before a participle whose subject is the sentence's: a comma or dash, or "by". */
const PARTICIPLE_AFTER = /(?:[,—–]|\bby)\s*$/;
/** A conjunction opening a clause of time: "before Gingrich doubled down". */
const TIME_CLAUSE = /\b(?:before|after|when|while|until)\s/gi;
/** "to what Putin said", "about what she wrote": words a sentence answers or discusses, after a preposition. */
const ANSWERED_WHAT = /\b(?:to|of|about|on|with|at|over)\s+what\s+$/i;
/** A relative clause: ", which tried", ", who said". */
const RELATIVE_CLAUSE = /,\s+(?:which|who)\s/;
/** What may stand between the start of a clause and the name that opens it. */
const OPENS_CLAUSE = /^(?:[Tt]he\s+)?$/;
/** "he and Premier ", "Mr Wong and ": the first of two before a name, which the name makes a pair with. */
const PAIRED_BEFORE = /(?:^|\s)(?:he|she|\p{Lu}[\p{L}.'’-]*)\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;
/** A preposition right before a name, which is its object: "the invasion of Ukraine", "talks with the EU". */
const PREPOSITION_BEFORE = /\b(?:of|in|into|to|from|with|by|at|on|for|about|against|over|since)\s+(?:the\s+)?$/i;
/** Lower-case nouns after a name, the last a document's: " administration media note" (not " in a statement"). */
const NAME_BEFORE_DOCUMENT = /^(?:\s+(?!(?:in|on|at|a|an|the|of|for|to|with|by|from|and)\b)[\p{Ll}-]+){0,2}\s+([\p{Ll}-]+)\b/u;
/** An owner's title written in capitals before the name: "’s Chief Asia Economist ". */
const OWNER_TITLE = /^['’‘]s\s+(?:\p{Lu}[\p{L}-]*\s+){2,5}/u;
/** What may come before a verb that opens its sentence: a connective set off by a comma ("But,", "Moreover,"). */
const OPENING_VERB = /^\W*(?:\p{L}+,\s*)?$/u;
/** What ends the clause after an inverted subject: a stop, a comma, the closing mark, a bracket. */
const CLAUSE_END = /^(?:\s*[.;!?]|,\s|\s*["”’]?\s*$|\s+\()/;
/** Where the speaker comes from, right after the name: " from Gwadar". */
const HOMETOWN = /^\s+from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?=[,.;])/u;

/** A party and state, an age or an acronym in brackets right after a name: " (D-N.Y.) ", " (34) ", " (PTI) ". */
const PARENTHESIS = /\s\((?:[A-Z]{1,2}-[A-Z][\w.]{0,10}|\d{1,3}|[A-Z][\w.&-]{0,11})\)\s+$/;

/** A phrase of when or where opening a sentence before its subject: "In a tweet Tuesday night, Trump …". */
const SCENE_OPENING = /^\W*(?:In|On|At|During|After|Before|Later|Earlier|Last|This)\s[^,"“”]{1,50},\s+/u;
/** A subordinate clause opening a sentence, up to its comma: "After Clinton said no to all these things, ". */
const SUBORDINATE_OPENING = /^\W*(?:After|When|While|Before|As|Although|Though|Since|Because|If|Once|Until|Unless)\s[^,"“”]*,\s+/;

export class Cues implements CueFinder {
	constructor(
		readonly index: ArticleIndex,
		private readonly discourse: DiscourseView,
	) {}

	private get body(): string {
		return this.index.body;
	}

	get tokens(): Token[] {
		return this.index.tokens;
	}

	private get names() {
		return this.index.names;
	}

	private get mentionByStart(): Map<number, Mention> {
		return this.index.mentionByStart;
	}

	private tokenIndexAt(offset: number): number {
		return this.index.tokenIndexAt(offset);
	}

	private resolvePronoun(at: number): string | null {
		return this.discourse.resolvePronoun(at);
	}

	private resolveTitle(head: string, at: number, modifiers: string[] = []): string | null {
		return this.discourse.resolveTitle(head, at, modifiers);
	}

	/** The subject written just before token `verb`, not reaching back past `floor`: the first subject pass that decides. */
	subjectBefore(verb: number, floor: number): Subject | null {
		return this.subjectDecision(verb, floor).subject;
	}

	/** Which subject pass decided for token `verb`, and its subject: null when it decided there is none, or none decided. */
	subjectDecision(verb: number, floor: number): { rule: string | null; subject: Subject | null } {
		const decided = firstDecision(SUBJECT_BEFORE_PASSES, this.subjectSite(verb, floor));
		const found = decided?.result.subject;
		return { rule: decided?.rule ?? null, subject: found ? { ...(this.jointEndingWith(found) ?? found), rule: decided.rule } : null };
	}

	/** "Maher and Igou conclude", "A and B, two researchers, wrote": the subject named second speaks with the first. */
	private jointEndingWith(subject: Found): Found | null {
		const second = subject.via === 'name' ? this.mentionByStart.get(subject.range.start) : undefined;
		if (!second || second.name !== subject.name) return null;
		const first = within(this.names.mentions, Math.max(0, second.start - 140), second.start).findLast((m) => m.kind === 'person');
		if (!first || jointPartner(this.body, this.names.mentions, first)?.start !== second.start) return null;
		const joint = jointName(first.name, second.name);
		return this.names.entities.has(joint) ? { name: joint, via: 'name', range: { start: first.start, end: subject.range.end } } : null;
	}

	/** The verb and the word before it, past adverbs and a time ("Lavrov also said", "Kristersson on Monday admitted"). */
	private subjectSite(verb: number, floor: number): SubjectSite {
		const { tokens, body } = this;
		// Adverbs and auxiliaries may stand between, with nothing but spaces ("Lavrov also said", not "is not,” said").
		const spaced = (i: number) => !body.slice(tokens[i]!.end, tokens[i + 1]!.start).trim();
		const timeWord = /^(?:on|last|this|next|early|late|earlier|later)$/i;
		let k = verb - 1;
		// "Senator Chuck Schumer (D-N.Y.) said", "Jane Doe (34) said": a short parenthesis after the name.
		let parenthesis = false;
		for (;;) {
			const aside = k >= 0 ? PARENTHESIS.exec(body.slice(Math.max(floor, tokens[k + 1]!.start - 24), tokens[k + 1]!.start)) : null;
			const phrase = k >= 1 && BETWEEN_PHRASES.has(`${lower(tokens[k - 1]!)} ${lower(tokens[k]!)}`) && tokens[k - 1]!.start >= floor;
			// "Gov. Pat McCrory Sunday called": a weekday alone right after a name that opens its clause (not an object:
			// "Prosecutors who charged John Smith Tuesday said").
			const named = k >= 1 && WEEKDAYS.includes(lower(tokens[k]!)) ? this.index.mentionByEnd.get(tokens[k - 1]!.end) : undefined;
			const opens = (m: Mention) => /^\W*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(body.slice(clauseStart(body, m.start, floor), m.start));
			const bareDay = !!named && spaced(k - 1) && opens(named);
			if (k >= 1 && (phrase || (TIME_WORDS.has(lower(tokens[k]!)) && timeWord.test(tokens[k - 1]!.text))) && spaced(k) && spaced(k - 1)) k -= 2;
			else if (bareDay && spaced(k) && tokens[k]!.start >= floor) k--;
			else if (k >= 0 && tokens[k]!.start >= floor && isBetween(tokens[k]!) && spaced(k)) k--;
			else if (aside && !parenthesis) [k, parenthesis] = [this.index.tokenIndexAt(tokens[k + 1]!.start - aside[0].length + 1) - 1, true];
			else break;
		}
		const word = k >= 0 && tokens[k]!.start >= floor ? tokens[k]! : null;
		return {
			index: this.index,
			discourse: this.discourse,
			verb,
			floor,
			k: word ? k : -1,
			word,
			gap: word ? (parenthesis ? ' ' : body.slice(word.end, tokens[k + 1]!.start)) : '',
			// A name may end before a possessive: "Lavrov's", "the United States'".
			mention: word ? [0, 2, 1].map((d) => this.index.mentionByEnd.get(word.end - d)).find(Boolean) : undefined,
			spaced,
			subjectBefore: (v, f) => this.subjectBefore(v, f),
		};
	}

	/**
	 * The subject written just after token `verb` ("said Lavrov", "said the minister", "according to Lavrov"). `wide`:
	 * the verb closes a sentence that a quotation or clause opened ('"…," sniffs Said Shareef.', '…, says Yao.'), where
	 * any finite verb of saying may come first, if its subject then ends the clause.
	 */
	subjectAfter(verb: number, ceiling: number, wide = false): Subject | null {
		const word = lower(this.tokens[verb]!);
		// "pointed out Aziz": the particle of a phrasal verb comes before the subject too.
		const next = this.tokens[verb + 1];
		const particle = wide && next && lower(next) === 'out' ? 1 : 0;
		if (!INVERTIBLE.has(word)) return wide && INVERTIBLE_AFTER_QUOTE.has(word) ? this.closingSubject(verb + particle, ceiling) : null;
		return this.subjectAfterVerb(verb, ceiling);
	}

	private subjectAfterVerb(verb: number, ceiling: number): Subject | null {
		let k = verb + 1;
		if (lower(this.tokens[verb]!) === 'according' && lower(this.tokens[k] ?? this.tokens[verb]!) === 'to') k++;
		// "according to a study conducted by Teri Allery", "said a report from Kotak Institutional Equities": the author speaks.
		const by = BY_AUTHOR.exec(this.body.slice(this.tokens[k]?.start ?? ceiling, ceiling));
		if (by && DOCUMENT_NOUNS.has(by[1]!.toLowerCase())) k = this.tokenIndexAt(this.tokens[k]!.start + by[0].length);
		let t = this.tokens[k];
		if (!t || t.end > ceiling || this.body.slice(this.tokens[k - 1]!.end, t.start).trim()) return null;
		const spokesperson = this.spokespersonAfter(t, ceiling);
		if (spokesperson) return spokesperson;
		// Skip a role written before the name: "said his daughter Linda Wu", "says president David Weisbrot", and a
		// place that qualifies it ("said Kyiv resident Svitlana Onofryichuk").
		const place = (at: Token) => ['place', 'country'].includes(this.mentionByStart.get(at.start)?.kind ?? '');
		for (let skipped = 0; t && skipped < 6 && (!this.mentionByStart.has(t.start) || place(t)); skipped++) {
			const w = lower(t);
			if (place(t)) k = this.tokenIndexAt(this.mentionByStart.get(t.start)!.end) - 1;
			// "says the resort's general manager Garrett Turta": an owner may stand in the role, and words that qualify
			// it ("says veteran industry analyst Ken Doctor").
			else if (!(
				BEFORE_NAME.has(w) ||
				/^\d{1,3}-year-old$/.test(w) ||
				isRoleNoun(w) ||
				TITLE_WORDS.has(w) ||
				t.cap ||
				t.possessive ||
				[1, 2].some((d) => ROLE_NOUNS.has(lower(this.tokens[k + d] ?? this.tokens[k]!))) ||
				// "said Minister for Information and Broadcasting Attaullah Tarar": a portfolio's small words.
				(/^(?:of|for|and)$/.test(t.text) && this.tokens[k - 1]!.cap && this.tokens[k + 1]?.cap) ||
				// "said a skeptical Robert Wolfarth": a word describing the person the article opens.
				(BEFORE_NAME.has(lower(this.tokens[k - 1]!)) && this.mentionByStart.get(this.tokens[k + 1]?.start ?? -1)?.kind === 'person')
			))
				break;
			// The last word of the story has its stop after it too ("…,” said the premier." closing the article).
			if (this.body.slice(this.tokens[k]!.end, this.tokens[k + 1]?.start ?? this.body.length).trim()) {
				// "said senior investigative journalist, Umar Cheema, terming it": the person set beside the role.
				const apposed = ROLE_NOUNS.has(w) ? this.nameApposedTo(k, ceiling) : null;
				if (apposed)
					return { name: apposed.name, via: 'name', range: { start: this.tokens[verb + 1]!.start, end: apposed.end }, rule: 'title-then-name' };
				break;
			}
			t = this.tokens[++k];
		}
		if (!t || t.end > ceiling) return null;
		if (k > verb + 1 && !this.mentionByStart.has(t.start)) t = this.tokens[(k = verb + 1)]!;
		const named = this.appositionOfOwner(this.employee(this.mentionByStart.get(t.start), ceiling));
		// "said Pritzker's decision limited …": the owner of a thing that is no speaker is not the subject of the verb.
		if (named && lower(this.tokens[verb]!) !== 'according' && this.ownsThing(named)) return null;
		// "said a Trump administration media note": a name that qualifies a document, which the article does not sign.
		const document = named?.kind === 'person' ? NAME_BEFORE_DOCUMENT.exec(this.body.slice(named.end, Math.min(ceiling, named.end + 50))) : null;
		if (document && DOCUMENT_NOUNS.has(document[1]!))
			return { name: null, via: 'generic', range: { start: t.start, end: named!.end + document[0].length }, rule: 'document' };
		// "wrote Senate leader Kevin de León, D-Los Angeles, and Assembly Speaker Anthony Rendon": two people write together.
		const partner = named ? jointPartner(this.body, this.names.mentions, named, ceiling) : null;
		if (partner) {
			const joint = jointName(named!.name, partner.name);
			const known = this.names.entities.has(joint);
			return { name: known ? joint : null, via: known ? 'name' : 'generic', range: { start: t.start, end: partner.end }, rule: 'joint-after' };
		}
		if (named === null) return { name: null, via: 'generic', range: { start: t.start, end: t.end }, rule: 'owner-role' };
		// "according to the White House", "according to Beijing": a seat of government speaks for it.
		if (named && (named.kind !== 'place' || lower(this.tokens[verb]!) === 'according'))
			return { name: named.name, via: 'name', range: { start: named.start, end: named.end }, rule: 'name-after' };
		if (PRONOUNS.has(lower(t))) return { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end }, rule: 'pronoun-after' };
		if (lower(t) === 'the') {
			for (let j = k + 1; j <= k + 5 && this.tokens[j] && this.tokens[j]!.end <= ceiling; j++) {
				const w = lower(this.tokens[j]!);
				if (!ROLE_NOUNS.has(w)) continue;
				// "says the former editor of the Standard, George Osborne": the person the role is set beside.
				const apposed = this.nameApposedTo(j, ceiling);
				if (apposed) return { name: apposed.name, via: 'name', range: { start: t.start, end: apposed.end }, rule: 'title-then-name' };
				// "says the mother of four": the complement tells her from "a mother of two".
				const complement = lower(this.tokens[j + 1] ?? t) === 'of' && this.tokens[j + 2] && this.tokens[j + 2]!.end <= ceiling ? j + 2 : j;
				return {
					name: this.resolveTitle(
						this.tokens
							.slice(j, complement + 1)
							.map(lower)
							.join(' '),
						t.start,
						this.tokens.slice(k + 1, j).map((m) => (m.possessive ? `${lower(m)}'s` : lower(m))),
					),
					via: 'title',
					range: { start: t.start, end: this.tokens[complement]!.end },
					rule: 'title-after',
				};
			}
		}
		// "said one legal expert", "said a U.S. official briefed on the meeting": someone the article does not name.
		const described = describedAt(this.body, t.start, ceiling);
		return described ? { name: null, via: 'generic', range: described, rule: 'described-after' } : null;
	}

	/** "said a spokesperson for Chevron": the body spoken for, or its spokesperson when the article names them. */
	private spokespersonAfter(first: Token, ceiling: number): Subject | null {
		const role = ROLE_FOR_BODY_AFTER.exec(this.body.slice(first.start, Math.min(ceiling, first.start + 60)));
		const body = role ? this.mentionByStart.get(first.start + role[0].length) : undefined;
		if (!isBody(body) || !SPOKESPEOPLE.has(role![1]!.toLowerCase())) return null;
		const name = this.index.speakerFor(role![1]!.toLowerCase(), body);
		return { name, via: 'name', range: { start: first.start, end: body.end }, rule: 'spokesperson-for' };
	}

	/** The person named after the comma that closes a role ("the former editor of the Standard, George Osborne"). */
	private nameApposedTo(role: number, ceiling: number): Mention | null {
		for (let j = role + 1; j <= role + 6 && this.tokens[j] && this.tokens[j]!.end <= ceiling; j++) {
			const between = this.body.slice(this.tokens[j - 1]!.end, this.tokens[j]!.start);
			if (!between.includes(',')) continue;
			const named = this.mentionByStart.get(this.tokens[j]!.start);
			return between.trim() === ',' && named?.kind === 'person' ? named : null;
		}
		return null;
	}

	/** A subject after a verb that ends its clause: not '"a sham," denounced Judge Brown and walked out'. */
	private closingSubject(verb: number, ceiling: number): Subject | null {
		const subject = this.subjectAfterVerb(verb, ceiling);
		const rest = subject ? this.body.slice(subject.range.end, ceiling) : '';
		// '"…," notes an NPR report earlier this month.': the body's document, then at most a time, ends the clause.
		const document = /^\s+(\p{Ll}+)(?:\s+[\p{Ll}\d]+){0,3}\s*[.;]/u.exec(rest);
		if (subject && document && DOCUMENT_NOUNS.has(document[1]!)) return subject;
		// '"…," explains Haleema Baloch from Gwadar, who …': where the speaker comes from belongs to the name.
		return subject && CLAUSE_END.test(rest.replace(HOMETOWN, '')) ? subject : null;
	}

	/**
	 * "said WNBPA executive committee president Nneka Ogwumike", "asserted Trump campaign spokesman Tim Murtaugh": a body
	 * or person before a role is the employer of the person after it.
	 */
	private employee(body: Mention | undefined, ceiling: number): Mention | undefined {
		if (body?.kind !== 'organisation' && body?.kind !== 'country' && body?.kind !== 'person') return body;
		const role = /^(?:\s+[\p{Ll}-]+){1,4}\s+/u.exec(this.body.slice(body.end, Math.min(ceiling, body.end + 60)));
		const person = role ? this.mentionByStart.get(body.end + role[0].length) : undefined;
		const roleWords = role ? role[0].trim().split(/\s+/) : [];
		// "write University of Limerick psychologists Paul Maher and Eric Igou": a role in the plural too; not "wrote
		// Chuck Schumer to fellow senators Dick Durbin and …", whom a preposition names.
		const isRole = (w: string) => isRoleNounOrPlural(w) || TITLE_WORDS.has(w);
		const preposition = roleWords.some((w) => /^(?:to|with|and|of|for|from|by|at|in|on)$/.test(w));
		return person?.kind === 'person' && !preposition && roleWords.some(isRole) ? person : body;
	}

	/**
	 * "said Mr. Reid's girlfriend, Kailyn Leckie, 23": the person in apposition to an owner's role, not the owner; null
	 * for a role nobody is named in ("said Smith's lawyer").
	 */
	private appositionOfOwner(owner: Mention | undefined): Mention | null | undefined {
		const role = owner && /^['’‘]s\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(,\s+|\s+(?=\p{Lu}))?/u.exec(this.body.slice(owner.end, owner.end + 60));
		if (!role || !ROLE_NOUNS.has(role[1]!)) return owner ? (this.titledEmployee(owner) ?? owner) : owner;
		// "said Ebby's mother Laurie Jernigan": the person named right after the owner's role, set off or not.
		const named = role[2] ? this.mentionByStart.get(owner.end + role[0].length) : undefined;
		return named?.kind === 'person' ? named : null;
	}

	/** "said Bloomberg’s Chief Asia Economist Tom Orlik": the person named right after the owner's capitalised title. */
	private titledEmployee(owner: Mention): Mention | undefined {
		const title = OWNER_TITLE.exec(this.body.slice(owner.end, owner.end + 80));
		if (!title) return undefined;
		// The title ends where a person's name begins, at a role word: "Chief Asia Economist | Tom Orlik".
		for (let at = owner.end + title[0].length; at > owner.end; at = this.body.lastIndexOf(' ', at - 2) + 1) {
			const named = this.mentionByStart.get(at);
			const role = this.body.slice(this.body.lastIndexOf(' ', at - 2) + 1, at).trim().toLowerCase();
			if (named?.kind === 'person' && (ROLE_NOUNS.has(role) || TITLE_WORDS.has(role))) return named;
		}
		return undefined;
	}

	/**
	 * "Pritzker's decision limited": a name owning a word that is neither a role nor a body, nor a document that
	 * ends the subject ("said the ministry's statement."), so the owner does not speak: the thing owned opens a clause.
	 */
	private ownsThing(owner: Mention): boolean {
		const owned = /^['’‘]s\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b(\s+\p{Ll})?/u.exec(this.body.slice(owner.end, owner.end + 50));
		if (!owned || ROLE_NOUNS.has(owned[1]!) || ORGANISATION_HEADS.has(owned[1]!)) return false;
		return !DOCUMENT_NOUNS.has(owned[1]!) || !!owned[2];
	}

	/** What kind of entity a cue's speaker is: person, organisation, country or place; undefined when nobody is named. */
	kindOf(cue: Cue | null): string | undefined {
		return cue?.subject.name ? this.names.entities.get(cue.subject.name)?.kind : undefined;
	}

	/** The person named as the subject of the sentence's first verb of saying outside quotations, if any. */
	speakerOfSentence(sentence: TextRange): { name: string; at: number } | null {
		for (const v of this.verbsIn(sentence.start, sentence.end)) {
			if (this.index.inQuote(this.tokens[v]!.start) || !SPEECH_ACTS.has(lower(this.tokens[v]!))) continue;
			// "Trump continued pressing Ukraine", "she began to argue": an aspect verb before another verb says nothing.
			if (/^\s+(?:to\s|\p{Ll}+ing\b)/u.test(this.body.slice(this.tokens[v]!.end, this.tokens[v]!.end + 30))) continue;
			const subject = this.subjectBefore(v, sentence.start);
			// "Trump had no answer to what Putin said.": words told as a thing answered, not someone speaking now.
			// (Not "Here is what Biden said:", which introduces them.)
			if (subject && ANSWERED_WHAT.test(this.body.slice(Math.max(sentence.start, subject.range.start - 16), subject.range.start))) continue;
			if (subject?.name && this.names.entities.get(subject.name)?.kind === 'person') return { name: subject.name, at: subject.range.start };
		}
		return null;
	}

	/** The reporting verbs in [from, to), as token indexes. */
	verbsIn(from: number, to: number): number[] {
		return this.index.verbsIn(from, to);
	}

	/** A cue between the end of a quotation and `to`: "," Lavrov said / said Lavrov / he continued; `opensSentence`: the quotation opened it. */
	cueAfter(from: number, to: number, opensSentence = false): Cue | null {
		for (const v of this.verbsIn(from, to).slice(0, 2)) {
			const verb = this.tokens[v]!;
			if (verb.start - from > 200) break;
			const before = this.subjectBefore(v, from);
			// The subject must follow the closing mark directly (', Lavrov said', ', military spokesman Lt. Gen. X said'),
			// not open a new clause.
			if (before && onlyRoleWords(this.body.slice(from, before.range.start)))
				return { subject: before, range: { start: before.range.start, end: verb.end }, verb };
			const first = this.tokenIndexAt(from) === v;
			const after = this.subjectAfter(v, to, first && opensSentence);
			if (after && first) return { subject: after, range: { start: verb.start, end: after.range.end }, verb };
		}
		return null;
	}

	/** A cue closing the sentence after more of the reporter's words: '"…" in that law, Azzouz said.' */
	cueAtEnd(from: number, sentenceEnd: number, opensSentence = false): Cue | null {
		// The cue may be followed by appositions: '…, says Belinda Schäpe, a China analyst at …, a think tank in Helsinki.'
		for (let comma = this.body.lastIndexOf(', ', sentenceEnd), n = 0; comma >= from && n < 4; comma = this.body.lastIndexOf(', ', comma - 1), n++) {
			if (/[“"]/.test(this.body.slice(comma, sentenceEnd))) return null;
			const cue = this.cueAfter(comma + 1, sentenceEnd);
			if (!cue) continue;
			const rest = this.body.slice(cue.range.end, sentenceEnd).trim();
			// '"…" with the FBI, the president said as he left the White House': or an adjunct of time or setting, when the
			// quotation opens the sentence (not after a speaker of its own: "Zelenskyy told Biden the aid was "…", X said after …").
			const adjunct = opensSentence && /^(?:as|when|while|after|before|during|in|at|on)\s/i.test(rest);
			return rest.split(/\s+/).filter(Boolean).length <= 4 || opensApposition(rest) || adjunct ? cue : null;
		}
		return null;
	}

	/** The nearest cue before a quotation: "Lavrov said:", "Wang said China", "He accused the U.S. of trying to". */
	cueBefore(from: number, to: number, sentenceStart: number): Cue | null {
		const cues: Cue[] = [];
		const mainClause = this.mainClauseAfterSubordinate(sentenceStart, to);
		let unnamedNearer = false;
		for (const v of this.verbsIn(from, to).reverse()) {
			const verb = this.tokens[v]!;
			if (verb.start < mainClause) break;
			// "According to Tšosane, Advocate Karabo Mohau once cautioned: "…"": the source of "according to" reports what
			// someone else said, even when this rule cannot name that someone.
			if (lower(verb) === 'according' && unnamedNearer && !cues.length) break;
			unnamedNearer ||= !/ing$/.test(verb.text) && lower(verb) !== 'according' && !this.index.inQuote(verb.start);
			// "Trump, according to the White House, made …": the source of "according to" comes after it, never before.
			const subject =
				lower(verb) === 'according'
					? null
					: (this.subjectBefore(v, from) ?? this.sentenceSubject(from, verb.start, verb) ?? this.coordinatedSubject(v, sentenceStart));
			// "an interview with a resident named “Brandon” who said “…”": the person "who" stands for right after a name in
			// quotation marks or a person's noun speaks, named or not; no verb further back does.
			const who = /(?:["”]|\b([\p{L}-]+))\s+who\s+$/u.exec(this.body.slice(Math.max(from, verb.start - 40), verb.start));
			if (!subject && who && (!who[1] || isRoleNoun(who[1]))) break;
			// "But, pointed out Aziz, the concern went beyond …": a verb opening its sentence may come before its subject.
			const opening = OPENING_VERB.test(this.body.slice(sentenceStart, verb.start));
			const after = subject ? null : this.subjectAfter(v, to, opening);
			if (subject) cues.push({ subject, range: { start: Math.min(subject.range.start, verb.start), end: Math.max(subject.range.end, verb.end) }, verb });
			else if (after) cues.push({ subject: after, range: { start: verb.start, end: after.range.end }, verb });
		}
		// "Lin said China hopes that under the "…"": the person reporting, not the country whose view is reported.
		const nearest = cues[0];
		if (nearest && (this.kindOf(nearest) === 'country' || this.kindOf(nearest) === 'organisation' || this.kindOf(nearest) === 'place'))
			return cues.find((c) => this.kindOf(c) === 'person') ?? nearest;
		// "Trump said … that Lutnick had informed him that "…"": a past perfect tells what was said before, inside the
		// report of the person who speaks in the sentence; the quoted words are that person's.
		const backshifted = (c: Cue) => /\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?$/i.test(this.body.slice(Math.max(0, c.verb.start - 20), c.verb.start));
		const namedPerson = (c: Cue) => c.subject.via === 'name' && this.kindOf(c) === 'person';
		// "Mr. Reeves said he thought that …": the pronoun is the person just named; not one named in a past perfect
		// ("According to Modly, the help Crozier had asked for was on the way when he wrote the letter").
		if (nearest?.subject.via === 'pronoun') return cues.find((c) => namedPerson(c) && !backshifted(c)) ?? cues.find(namedPerson) ?? nearest;
		if (nearest && backshifted(nearest)) return cues.slice(1).find(namedPerson) ?? nearest;
		// "Netanyahu said the American president thinks he could achieve "a good deal"": a thought is not heard; the
		// words quoted in the report of it are the teller's.
		if (nearest && THOUGHT_VERBS.has(lower(nearest.verb))) return cues.slice(1).find(namedPerson) ?? nearest;
		// "The office said in a press release that Mr Wong and Premier Li agreed to "…"": what two people did together,
		// told in a teller's clause, is the teller's account, in neither one's words.
		if (nearest && this.pairedSubject(nearest)) return cues.slice(1).find((c) => this.reportsClauseWith(c, nearest)) ?? nearest;
		return nearest ?? null;
	}

	/** "Mr Wong and Premier Li agreed", "he and Premier Li reaffirmed": a cue whose subject is one of two, or both. */
	private pairedSubject(cue: Cue): boolean {
		const { name, range } = cue.subject;
		if (!name) return false;
		if (name.includes(' and ') && this.kindOf(cue) === 'person') return true;
		return PAIRED_BEFORE.test(this.body.slice(Math.max(0, range.start - 40), range.start));
	}

	/** "X said in a post that <cue>": `teller` names its speaker and reports a clause holding `cue`. */
	private reportsClauseWith(teller: Cue, cue: Cue): boolean {
		return !!teller.subject.name && /\bthat\b/.test(this.body.slice(teller.verb.end, cue.range.start));
	}

	/**
	 * "After Clinton said no, Pompeo went in for the kill: "…"": where the main clause starts when the sentence opens
	 * with a subordinate clause and someone else opens the main one; a verb before it tells what led up to the
	 * quotation, not who said it ("As Lavrov said, "…"" keeps its cue). -1 for any other sentence.
	 */
	private mainClauseAfterSubordinate(sentenceStart: number, to: number): number {
		const opening = SUBORDINATE_OPENING.exec(this.body.slice(sentenceStart, to));
		if (!opening) return -1;
		const at = sentenceStart + opening[0].length;
		const subject = this.tokens[this.tokenIndexAt(at)];
		const opensWithSomeone = this.mentionByStart.get(at)?.kind === 'person' || (subject?.start === at && PRONOUNS.has(lower(subject)));
		return opensWithSomeone ? at : -1;
	}

	/**
	 * "In a tweet, the president promoted his son's interview and called him …": "the" and a role opening the sentence,
	 * after a phrase of when or where, the person the story gives that role.
	 */
	private titleOpening(sentenceStart: number, to: number): Subject | null {
		const text = this.body.slice(sentenceStart, to);
		const scene = SCENE_OPENING.exec(text)?.[0].length ?? /^\W*/.exec(text)![0].length;
		const opening = /^the\s+((?:\p{Ll}+\s+){0,2}?)(\p{Ll}+)\s+(?!(?:of|for|to|in|at|and|or|who|which|that)\b)\p{Ll}+/u.exec(text.slice(scene));
		if (!opening || !ROLE_NOUNS.has(opening[2]!)) return null;
		const start = sentenceStart + scene;
		const name = this.discourse.resolveTitle(opening[2]!, start, opening[1]!.split(/\s+/).filter(Boolean));
		const range = { start, end: start + opening[0].lastIndexOf(' ') };
		return name ? { name, via: 'title', range, rule: 'coordinated-subject' } : null;
	}

	/**
	 * "Biden called Xi a dictator and said …", "Moleko would not confirm it and only said:", "Israel did not appear,
	 * but, in a written submission, rejected …": a coordinated verb shares the subject that opens the sentence.
	 */
	coordinatedSubject(verb: number, sentenceStart: number): Subject | null {
		// "Wilder was called in and was told she was being dropped": the subject of a passive verb of saying heard the words.
		if (isPassive(this.body, this.tokens[verb]!)) return null;
		let k = verb - 1;
		while (k >= 0 && isBetween(this.tokens[k]!)) k--;
		const joint = this.tokens[k];
		if (!joint || joint.start < sentenceStart) return null;
		if (!['and', 'but'].includes(lower(joint)) && !/,\s*$/.test(this.body.slice(joint.end, this.tokens[k + 1]!.start))) return null;
		// "Karakaya joined the hunt, said the local guides.", "…, said Sukh, the expert.": a verb before its own subject shares none.
		const after = this.body.slice(this.tokens[verb]!.end, this.tokens[verb]!.end + 60);
		const named = this.mentionByStart.get(this.tokens[verb + 1]?.start ?? -1);
		const inverted =
			INVERTED_SUBJECT.test(after) ||
			(named?.kind === 'person' && /^\s*[.,;]/.test(this.body.slice(named.end, named.end + 2)));
		if (INVERTIBLE.has(lower(this.tokens[verb]!)) && inverted) return null;
		// "told an audience that Sampanthan one day clasped his hands … and said": a verb joined by "and" inside a clause
		// after "that" shares that clause's subject (not past a comma that may close the clause).
		const that = this.body.lastIndexOf(' that ', joint.start);
		const inClause = that >= sentenceStart && /^(?:and|but)$/i.test(joint.text) && !this.body.slice(that, joint.start).includes(',');
		const clauseSubject = inClause ? this.mentionByStart.get(that + 6) : undefined;
		if (clauseSubject?.kind === 'person' && !this.index.inQuote(clauseSubject.start)) {
			return { name: clauseSubject.name, via: 'name', range: { start: clauseSubject.start, end: clauseSubject.end }, rule: 'coordinated-subject' };
		}
		// The opener has only a title or capitalised words before it: not "Police arrested John Smith, saying".
		const opens = (m: Mention) => {
			const before = this.body.slice(sentenceStart, m.start);
			// Nor a place after a preposition ("ambassador to Britain", "Spokesperson of the International Department"), nor an
			// owner ("China's ambassador").
			if (/\b(?:to|of|in|for|from|at)\s+(?:the\s+)?$/.test(before) || /^['’]s\b/.test(this.body.slice(m.end, m.end + 3))) return false;
			// Nor a name qualifying a noun after "a" ("…, and a Clinton surrogate who …, said").
			if (/\b(?:a|an)\s+$/i.test(before)) return false;
			// "In a tweet Tuesday night, Trump praised …": a phrase of when or where may come before the capitalised words.
			const capitalisedOnly = /^[\W\p{Lu}]*(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}'’.-]*,?\s+)*$/u.test(before.replace(SCENE_OPENING, ''));
			return capitalisedOnly || (onlyRoleWords(before) && !/ing$/i.test(this.tokens[verb]!.text));
		};
		const opener = within(this.names.mentions, sentenceStart, joint.start)
			.filter((m) => m.kind !== 'place' && !this.index.inQuote(m.start) && opens(m))
			.at(-1);
		if (opener) return { name: opener.name, via: 'name', range: { start: opener.start, end: opener.end }, rule: 'coordinated-subject' };
		const titled = this.titleOpening(sentenceStart, joint.start);
		if (titled) return titled;
		// "Trump offered … . He defined success as …, and stated that …": "he" or "she" opening the sentence is the
		// subject of both verbs, when it is the person who opened the sentence before.
		const first = this.tokens[this.tokenIndexAt(sentenceStart)];
		if (!first || !/^(?:he|she)$/i.test(first.text) || /\w/.test(this.body.slice(sentenceStart, first.start))) return null;
		const name = this.resolvePronoun(first.start);
		if (!name || name !== this.discourse.previousOpener(first.start)) return null;
		return { name, via: 'pronoun', range: { start: first.start, end: first.end }, rule: 'coordinated-subject' };
	}

	/**
	 * "Kelly countered, before Gingrich doubled down, saying": the person opening a clause of time set off by commas
	 * that ends right before a participle at `end`, or undefined.
	 */
	private timeClauseSubject(from: number, end: number): Mention | undefined {
		const comma = this.body.lastIndexOf(',', end - 1);
		if (comma <= from) return undefined;
		// The clause runs from its conjunction to the participle's comma, with no comma inside, and a comma sets it off
		// from the main clause ("vetoed the bill after Menin introduced it, saying" is the main clause's), unless the
		// clause ends with a verb of speaking the participle goes on with ("made her point before Gingrich interrupted, saying").
		const opener = lastMatchAt(TIME_CLAUSE, this.body.slice(from, comma));
		if (opener < 0 || this.body.slice(from + opener, comma).includes(',')) return undefined;
		const endsSpeaking = SPEECH_ACTS.has(/(\p{L}+)$/u.exec(this.body.slice(from, comma))?.[1]?.toLowerCase() ?? '');
		if (!endsSpeaking && !/,\s*$/.test(this.body.slice(from, from + opener))) return undefined;
		const subject = within(this.names.mentions, from + opener, comma).find((m) => m.kind === 'person');
		return subject && /^\W*\w+\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(this.body.slice(from + opener, subject.start)) ? subject : undefined;
	}

	/**
	 * "Netanyahu's Likud party, which tried to rally support by saying": a by-phrase inside a relative clause is its
	 * antecedent's, the body ("which") or person ("who") named right before it, past the kind of body ("party").
	 */
	private relativeAntecedent(from: number, at: number): Subject | null {
		const clause = [...this.body.slice(from, at).matchAll(new RegExp(RELATIVE_CLAUSE, 'g'))].at(-1)!;
		const start = from + clause.index;
		if (this.body.slice(start + 1, at).includes(',')) return null;
		const kind = /which/.test(clause[0]) ? 'organisation' : 'person';
		const antecedent = within(this.names.mentions, from, start).at(-1);
		if (!antecedent || antecedent.kind !== kind || !/^(?:\s\p{Ll}+)?$/u.test(this.body.slice(antecedent.end, start))) return null;
		return { name: antecedent.name, via: 'name', range: { start: antecedent.start, end: antecedent.end }, rule: 'participle-subject' };
	}

	/** For participles ("…, telling officials that"), the subject is the sentence's own subject, its first name. */
	private sentenceSubject(from: number, to: number, verb: Token): Subject | null {
		if (!/ing$/.test(verb.text)) return null;
		// "…, telling officials that" and "opened the proceedings by noting that": the sentence's subject (not "was known
		// for telling others", which others may report).
		const after = PARTICIPLE_AFTER.exec(this.body.slice(Math.max(from, verb.start - 4), verb.start));
		if (!after) return null;
		// After "by" the participle's subject is its own clause's: not past a relative clause ("Likud, which tried
		// to rally support by saying"), and the clause nearest it ("AMY GOODMAN: …, Trump himself referred to it by saying").
		const byPhrase = /\w/.test(after[0]);
		if (byPhrase && RELATIVE_CLAUSE.test(this.body.slice(from, verb.start))) return this.relativeAntecedent(from, verb.start);
		// A pronoun opening the sentence ("He's been critical of Trump's stance, …, promising") before any name in it.
		const t = this.tokens[this.tokenIndexAt(from)];
		if (t && PRONOUNS.has(lower(t)) && !/\w/.test(this.body.slice(from, t.start)))
			return { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end }, rule: 'participle-pronoun' };
		// "Kelly countered, before Gingrich doubled down, saying": a clause of time just before the participle has it.
		const timed = this.timeClauseSubject(from, verb.start);
		if (timed) return { name: timed.name, via: 'name', range: { start: timed.start, end: timed.end }, rule: 'participle-subject' };
		// The name opening a clause ("when asked about Swift, Donna dismissed the idea, noting"; "The leader of Ennahda,
		// Rachid Ghannouchi, condemned the attack, saying").
		// Not an owner ("Putin's closest ally", "Starmer's spokesman"): the one owned is the subject.
		// Nor the object of a preposition ("… since Russia's invasion of Ukraine in 2022, stating"), unless it completes
		// the phrase opening the clause ("a veto-proof majority of the Minneapolis City Council committed …, declaring").
		const object = (m: Mention) => {
			const before = this.body.slice(clauseStart(this.body, m.start, from), m.start);
			return PREPOSITION_BEFORE.test(before) && !/^\W*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}of\s+(?:the\s+)?$/iu.test(before);
		};
		const named = within(this.names.mentions, from, to).filter(
			(m) => m.kind !== 'place' && !/^['’‘]s\b/.test(this.body.slice(m.end, m.end + 3)) && !object(m),
		);
		// "In 2007, The Weekly Standard published …, calling": "the" may open it; an item of a list does not.
		const openings = named.filter((m) => OPENS_CLAUSE.test(this.body.slice(clauseStart(this.body, m.start, from), m.start)) && !listed(this.body, m));
		const opening = byPhrase ? openings.at(-1) : openings[0];
		// Else a title opening the sentence ("The French leader made Europe's stance clear, saying"), else the first named.
		const title = opening ? null : /^\W*[Tt]he\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}+)\s/u.exec(this.body.slice(from, Math.min(to, from + 80)));
		if (title && ROLE_NOUNS.has(title[2]!)) {
			const modifiers = title[1]!.toLowerCase().split(/\s+/).filter(Boolean);
			const range = { start: from + title.index, end: from + title[0].length - 1 };
			return { name: this.discourse.resolveTitle(title[2]!, from, modifiers), via: 'title', range, rule: 'participle-title' };
		}
		// "A spokesperson for Prince, …, confirmed the report, saying": someone the sentence does not name.
		const unnamed = /^\W*(?:A|An|One)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:for|of|at|with|to)\b/u.exec(this.body.slice(from, to));
		if (!opening && unnamed && ROLE_NOUNS.has(unnamed[1]!)) return null;
		// "Pagliano’s lawyer criticized Gowdy …, writing that": an owner's role opening the clause is someone unnamed.
		const owner = opening ? undefined : within(this.names.mentions, from, to).find((m) => m.start === clauseStart(this.body, m.start, from));
		if (owner && isOwner(this.body, owner)) return null;
		const first = opening ?? named[0];
		return first ? { name: first.name, via: 'name', range: { start: first.start, end: first.end }, rule: 'participle-subject' } : null;
	}
}
