import { PLURAL_PRONOUNS, PRONOUNS } from '../lexicon/function-words.js';
import { BODY_KINDS, DOCUMENT_NOUNS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { GROUP_NOUNS } from '../lexicon/events.js';
import { numberWords, TIME_WORDS } from '../lexicon/time.js';
import { alternation } from '../lexicon/words.js';
import { GENERIC_SPEAKERS, isRoleNounOrPlural, ROLE_ABBREVIATION_TITLES, ROLE_NOUNS, SPOKESPEOPLE, TITLE_WORDS } from '../lexicon/titles.js';
import { ANSWERING_VERBS, NAMING_VERBS, SPEECH_ACTS } from '../lexicon/verbs.js';
import { paragraphBeforeStart, within } from '../text/ranges.js';
import type { Decision, Found, SubjectSite } from './cues.js';
import { type Mention, nameByTitle } from './entities.js';
import { isBody, isPassive, lower, ROLE_FOR_BODY_BEFORE } from './speaker-words.js';
import { describedAt } from './unnamed-sources.js';

// The passes that find the subject written before a verb of saying ("Lavrov said", "the minister said", "he
// added"), each a small pure function of the site. Their order is in passes.ts.

const NOBODY: Decision = { subject: null };
const named = (m: Mention): Decision => ({ subject: { name: m.name, via: 'name', range: { start: m.start, end: m.end } } });
const found = (subject: Found): Decision => ({ subject });
const text = (site: SubjectSite, start: number, end: number) => site.index.body.slice(start, end);
const tokenAt = (site: SubjectSite, i: number) => site.index.tokens[i]!;

/**
 * What opens an apposition: "a …", "the …", "who …", "34", "two researchers" (after two people), "NASA's …", or a
 * participle ("Kim, standing next to Moon, said").
 */
// "Sen. Roy Blunt, R-Mo., said": a lawmaker's party and state are an apposition too.
const APPOSITION = new RegExp(
	String.raw`^(?:a|an|the|from|of|who|whose|\d{1,3}|${alternation(numberWords(2, 4))}|\p{Ll}{2,}ing|` +
		String.raw`(?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*['’]s|[DRI]-\p{Lu}\p{L}*)\b`,
	'u',
);

/**
 * "Putin was quoted by Interfax as saying": the one quoted said it, not the agency that quoted them; the subject
 * of "was quoted", found by the whole sieve.
 */
export function quotedAsSaying(site: SubjectSite): Decision | null {
	const { index, verb, floor } = site;
	if (verb < 1 || !/^say(?:ing)?$/i.test(tokenAt(site, verb).text) || lower(tokenAt(site, verb - 1)) !== 'as') return null;
	const passive = /\b(?:was|were|is|are|been)\s+quoted(?:\s+by\s+[^,.;:"“”]{1,80}?)?\s+as\s+$/i.exec(
		text(site, Math.max(floor, tokenAt(site, verb).start - 120), tokenAt(site, verb).start),
	);
	if (!passive) {
		// "Reuters quoted Berg as saying": the one quoted, named right after "quoted".
		const active = /\bquoted\s+([^,.;:"“”]{1,60}?)\s+as\s+$/i.exec(text(site, Math.max(floor, tokenAt(site, verb).start - 90), tokenAt(site, verb).start));
		const start = active ? tokenAt(site, verb).start - active[0].length + active[0].indexOf(active[1]!) : -1;
		const quoted = active ? index.mentionByStart.get(start) : undefined;
		return quoted && quoted.kind !== 'place' ? named(quoted) : null;
	}
	const auxiliary = index.tokenIndexAt(tokenAt(site, verb).start - passive[0].length);
	const subject = site.subjectBefore(auxiliary, floor);
	return subject ? found(subject) : NOBODY;
}

/**
 * "(characterized here by the Washington Post as "…")", "was described by the ministry as": a passive verb of saying
 * has its speaker after "by", whatever stands before it.
 */
export function passiveAgent(site: SubjectSite): Decision | null {
	const { index, verb } = site;
	const v = tokenAt(site, verb);
	if (!/ed$/i.test(v.text) || !/(?:\b(?:was|were|is|are|been|being)|[(,—–])\s*$/i.test(text(site, Math.max(0, v.start - 10), v.start))) return null;
	const by = /^\s+(?:\p{Ll}+ly\s+|here\s+)?by\s+(?:the\s+)?/u.exec(text(site, v.end, v.end + 40));
	const agent = by ? index.mentionByStart.get(v.end + by[0].length) : undefined;
	return agent && agent.kind !== 'place' ? named(agent) : null;
}

/**
 * "Wilder was called into the office and was told she was being dropped": the subject of a passive verb of saying is
 * who heard it, not who said it; without "by" (passive-agent), the sentence does not name the speaker.
 */
export function passiveHearer(site: SubjectSite): Decision | null {
	return isPassive(site.index.body, tokenAt(site, site.verb)) ? NOBODY : null;
}

/** "Trump, according to the White House, made …": the source of "according to" comes after it, never before. */
export function accordingLooksAhead(site: SubjectSite): Decision | null {
	return lower(tokenAt(site, site.verb)) === 'according' ? NOBODY : null;
}

/**
 * "Trump's tweets", "his remarks", "the administration's first comments": a verb's form right after a possessive, or
 * after one and a word the subject search skips, is a noun, with no subject.
 */
export function possessiveNoun(site: SubjectSite): Decision | null {
	const { verb } = site;
	const previous = verb > 0 ? tokenAt(site, verb - 1) : null;
	const before = previous && !previous.possessive && site.word && site.k === verb - 2 ? site.word : previous;
	if (!before || !/^(?: \p{Ll}+)? $/u.test(text(site, before.end, tokenAt(site, verb).start))) return null;
	return before.possessive || /^(?:his|her|their|its|our|your|my)$/i.test(before.text) ? NOBODY : null;
}

/** "Police arrested John Smith on Monday, saying …": a participle after a comma has the sentence's subject. */
export function participleAfterComma(site: SubjectSite): Decision | null {
	const { verb } = site;
	const v = tokenAt(site, verb);
	return /ing$/i.test(v.text) && verb > 0 && /,\s*$/.test(text(site, tokenAt(site, verb - 1).end, v.start)) ? NOBODY : null;
}

/** '"…," said' at the start of a clause: no word before the verb to be its subject. */
export function nothingBefore(site: SubjectSite): Decision | null {
	return site.word ? null : NOBODY;
}

/** "Das, a 33-year-old blogger, said", "Rear Admiral Daniel Hagari, said": the name before an apposition or a comma. */
export function nameBeforeComma(site: SubjectSite): Decision | null {
	const { index, gap, mention, floor, k } = site;
	const t = site.word!;
	if (!/^,\s*$/.test(gap)) return null;
	// "Peter White, SVP … at Automation Anywhere, told": a name after "at" is where the person works; "…, mounted a
	// campaign that challenged the deference to Trump, identified": a name after a preposition is its object.
	const prepositional = / (?:at|of|for|to|with|by|from|against|about|on|over|than|like|toward|towards)\s$/;
	// "Drew Florio, a spokesman for House Minority Leader Kevin McCarthy, said": so is one after a lower-case role, its
	// preposition and a title (not "Secretary of State Mike Pompeo").
	const titledObject = /\b\p{Ll}+\s+(?:at|of|for|to|with|by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;
	const affiliation =
		!!mention &&
		(prepositional.test(text(site, Math.max(0, mention.start - 9), mention.start)) ||
			titledObject.test(text(site, Math.max(floor, mention.start - 60), mention.start)));
	// "Montell Figgins, who represents Thomas, said": the name inside a relative clause is not who speaks.
	const relative = !!mention && /,\s+(?:who|which|whose|whom)\b[^,]*$/.test(text(site, Math.max(floor, mention.start - 80), mention.start));
	const participle = !!mention && /,\s+\p{Ll}+ing\b[^,]*$/u.test(text(site, Math.max(floor, mention.start - 80), mention.start));
	if (mention?.kind === 'person' && !affiliation && !relative && !participle) return named(mention);
	// "Louise Brown, Director of the … agency, Advisense, compared": an apposition may hold commas of its own.
	for (let comma = index.body.lastIndexOf(', ', t.start), n = 0; comma >= floor && n < 3; comma = index.body.lastIndexOf(', ', comma - 1), n++) {
		// "Rep. Bill Pascrell (D-N.J.), a member of …, declared": a short parenthesis may close the name.
		const aside = /\s\([^()]{1,20}\)$/.exec(text(site, Math.max(0, comma - 24), comma));
		const before = index.mentionByEnd.get(aside ? comma - aside[0].length : comma);
		// "…, the director at Third Way, a center-left think tank, said": the employer is inside an apposition; so is a
		// name in a participle's ("Jones, speaking alongside Berg, said").
		if (!before || before.kind === 'place' || prepositional.test(text(site, Math.max(0, before.start - 9), before.start))) continue;
		// "an organizer at the Indigenous Environmental Network, and a Native resident of …": where they work, after "at the".
		if (/ (?:at|of|for|with)\s+the\s$/.test(text(site, Math.max(0, before.start - 13), before.start))) continue;
		const apposition = text(site, comma + 2, t.end);
		// "Saikat Ray, VP analyst at Gartner, explained": a role among the apposition's first words.
		const first = index.tokenIndexAt(comma + 2);
		const opens =
			APPOSITION.test(apposition) ||
			index.tokens.slice(first, Math.min(first + 3, k + 1)).some((w) => ROLE_NOUNS.has(lower(w)) || TITLE_WORDS.has(lower(w)));
		return opens && apposition.length < 250 ? named(before) : NOBODY;
	}
	return NOBODY;
}

/** "is not,” said": other punctuation between the word and the verb ends the search. */
export function punctuationBetween(site: SubjectSite): Decision | null {
	return site.gap.trim() ? NOBODY : null;
}

/** "led Christie to suggest", "Sununu, a Haley backer, to urge": an infinitive's subject is the name before "to". */
export function infinitive(site: SubjectSite): Decision | null {
	if (lower(site.word!) !== 'to' || site.k <= 0) return null;
	// "She went on to say", "he continued to insist": the subject of the verb that carries the saying on.
	const on = lower(tokenAt(site, site.k - 1)) === 'on' && site.k >= 2 && /^(?:went|goes|go|going|gone)$/.test(lower(tokenAt(site, site.k - 2)));
	const carried = on ? site.k - 2 : /^(?:continued|continues|proceeded|proceeds)$/.test(lower(tokenAt(site, site.k - 1))) ? site.k - 1 : -1;
	const subject = site.subjectBefore(carried >= 0 ? carried : site.k, site.floor);
	return subject ? found(subject) : NOBODY;
}

/**
 * "Brian Gianforte, a 32-year-old member of Montana's LGBTQ+ community said": an apposition whose closing comma is
 * left out, even when it holds commas of its own ("a research analyst at the Council on Energy, Environment …").
 */
export function unclosedApposition(site: SubjectSite): Decision | null {
	const { index, mention, floor } = site;
	const t = site.word!;
	// "Richard Falk, professor emeritus of international law at Princeton explains", "…, an expert from the University of
	// Queensland told": a body after "at" or "from" is where they work.
	if (mention && !/ (?:at|of|for|with|from)\s+(?:the\s+)?$/.test(text(site, Math.max(0, mention.start - 13), mention.start))) return null;
	for (let comma = index.body.lastIndexOf(', ', t.start), n = 0; comma >= floor && n < 3; comma = index.body.lastIndexOf(', ', comma - 1), n++) {
		const unclosed = index.mentionByEnd.get(comma);
		const apposition = text(site, comma + 2, t.end);
		// "a 32-year-old member of the community said", "professor emeritus of international law at Princeton explains".
		const article = /^(?:a|an) (?:[^\s;.]+ ){3,16}?[^\s,;.]+$/.test(apposition);
		const role = ROLE_NOUNS.has(apposition.split(' ')[0]!) && /^(?:[^\s;.]+ ){3,16}?[^\s,;.]+$/.test(apposition);
		const opens = article || role;
		if (unclosed?.kind === 'person' && opens && !/,\s+(?:and|or|but)\s/.test(apposition)) return named(unclosed);
	}
	return null;
}

/** "Victims of Harvey Weinstein said", "fans of Taylor Swift said": the group speaks, not the name after "of". */
export function groupOfName(site: SubjectSite): Decision | null {
	const { mention } = site;
	if (!mention) return null;
	const before = text(site, Math.max(0, mention.start - 40), mention.start);
	// "a spokesman for Jones said", "an aide to the senator said": someone speaking for a person is not that person.
	const forPerson = mention.kind === 'person' && /\b(?:a|an|one)\s+(?:[\w-]+\s+)?([\w-]+)\s+(?:for|to|of)\s+$/i.exec(before);
	if (!/\b[A-Za-z]+s of (?:the )?$/.test(before) && !(forPerson && ROLE_NOUNS.has(forPerson[1]!.toLowerCase()))) return null;
	return found({ name: null, via: 'generic', range: { start: mention.start, end: site.word!.end } });
}

/** "officials in Beijing said", "China's ambassador to Britain accused": a name that completes a phrase. */
const completesPhrase = (site: SubjectSite, m: Mention) =>
	/\b(?:in|at|from|to|near|of|across|along)\s+(?:the\s+)?$/i.test(text(site, Math.max(0, m.start - 12), m.start));

/** "David Watt of Rosenberg Research said": the person, not the firm. */
export function personOfFirm(site: SubjectSite): Decision | null {
	const { index, mention } = site;
	// "Charles Kelley of Lady Antebellum tweeted": a band named like a person is a firm too, after a person and "of".
	if (!mention || mention.kind === 'place') return null;
	if (!/ of (?:the )?(?:\p{Lu}\p{L}* )?$/u.test(text(site, Math.max(0, mention.start - 16), mention.start))) return null;
	const person = index.mentionByEnd.get(index.body.lastIndexOf(' of ', mention.start));
	return person?.kind === 'person' ? named(person) : null;
}

/** "A spokesperson for Chevron said": the body, or the spokesperson the article names ("The spokesman, Ian Dickson"). */
export function spokespersonFor(site: SubjectSite): Decision | null {
	const { mention } = site;
	if (!isBody(mention)) return null;
	const role = ROLE_FOR_BODY_BEFORE.exec(text(site, Math.max(site.floor, mention.start - 50), mention.start));
	const word = role?.[1]!.toLowerCase();
	if (!word || !SPOKESPEOPLE.has(word)) return null;
	return found({ name: site.index.speakerFor(word, mention), via: 'name', range: { start: mention.start - role![0].length, end: mention.end } });
}

/**
 * "an Amazon spokesperson said": a body's name before the role of one who speaks for it is the body speaking (or its
 * spokesperson, when the article names them); "the spokesperson said" after one so introduced, in that paragraph or
 * the one before, and no one the story names carries the role.
 */
export function bodySpokesperson(site: SubjectSite): Decision | null {
	const { index, k } = site;
	const t = site.word!;
	const role = lower(t);
	if (!SPOKESPEOPLE.has(role) || k < 1) return null;
	let j = k - 1;
	while (j > Math.max(0, k - 5) && site.spaced(j) && !/^(?:a|an|one|the)$/.test(lower(tokenAt(site, j)))) j--;
	const determiner = tokenAt(site, j);
	if (!site.spaced(j) || !/^(?:a|an|one|the)$/.test(lower(determiner))) return null;
	const range = { start: determiner.start, end: t.end };
	const body = within(index.names.mentions, determiner.end, t.start).find(isBody);
	if (body) return found({ name: index.speakerFor(role, body), via: 'name', range });
	// "a company spokesperson said", "a network spokeswoman said": the one body of that kind the story names nearby.
	const kind = j === k - 2 && lower(determiner) !== 'the' ? lower(tokenAt(site, k - 1)) : '';
	const ofKind = BODY_KINDS.has(kind) ? nameByTitle(index.body, index.names, kind, t.start) : null;
	// Not when the story calls another name by that kind nearby ("Meta, the social media company, …").
	const near = Math.max(0, paragraphBeforeStart(index.body, t.start));
	const calledSo = [...text(site, near, t.start).matchAll(new RegExp(`(\\p{Lu}[\\p{L}.&]*),\\s+(?:the|a)\\s+(?:[\\p{L}-]+\\s+){0,3}${kind}\\b`, 'gu'))];
	const other = calledSo.some((m) => !ofKind?.startsWith(m[1]!));
	if (ofKind && !other && index.names.entities.get(ofKind)?.kind === 'organisation') return found({ name: ofKind, via: 'title', range });
	if (lower(determiner) !== 'the' || j !== k - 1 || nameByTitle(index.body, index.names, role, t.start)) return null;
	const from = paragraphBeforeStart(index.body, t.start);
	const introduced = [...text(site, Math.max(0, from), determiner.start).matchAll(INTRODUCED_SPOKESPERSON)].at(-1);
	if (!introduced) return null;
	const at = Math.max(0, from) + introduced.index;
	const end = at + introduced[0].length;
	const spoken = within(index.names.mentions, at, end).find(isBody) ?? [index.mentionByStart.get(end)].find(isBody);
	return spoken ? found({ name: index.speakerFor(role, spoken), via: 'title', range }) : null;
}

/** "an Amazon spokesperson", "a spokesperson for the FBI": someone introduced as speaking for a body. */
const SPOKESPERSON_WORDS = alternation(SPOKESPEOPLE);
const INTRODUCED_SPOKESPERSON = new RegExp(
	`\\b(?:a|an|one)\\s+(?:[\\p{L}&.'’-]+\\s+){0,3}?(?:${SPOKESPERSON_WORDS})\\b(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?)?`,
	'giu',
);

/** "China's ambassador to Britain accused": a country that completes a phrase is not the subject. */
export function countryInPhrase(site: SubjectSite): Decision | null {
	return site.mention?.kind === 'country' && completesPhrase(site, site.mention) ? NOBODY : null;
}

/**
 * "the things Trump articulated on the tape, rather than … “…”": a person named right after "the" and a plural noun
 * opens a clause whose object is that noun; the verb tells of those things, not of words quoted after it.
 */
export function objectBeforeName(site: SubjectSite): Decision | null {
	const { mention } = site;
	if (mention?.kind !== 'person') return null;
	const object = /\bthe\s+(\p{Ll}+[^s\W]s)\s$/u.exec(text(site, Math.max(site.floor, mention.start - 30), mention.start));
	if (!object || isRoleNounOrPlural(object[1]!) || TIME_WORDS.has(object[1]!.slice(0, -1))) return null;
	return found({ name: null, via: 'generic', range: { start: mention.start - object[0].length, end: site.word!.end } });
}

/** "Lavrov said", "the Kremlin said", "Beijing said" (a capital speaks for its government, "officials in Beijing" do not). */
export function name(site: SubjectSite): Decision | null {
	const { mention } = site;
	if (!mention || (mention.kind === 'place' && completesPhrase(site, mention))) return null;
	// "an ad from Trump called “Changing Things”": a naming verb after a preposition's object names a thing, no one speaks.
	const naming = NAMING_VERBS.has(lower(tokenAt(site, site.verb)));
	if (naming && /\b(?:from|by|of|for|with|about|to|against)\s$/i.test(text(site, Math.max(0, mention.start - 9), mention.start))) return NOBODY;
	return named(mention);
}

/** "TNO's report said", "TNO's analysis of the gunfire showed": the document speaks for its owner. */
export function documentOwner(site: SubjectSite): Decision | null {
	const { index, k } = site;
	const t = site.word!;
	for (let j = k; j >= Math.max(1, k - 6) && site.spaced(j); j--) {
		if (!DOCUMENT_NOUNS.has(lower(tokenAt(site, j))) || (j < k && lower(tokenAt(site, j + 1)) !== 'of')) continue;
		const owner = tokenAt(site, j - 1);
		const m = owner.possessive && text(site, owner.end, tokenAt(site, j).start) === ' ' ? index.mentionByEnd.get(owner.end - 2) : undefined;
		if (m && m.kind !== 'place') return found({ name: m.name, via: 'name', range: { start: m.start, end: t.end } });
		// "his letter explained": the one "his" or "her" stands for, as a "he said" would.
		if (/^(?:his|her)$/i.test(owner.text) && j === k && site.spaced(j - 1)) {
			return found({ name: site.discourse.resolvePronoun(owner.start), via: 'pronoun', range: { start: owner.start, end: t.end } });
		}
		// "A December 6 Economist article said": a body's name right before its document.
		const body = j === k && text(site, owner.end, tokenAt(site, j).start) === ' ' ? index.mentionByEnd.get(owner.end) : undefined;
		if (body?.kind === 'organisation') return found({ name: body.name, via: 'name', range: { start: body.start, end: t.end } });
		// "the police report said": a word before the noun that the author's name carries ("Miami Beach Police Department").
		const modifier = j === k && j >= 2 && !owner.cap && !owner.possessive && lower(tokenAt(site, j - 2)) === 'the' ? lower(owner) : null;
		const the = modifier ? tokenAt(site, j - 2) : owner;
		const definite = lower(the) === 'the' && j === k;
		const author = definite ? (documentAuthor(site, lower(tokenAt(site, j)), the.start)?.name ?? bodyJustQuoted(site, the.start)) : undefined;
		const carries = !modifier || (!!author && new RegExp(`\\b${modifier}\\b`, 'i').test(author));
		return author && carries ? found({ name: author, via: 'title', range: { start: the.start, end: t.end } }) : null;
	}
	return null;
}

const NEWS_ITEMS = ['article', 'report', 'story'];

/**
 * Who wrote "the report" of '"…," the report said': the body or person the story gave it to, in this paragraph or
 * the one before ("The earlier KCNA report", "the ministry's statement", "X said in a statement", "X issued a report").
 */
function documentAuthor(site: SubjectSite, written: string, at: number): Mention | undefined {
	const { body } = site.index;
	const from = paragraphBeforeStart(body, at);
	// "the article" after "X said in a report": a news item is called an article, a report or a story alike.
	const news = NEWS_ITEMS.includes(written);
	const near = authorsOf(site, news ? `(?:${NEWS_ITEMS.join('|')})` : written, Math.max(0, from), at, news).at(-1);
	if (near) return near;
	// "according to a Miami Beach Police Department report" long before: the one document so called the story has, if one.
	const earlier = authorsOf(site, written, 0, at);
	return new Set(earlier.map((m) => m.name)).size === 1 ? earlier[0] : undefined;
}

/**
 * The names the story gives a document called `noun` (a pattern) to, in [from, at); `news`: a news item, which a body
 * that reported something wrote ("CNBC reported, citing sources, that … The report said").
 */
function authorsOf(site: SubjectSite, noun: string, from: number, at: number, news = false): Mention[] {
	const { body, names } = site.index;
	const words = (n: number) => `(?:[\\w-]+\\s+){0,${n}}`;
	const ways = [
		`['’]s\\s+(?:\\p{Ll}+\\s+)?${noun}`, // "the ministry's latest statement"
		`\\s+${noun}`, // "KCNA report"; never "dismissed the report"
		`\\s+${words(2)}(?:said|wrote|warned|added|announced|stated)\\s+in\\s+an?\\s+${words(2)}${noun}`, // "said in a statement"
		`\\s+(?:issued|published|released|sent|posted)\\s+an?\\s+${words(3)}${noun}`, // "issued a report"
		...(news ? ['\\s+(?:\\p{Ll}+ly\\s+)?(?:reported|revealed)'] : []), // "CNBC reported"
	];
	const gives = new RegExp(`^(?:${ways.join('|')})\\b`, 'iu');
	// "An article in The Washington Post", "a report by Human Rights Watch": the document written before its author,
	// one author alone ("the letter from Reps. Ted Lieu, Gerald Connolly, …" is none of them).
	const by = new RegExp(`\\b${noun}\\s+${words(3)}?(?:in|by|from)\\s+(?:the\\s+)?$`, 'iu');
	const authoredBy = (m: Mention) =>
		by.test(body.slice(Math.max(0, m.start - 60), m.start)) && !/^(?:,\s*|\s+and\s+)\p{Lu}/u.test(body.slice(m.end, m.end + 8));
	const named = (m: Mention) => m.kind !== 'place' && m.kind !== 'country';
	return within(names.mentions, from, at).filter((m) => named(m) && (gives.test(body.slice(m.end, m.end + 80)) || authoredBy(m)));
}

/**
 * '"…," the article warned. "…," the article vowed.': a document no one is said to have written here goes on with the
 * body that spoke last, in this paragraph or the one before.
 */
function bodyJustQuoted(site: SubjectSite, at: number): string | undefined {
	const last = site.discourse.lastSpeaker();
	const kind = site.index.kindOf(last?.name);
	const near = !!last && site.index.paragraphOf(at) - last.paragraph <= 1;
	return near && (kind === 'organisation' || kind === 'country') ? last.name : undefined;
}

/** ", whom he": a relative pronoun right after a name, before the pronoun. */
const WHOM_PRONOUN = /,\s+whom\s+$/;

/** The first person of the sentence other than `name`, if the pronoun fits them ("Joe Biden … with Orban, whom he …"). */
function otherSubject(site: SubjectSite, name: string, pronoun: string): string | null {
	const other = within(site.index.names.mentions, site.floor, site.word!.start).find((m) => m.kind === 'person' && m.name !== name);
	return other && site.index.fits(other.name, pronoun) ? other.name : null;
}

/** "he said", "she added": the last speaker, or the person who opened a sentence since. */
export function pronoun(site: SubjectSite): Decision | null {
	const t = site.word!;
	if (!PRONOUNS.has(lower(t))) return null;
	// "with Orban, whom he accused of …": the person the relative clause is about is its object, not the pronoun.
	const relative = WHOM_PRONOUN.exec(text(site, Math.max(site.floor, t.start - 12), t.start));
	const about = relative ? site.index.mentionByEnd.get(t.start - relative[0].length) : undefined;
	if (about?.kind === 'person') return found({ name: otherSubject(site, about.name, lower(t)), via: 'pronoun', range: { start: t.start, end: t.end } });
	// "he called Trump the “greatest friend …”": the one a verb's object names is not its subject.
	const verb = tokenAt(site, site.verb);
	const object = site.index.mentionByStart.get(verb.end + 1);
	// '"…?" Gingrich interjected. / "…," she countered': who answers a question is not who asked it.
	const asker = ANSWERING_VERBS.has(lower(verb)) ? (site.discourse.questioner(t.start) ?? undefined) : undefined;
	const name = site.discourse.resolvePronoun(t.start, object?.kind === 'person' && site.index.body[verb.end] === ' ' ? object.name : asker);
	// "Kushner, he said, "is traveling …"": the name set before the pronoun is who the words are about, not who spoke.
	const topic = site.index.mentionByEnd.get(t.start - 2);
	const aboutTopic = topic?.name === name && site.index.body.slice(topic.end, t.start) === ', ';
	return found({ name: aboutTopic ? null : name, via: 'pronoun', range: { start: t.start, end: t.end } });
}

/** "It argued" opening the sentence: the body the sentence before opened with; not "It is said", which is impersonal. */
export function itOpener(site: SubjectSite): Decision | null {
	const { index, k, verb, floor } = site;
	const t = site.word!;
	// "It has labeled the conditions a “historic wind event”": naming a thing is saying so too.
	const says = SPEECH_ACTS.has(lower(tokenAt(site, verb))) || NAMING_VERBS.has(lower(tokenAt(site, verb)));
	if (lower(t) !== 'it' || k !== index.tokenIndexAt(floor) || !says) return null;
	const impersonal = index.tokens.slice(k + 1, verb).some((w) => /^(?:is|was|were|are|be|been|being)$/i.test(w.text));
	const name = impersonal ? null : site.discourse.resolveIt(t.start);
	return name ? found({ name, via: 'pronoun', range: { start: t.start, end: t.end } }) : null;
}

/**
 * "responding to what it called California’s “tree mortality crisis”, PG&E began …": an "it" in a participle's clause
 * opening the sentence is the body that opens the main clause after it.
 */
export function itMainSubject(site: SubjectSite): Decision | null {
	const { index, verb, floor } = site;
	const t = site.word!;
	if (lower(t) !== 'it' || !/^\W*(?:[\p{L}\d]+\s+){0,3}?(?:[\p{L}\d]+,\s+)?\p{Ll}+ing\s[^,;:]*$/u.test(text(site, floor, t.start))) return null;
	const from = tokenAt(site, verb).end;
	const main = within(index.names.mentions, from, from + 250).find(isBody);
	const between = main ? text(site, from, main.start) : '';
	if (!main || !/,\s+(?:the\s+)?$/i.test(between) || /[.;!?]\s/.test(between.replace(/[“"][^”"]*[”"]/g, ''))) return null;
	return found({ name: main.name, via: 'pronoun', range: { start: t.start, end: t.end } });
}

/** "the Palestinian Dialogue Group in Turkey, which says", "But the senator, who recently said": the antecedent. */
export function relativePronoun(site: SubjectSite): Decision | null {
	const { index, floor } = site;
	const t = site.word!;
	const word = lower(t);
	if (word !== 'which' && word !== 'who') return null;
	const near = within(index.names.mentions, Math.max(floor, t.start - 80), t.start).filter((m) => t.start - m.end < 40);
	// "Norton, the District's sole representative in Congress, who announced": "who" is a person's, past an apposition,
	// a body's only when no person stands near.
	const apposed = (m: Mention) => /^,[^,;.]{1,80},\s*$/.test(text(site, m.end, t.start));
	const people =
		word === 'who'
			? within(index.names.mentions, Math.max(floor, t.start - 120), t.start).filter((m) => m.kind === 'person' && (t.start - m.end < 40 || apposed(m)))
			: [];
	const antecedent = people.at(-1) ?? near.filter((m) => m.kind === 'person' || m.kind === 'organisation').at(-1);
	// "the Daily Caller posted an interview with a Capitol Hill resident named “Brandon” who said": a person's noun
	// nearer "who" than the body is the antecedent, whom the story does not name.
	const personNearer = antecedent?.kind === 'organisation' && word === 'who' && text(site, antecedent.end, t.start).split(/\W+/).some(isRoleNounOrPlural);
	if (personNearer) return NOBODY;
	if (antecedent) return named(antecedent);
	const title = /\bthe ((?:[\w-]+ ){0,2}([\w-]+)),\s*$/i.exec(text(site, Math.max(floor, t.start - 60), t.start));
	const head = title?.[2]!.toLowerCase();
	// Only someone who carries that title: "the driver, who said" is not the last speaker.
	if (!head || !(ROLE_NOUNS.has(head) || ORGANISATION_HEADS.has(head))) return NOBODY;
	return found({ name: nameByTitle(index.body, index.names, head, t.start), via: 'title', range: { start: t.start - title![0].length, end: t.end } });
}

/**
 * "the lawmakers wrote" after "lawmakers on the House Select Committee …": the body the group belongs to; "the
 * researchers write" after two people spoke together, and no one since: the pair.
 */
export function groupBody(site: SubjectSite): Decision | null {
	const { index, k } = site;
	const t = site.word!;
	const word = lower(t);
	if (!(k > 0 && ROLE_NOUNS.has(word.replace(/s$/, '')) && word.endsWith('s'))) return null;
	if (lower(tokenAt(site, k - 1)) === 'the' && site.spaced(k - 1)) {
		const name = index.groupBody(word, t.start) ?? site.discourse.jointBefore(t.start);
		return found({ name, via: 'title', range: { start: tokenAt(site, k - 1).start, end: t.end } });
	}
	// "the G20 finance leaders said", "the NATO foreign ministers said": the body whose members they are (not "the
	// Columbia University protesters", who do not speak for it).
	if (!GROUP_NOUNS.has(word)) return null;
	const the = [2, 3, 4].map((d) => k - d).find((j) => j >= 0 && lower(tokenAt(site, j)) === 'the');
	if (the === undefined || ![...Array(k - the).keys()].every((d) => site.spaced(the + d))) return null;
	const body = within(index.names.mentions, tokenAt(site, the).end, t.start).find((m) => m.kind === 'organisation');
	return body ? found({ name: body.name, via: 'title', range: { start: tokenAt(site, the).start, end: t.end } }) : null;
}

/** "they wrote" after a group spoke for its body, or two people together, with no one else speaking since. */
export function theyGroup(site: SubjectSite): Decision | null {
	const t = site.word!;
	const name = lower(t) === 'they' ? site.discourse.resolveThey(t.start) : null;
	return name ? found({ name, via: 'pronoun', range: { start: t.start, end: t.end } }) : null;
}

/** ", a spokesperson for Instagram," set right after a name: the one person introduced as speaking for a body. */
const SET_AS_SPOKESPERSON = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${SPOKESPERSON_WORDS})\\b`, 'u');

/**
 * "Kym Lino, a spokesperson for Instagram, confirmed … “…,” they said in an email": a singular "they" for the one
 * person the paragraph opened with, introduced as a spokesperson, when no one else is named in the paragraph before it.
 */
export function theySpokesperson(site: SubjectSite): Decision | null {
	const { index } = site;
	const t = site.word!;
	if (t.text !== 'they') return null;
	const paragraphStart = index.body.lastIndexOf('\n', t.start) + 1;
	const people = within(index.names.mentions, paragraphStart, t.start).filter((m) => m.kind === 'person' && !index.inQuote(m.start));
	const person = people.length === 1 && people[0]!.start === paragraphStart ? people[0]! : null;
	if (!person || !SET_AS_SPOKESPERSON.test(index.body.slice(person.end, person.end + 80))) return null;
	return found({ name: person.name, via: 'pronoun', range: { start: t.start, end: t.end } });
}

/**
 * "I replied", "I said in my most supercilious voice": the story's one author, when the story names them; only a verb
 * of speaking right after "I" ("It was all I could do to keep them … talking" tells of no words of the writer's).
 */
export function firstPersonWriter(site: SubjectSite): Decision | null {
	const t = site.word!;
	const writer = site.index.writer;
	const speaks = site.k === site.verb - 1 && SPEECH_ACTS.has(lower(tokenAt(site, site.verb)));
	if (t.text !== 'I' || !writer || !speaks || site.index.inQuote(t.start)) return null;
	return found({ name: writer, via: 'pronoun', range: { start: t.start, end: t.end } });
}

/** "officials said", "they said", "analysts said": a source the article does not name. */
export function genericSource(site: SubjectSite): Decision | null {
	const t = site.word!;
	const word = lower(t);
	// "the diplomat said", "the legal expert told GB News": one person the story has introduced, whom a title may name.
	const the = [1, 2, 3].map((d) => site.k - d).find((j) => j >= 0 && lower(tokenAt(site, j)) === 'the');
	const described = the !== undefined && [...Array(site.k - the).keys()].every((d) => site.spaced(the + d) && !tokenAt(site, the + d + 1).cap);
	if (ROLE_NOUNS.has(word) && described) return null;
	return PLURAL_PRONOUNS.has(word) || GENERIC_SPEAKERS.has(word) ? found({ name: null, via: 'generic', range: { start: t.start, end: t.end } }) : null;
}

/**
 * "the minister", "the Kremlin spokesman", "the ruling party", "the mother of two": a head within 5 words of "the"; "a
 * spokesman" and "one witness" name nobody.
 */
export function title(site: SubjectSite): Decision | null {
	const { k } = site;
	const t = site.word!;
	let head: string | null = null;
	let headAt = k;
	for (let j = k; j >= Math.max(0, k - 6) && site.spaced(j); j--) {
		const w = lower(tokenAt(site, j));
		// The head ends the phrase or takes an "of" complement ("the mother of two"); "a dictator and" is no subject.
		const ends = j === k || (lower(tokenAt(site, j + 1)) === 'of' && k - j <= 4);
		// "the CM said": a role written as capitals is the title it stands for ("chief minister").
		const abbreviated = j === k ? ROLE_ABBREVIATION_TITLES.get(t.text) : undefined;
		if (abbreviated && !head) [head, headAt] = [abbreviated, j];
		if ((ROLE_NOUNS.has(w) || ORGANISATION_HEADS.has(w)) && !head && ends)
			[head, headAt] = [
				site.index.tokens
					.slice(j, k + 1)
					.map(lower)
					.join(' '),
				j,
			];
		const range = { start: tokenAt(site, j).start, end: t.end };
		// "the U.S. Trade Representative's office said", "Russia's foreign ministry said": a body's word owned by someone
		// is a part of the owner the story does not name, never another body carrying the word ("Oval Office").
		if (head && j < headAt && tokenAt(site, j).possessive && !ROLE_NOUNS.has(head.split(' ')[0]!)) return found({ name: null, via: 'generic', range });
		// "a spokesman for the chairman said": the one speaking for the person, not the person.
		const speaksFor = w === 'the' && head && ROLE_NOUNS.has(head.split(' ')[0]!) && j >= 3 && /^(?:for|of)$/.test(lower(tokenAt(site, j - 1)));
		if (speaksFor && ROLE_NOUNS.has(lower(tokenAt(site, j - 2))) && /^(?:a|an|one|the)$/.test(lower(tokenAt(site, j - 3)))) {
			// "the spokesman for the president said": the spokesman, if the story names one.
			const range = { start: tokenAt(site, j - 3).start, end: t.end };
			const definite = lower(tokenAt(site, j - 3)) === 'the';
			const spokesman = definite ? nameByTitle(site.index.body, site.index.names, lower(tokenAt(site, j - 2)), t.start) : null;
			return found({ name: spokesman, via: definite ? 'title' : 'generic', range });
		}
		if (w === 'the' && head) {
			const modifiers = site.index.tokens.slice(j + 1, headAt).map((m) => (m.possessive ? `${lower(m)}'s` : lower(m)));
			return found({ name: site.discourse.resolveTitle(head, t.start, modifiers), via: 'title', range });
		}
		// "a spokesman", "One distraught witness": someone the story does not name.
		if ((w === 'a' || w === 'an' || w === 'one') && head) return found({ name: null, via: 'generic', range });
	}
	// "a person familiar with the matter told": a description whose qualifier ends right before the verb names nobody.
	const opening = site.index.tokens.slice(Math.max(0, k - 9), k).findLastIndex((m) => /^(?:a|an|one)$/.test(lower(m)));
	const from = opening < 0 ? null : tokenAt(site, Math.max(0, k - 9) + opening);
	const described = from ? describedAt(site.index.body, from.start, t.end) : null;
	return described?.end === t.end ? found({ name: null, via: 'generic', range: described }) : null;
}

/**
 * "the Western Springs Republican said", "The 56-year-old said": an epithet the story gives no one as a title, right
 * after a paragraph that names one person, is that person; with anyone else named nearby, nobody in particular.
 */
export function epithet(site: SubjectSite): Decision | null {
	const { index, k } = site;
	const t = site.word!;
	const epithetWord = (w: string) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(w) || /^\d{1,3}-year-old$/.test(w);
	if (site.mention || !epithetWord(t.text) || ROLE_NOUNS.has(lower(t)) || TITLE_WORDS.has(lower(t))) return null;
	let j = k;
	while (j > k - 4 && j > 0 && site.spaced(j - 1) && epithetWord(tokenAt(site, j - 1).text) && !/^the$/i.test(tokenAt(site, j - 1).text)) j--;
	const the = j > 0 ? tokenAt(site, j - 1) : null;
	if (!the || !/^the$/i.test(the.text) || !site.spaced(j - 1)) return null;
	const range = { start: the.start, end: t.end };
	// Everyone named, outside quotations and not as an owner, from the paragraph before up to the epithet.
	const from = paragraphBeforeStart(index.body, the.start);
	const people = within(index.names.mentions, Math.max(0, from), the.start).filter(
		(m) => m.kind === 'person' && !index.inQuote(m.start) && !/^['’]s\b/.test(text(site, m.end, m.end + 2)),
	);
	const names = new Set(people.map((m) => m.name));
	return found({ name: names.size === 1 ? [...names][0]! : null, via: 'title', range });
}
