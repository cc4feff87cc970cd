import type { EntityKind } from '../facts/schema.js';
import {
	CONNECTORS,
	DOCUMENT_NAMES,
	EVENT_NAME_ENDS,
	FAITHS_AS_NAMES,
	EVENT_OR_LAW,
	FAMILY_NAMES_WRITTEN_FIRST,
	HONORIFICS,
	NAME_ADJECTIVES,
	NOT_NAME_WORDS,
	PARTICLES,
	PLACEHOLDER_SURNAMES,
	STYLES_OF_ADDRESS,
} from '../lexicon/names.js';
import { BODY_KINDS, CHAMBERS, DOCUMENT_NOUNS, FIRM_SUFFIXES, KINDS_AFTER_NAME, LEADERS_BODIES, ORGANISATION_WORDS } from '../lexicon/organisations.js';
import { FEMALE, FEMALE_GIVEN_NAMES, MALE, MALE_GIVEN_NAMES } from '../lexicon/gender.js';
import { CITIES, COUNTRIES, DEMONYMS, DIRECTIONS, PLACE_OPENERS, PLACE_WORDS, REGION_WORDS, STATES } from '../lexicon/places.js';
import {
	GENERIC_SPEAKERS,
	LOWER_RANKS,
	PERSON_NOUNS,
	REGNAL_TITLES,
	ROLE_ABBREVIATIONS,
	ROLE_NOUNS,
	SOLE_OFFICES,
	SPOKESPEOPLE,
	TITLE_WORDS,
} from '../lexicon/titles.js';
import { REPORTING_VERBS } from '../lexicon/verbs.js';
import { PRONOUNS } from '../lexicon/function-words.js';
import { MONTH_NAMES, MONTH_SHORT_FORMS, WEEKDAYS } from '../lexicon/time.js';
import { genderOf } from './gender.js';
import { readDateline } from './dateline.js';
import { ROLE_FOR_BODY_BEFORE } from './speaker-words.js';
import { type Token, tokenize } from './tokens.js';
import { firstAtOrAfter, paragraphBeforeStart, within } from '../text/ranges.js';
import { ABBREVIATIONS, type TextRange } from '../text/sentences.js';
import { escapeRegExp } from '../text/matches.js';
import { alternation } from '../lexicon/words.js';
import { jointName } from '../text/normalize.js';

// Names in one article: capitalised runs of words, classified as person, country, organisation or place by the
// words they contain, with titles split off into roles ("Russia's Foreign Minister" + "Sergei Lavrov").

export interface Mention extends TextRange {
	/** Canonical name within the article (a person's fullest name). */
	name: string;
	kind: EntityKind;
}

export interface LocalEntity {
	name: string;
	kind: EntityKind;
	aliases: Set<string>;
	roles: TextRange[];
}

export interface ArticleEntities {
	entities: Map<string, LocalEntity>;
	/** Sorted by offset. */
	mentions: Mention[];
	tokens: Token[];
}

/** A compass direction, with or without a hyphen ("north-east", "northeast"). */
const isDirection = (word: string) => DIRECTIONS.has(word.replace(/-/g, ''));

const SUFFIXES = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
/**
 * A hyphenated given name written after the family name ("Kim Yo-jong", "Lee Jae-myung", "John Lee Ka-chiu"): the
 * part after the hyphen is lower case, unlike a double surname ("Dexter-Lee"). It is never the surname.
 */
const GIVEN_NAME_AFTER = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Words after a name that only name forebears or family, each opened by a particle: "Al-Hamad Al-Sabah", "bin Hamad Al Thani". */
const lineage = (words: string): boolean => {
	const list = words.split(' ');
	const particle = (w: string) => PARTICLES.has(w.toLowerCase());
	const joined = (w: string) => /^\p{L}+-\p{Lu}/u.test(w) && particle(w.split('-')[0]!);
	return list.every((w, i) => particle(w) ? i < list.length - 1 : joined(w) || (i > 0 && particle(list[i - 1]!) && /^\p{Lu}/u.test(w)));
};

/** The last word of a name, skipping generational suffixes ("Ferdinand Marcos Jr." → "Marcos") and a given name written last ("Kim Yo-jong" → "Kim"). */
export const lastName = (name: string) => {
	const words = name.split(' ').filter((w) => !SUFFIXES.test(w));
	return (words.length > 1 && GIVEN_NAME_AFTER.test(words.at(-1)!) ? words.at(-2) : words.at(-1)) ?? name;
};

/** The surname as written alone, particles included ("Ursula von der Leyen" → "von der Leyen", "Sadeq Abu Amer" → "Abu Amer"). */
export function surname(name: string): string {
	const words = name.split(' ').filter((w) => !SUFFIXES.test(w));
	if (words.length > 1 && GIVEN_NAME_AFTER.test(words.at(-1)!)) return words.at(-2)!;
	// A particle opening a two-word name is its surname too ("Abu Amer"); before a given name it is not ("Abu Hassan Amer").
	const particle = words.findIndex((w, i) => (i > 0 || words.length === 2) && i < words.length - 1 && PARTICLES.has(w.toLowerCase()));
	return particle >= 0 ? words.slice(particle).join(' ') : (words.at(-1) ?? name);
}

/** Of the people whose names end in `written`, those whose surname it is, when some are ("Amer": Abu Hassan Amer, not Sadeq Abu Amer). */
function bySurname(people: LocalEntity[], written: string): LocalEntity[] {
	const exact = people.filter((p) => surname(p.name) === written);
	return people.length > 1 && exact.length ? exact : people;
}

/** The word in lower case without a final dot ("Gov." → "gov"). */
const lower = (t: Token) => t.bare;
/** A name without its diacritics: "Hacisalihoğlu" is the "Yaşar Hacısalihoğlu" a story names in full. */
const unaccented = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
const isTitle = (t: Token) => TITLE_WORDS.has(lower(t)) || ROLE_NOUNS.has(lower(t));
const isCountryWord = (t: Token) => COUNTRIES.has(lower(t)) || COUNTRIES.has(t.text.toLowerCase()) || DEMONYMS.has(lower(t));
const PLACE_PREPOSITION_BEFORE = /\b(?:at|in|on|to|from|near|into|across|outside|inside|the)\s+$/i;
const isGivenNameWord = (word: string) => MALE_GIVEN_NAMES.has(word.toLowerCase()) || FEMALE_GIVEN_NAMES.has(word.toLowerCase());
const isGivenName = (t: Token) => isGivenNameWord(lower(t));
const isAcronym = (text: string) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4}|\p{Lu}{1,3}&\p{Lu}{1,3})$/u.test(text);

/** One space between the words of a name; a no-break space too ("Narendra\u202fModi" as some pages write it). */
const isOneSpace = (between: string) => between === ' ' || between === '\u00a0' || between === '\u202f';

/** A name or alias as the article writes it, with ordinary spaces whatever space the page put between its words. */
const written = (body: string, start: number, end: number) => body.slice(start, end).replace(/[\u00a0\u202f]/g, ' ');

/**
 * "Joko “Jokowi” Widodo", "Gilberto “Gibo” Teodoro Jr.": one capitalised word in quotation marks between two words of a
 * name is the person's nickname, written inside the full name.
 */
function isNickname(body: string, tokens: Token[], i: number): boolean {
	const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
	if (!before?.cap || !t?.cap || !after?.cap || before.possessive || t.possessive) return false;
	const open = body.slice(before.end, t.start);
	const close = body.slice(t.end, after.start);
	return (open === ' “' && close === '” ') || (open === ' "' && close === '" ');
}

/** The nickname inside a name as isNickname finds it, with the spaces around its marks: 'Ferdinand "Bongbong" Marcos'. */
const NICKNAME_INSIDE = /(?<=\p{L}) [“"](\p{Lu}[\p{L}'’-]*)[”"] (?=\p{Lu})/u;

/** Consecutive capitalised tokens joined by a single space or name particle; a possessive ends a run. */
function capitalisedRuns(body: string, tokens: Token[]): number[][] {
	const runs: number[][] = [];
	let run: number[] = [];
	// After a particle comes another particle or a capitalised word: "Ursula von der Leyen".
	const continuesName = (i: number): boolean => {
		const t = tokens[i];
		if (!t || !isOneSpace(body.slice(tokens[i - 1]!.end, t.start))) return false;
		return t.cap || numberEndsBody(i) || (PARTICLES.has(t.text) && continuesName(i + 1));
	};
	// "Committee for Freedom in Hong Kong Foundation": "in" inside a body's name, when the words after it end the name
	// with a body's word as the words before it hold one; not "the Embassy in Berlin".
	const bodyGoesOnAfterIn = (i: number): boolean => {
		if (tokens[i]!.text !== 'in' || !run.some((k) => ORGANISATION_WORDS.has(lower(tokens[k]!)))) return false;
		let last = i + 1;
		while (tokens[last + 1]?.cap && isOneSpace(body.slice(tokens[last]!.end, tokens[last + 1]!.start)) && !tokens[last]!.possessive) last++;
		return last > i + 1 && !!tokens[last]?.cap && ORGANISATION_WORDS.has(lower(tokens[last]!));
	};
	// "the Group of 20 major economies", "the Group of 77": a number after a body's word and "of" ends the body's name.
	const numberEndsBody = (i: number): boolean =>
		/^\d+$/.test(tokens[i]?.text ?? '') &&
		tokens[i - 1]?.text === 'of' &&
		isOneSpace(body.slice(tokens[i - 1]!.end, tokens[i]!.start)) &&
		ORGANISATION_WORDS.has(lower(tokens[i - 2]!));
	const close = () => {
		if (run.length) runs.push(run);
		run = [];
	};
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const prev = run.length ? tokens[run[run.length - 1]!]! : null;
		// "Jr." ends a name: "Trump Jr. Trump Jr.'s spokesman" is two mentions.
		const joined =
			prev &&
			(isOneSpace(body.slice(prev.end, t.start)) || isNickname(body, tokens, i) || isNickname(body, tokens, i - 1)) &&
			!prev.possessive &&
			!/^Jr\.$/i.test(prev.text);
		if (t.cap) {
			if (!joined) close();
			run.push(i);
		} else if (joined && numberEndsBody(i)) {
			run.push(i);
			close();
		} else if ((PARTICLES.has(t.text) || CONNECTORS.has(t.text) || bodyGoesOnAfterIn(i)) && prev && joined && continuesName(i + 1)) {
			run.push(i);
		} else close();
	}
	close();
	return runs;
}

/**
 * Where the title owning a body's word begins ("District Attorney's Office" → "District"), or -1 when the word before
 * the body's is no title's possessive.
 */
function titleOwnerAt(body: string, tokens: Token[], bodyWord: number): number {
	const adjoins = (k: number) => k >= 0 && tokens[k]!.cap && body.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ';
	let k = bodyWord - 1;
	if (!adjoins(k) || !tokens[k]!.possessive || !isTitle(tokens[k]!)) return -1;
	while (adjoins(k - 1) && !tokens[k - 1]!.possessive && !NOT_NAME_WORDS.has(lower(tokens[k - 1]!))) k--;
	return k;
}

/** The Arabic article joined to a surname: "al-Bashir", "el-Sisi". */
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ar)-(?=\p{Lu})/iu;
/** "bin", "ibn": "son of", after a given name that the person goes by alone ("Qaboos bin Said Al Said"). */
const PATRONYMIC = /^(?:bin|ibn|bint)$/i;

/**
 * "Mar-a-Lago", "Stratford-upon-Avon": capitalised parts joined by a small word name a place; not a particle of a
 * person's name ("Abd-al-Rahman").
 */
const JOINED_BY_SMALL_WORD = /^\p{Lu}\p{L}*-(?:(?!(?:al|el|ad|ud|ul|ur|bin|ibn|bint|abu|de|da|di|du|la|le)-)\p{Ll}{1,4}-)+\p{Lu}/u;

/**
 * "Hun Sen", "Amartya Sen": a title's abbreviation stands before a name ("Sen. Jack Reed"); written right after a
 * name's word, with no dot and no name after it, it is a family name.
 */
function abbreviatedTitleAsSurname(body: string, tokens: Token[], k: number): boolean {
	const [before, t, after] = [tokens[k - 1], tokens[k]!, tokens[k + 1]];
	if (!before || !t.cap || !TITLE_WORDS.has(lower(t)) || !ABBREVIATIONS.has(lower(t)) || body[t.end] === '.') return false;
	if (after?.cap && isOneSpace(body.slice(t.end, after.start))) return false;
	const name = (w: Token) => w.cap && !w.possessive && !isTitle(w) && !NOT_NAME_WORDS.has(lower(w)) && !isCountryWord(w);
	return name(before) && isOneSpace(body.slice(before.end, t.start));
}

/** `compute` worked out once for each key, when first asked. */
function onceEach<K, V>(compute: (key: K) => V): (key: K) => V {
	const known = new Map<K, V>();
	return (key) => {
		if (!known.has(key)) known.set(key, compute(key));
		return known.get(key)!;
	};
}

/** `isSurname`: a word that names no one elsewhere but is a surname here ("Deal" of "Gov. Nathan Deal"). */
function classify(words: Token[], isSurname: (w: Token) => boolean = () => false): EntityKind | 'single' | null {
	const text = words.map((w) => w.text).join(' ');
	const low = text.toLowerCase();
	if (COUNTRIES.has(low)) return 'country';
	// "Assemblywoman Lorena Gonzalez, D-San Diego", "(R-Ohio)": a lawmaker's party and home, not a name.
	if (/^[DRI]-\p{Lu}/u.test(words[0]!.text)) return null;
	if (words.length === 1 && (DEMONYMS.has(low) || REGION_WORDS.has(low) || isDirection(low))) return null;
	if (CITIES.has(low) || STATES.has(low) || (words.length > 1 && PLACE_OPENERS.has(words[0]!.text.toLowerCase()))) return 'place';
	if (words.some((w) => ORGANISATION_WORDS.has(lower(w)))) return 'organisation';
	// "Amnesty International", "Transparency International": a name ending in the word is a body's, not a person's.
	if (words.length > 1 && lower(words[words.length - 1]!) === 'international') return 'organisation';
	// "SVP", "CEO", "MP": a title, not a body.
	const role = ROLE_NOUNS.has(low) || TITLE_WORDS.has(low) || ROLE_ABBREVIATIONS.has(text);
	if (words.length === 1 && isAcronym(words[0]!.text)) return role ? null : 'organisation';
	if (DOCUMENT_NAMES.has(lower(words[words.length - 1]!)) || (words.length > 1 && EVENT_NAME_ENDS.has(lower(words[words.length - 1]!)))) return null;
	// "the Lindi Municipal Director": a run that ends in a title is a role, not a name; "Erik Prince", a given name and
	// a title word, is a name.
	const last = lower(words[words.length - 1]!);
	const givenThenTitle = (words.length === 2 && TITLE_WORDS.has(last) && isGivenName(words[0]!)) || isSurname(words.at(-1)!);
	if (words.length > 1 && !givenThenTitle && (TITLE_WORDS.has(last) || ROLE_NOUNS.has(last))) return null;
	// "South Korean Foreign Minister Ban": a two-word nationality, not a direction; "Hong Kong Democratic leader": a
	// two-word place qualifying what follows names no one.
	const pair = words.length > 1 ? `${lower(words[0]!)} ${lower(words[1]!)}` : '';
	if (DEMONYMS.has(pair) || COUNTRIES.has(pair)) return null;
	if (words.length > 2 && CITIES.has(pair)) return null;
	// "Longtime San Francisco pol Bevan Dufty": a word before a town of two words that ends the run is no given name.
	const lastTwo = words.length > 2 ? `${lower(words[words.length - 2]!)} ${last}` : '';
	const opener = lower(words[0]!);
	if (words.length === 3 && CITIES.has(lastTwo) && !isGivenName(words[0]!) && !NAME_ADJECTIVES.has(opener) && !isDirection(opener)) return null;
	if (isDirection(lower(words[0]!)) || words.some((w) => REGION_WORDS.has(lower(w))) || PLACE_WORDS.has(lower(words[words.length - 1]!))) return 'place';
	// "Great Hall of the People": with a connector, a place word anywhere makes a place.
	if (words.some((w) => !w.cap) && words.some((w) => PLACE_WORDS.has(lower(w)))) return 'place';
	const foreign = (w: Token) =>
		isCountryWord(w) ||
		lower(w)
			.split('-')
			.some((part) => COUNTRIES.has(part) || DEMONYMS.has(part) || CITIES.has(part));
	// A month's short form after the first word may be a given name ("Dong Jun"); the caller drops one before a day.
	const notName = (w: Token, k: number) => NOT_NAME_WORDS.has(lower(w)) && !(k > 0 && MONTH_SHORT_FORMS.has(lower(w))) && !isSurname(w);
	if (words.some((w, k) => notName(w, k) || foreign(w) || /\d/.test(w.text))) return null;
	if (words.some((w) => JOINED_BY_SMALL_WORD.test(w.text))) return 'place';
	if (words.length === 1) return 'single';
	// "House Ways and Means Committee": a chamber's words before "and" are part of its committee's name ("House Speaker
	// Paul Ryan" is a title's).
	if (CHAMBERS.has(lower(words[0]!)) && !words.some(isTitle)) return null;
	// Particles do not count: "Abdullah bin Muhammad bin Ibrahim Al-Sheikh" is a name of four.
	return words.filter((w) => !PARTICLES.has(w.text)).length <= 5 ? 'person' : null;
}

/**
 * A role set off by a comma before a name: "One woman, Deb Bartley, …", "his daughter, Ariel Van Spronsen, said",
 * "Grenada's Prime Minister, Dr the Rt. Hon. Keith Mitchell", "The Prime Minister of Grenada, Keith Mitchell".
 */
function roleBeforeComma(body: string, tokens: Token[], first: number, titles = true): TextRange | null {
	let named = first;
	// "Dr the Rt. Hon. Keith Mitchell": how to address him, between the comma and the name.
	while (named > 0 && /^\.?\s$/.test(body.slice(tokens[named - 1]!.end, tokens[named]!.start))) {
		const word = lower(tokens[named - 1]!);
		if (!HONORIFICS.has(word) && !STYLES_OF_ADDRESS.has(word)) break;
		named--;
	}
	const role = tokens[named - 1];
	if (!role || body.slice(role.end, tokens[named]!.start) !== ', ') return null;
	const titled = titles ? roleBefore(body, tokens, named, ', ') : null;
	if (titled && titled.start < role.start && endsInTitle(body, tokens, named - 1, titled.start)) return titled;
	if (!ROLE_NOUNS.has(lower(role))) return null;
	const opener = tokens[named - 2];
	const owned = opener && body.slice(opener.end, role.start) === ' ' && /^(?:one|a|an|the|his|her|their|its)$/i.test(opener.text);
	return { start: owned ? opener.start : role.start, end: role.end };
}

/**
 * A role set off by a comma before a name is the name's when it opens a clause, with the capitalised words before it
 * ("The Prime Minister of Japan, Keith Mitchell spoke", "As the chief diplomat, Pompeo has", "…, Party Leader, MP Ann
 * Lee had") or the name closes the apposition ("One woman, Deb Bartley, spoke"). Inside a clause, with a verb right
 * after the name, the comma ends a clause instead ("the world's largest oil producer, interim President Delcy
 * Rodriguez said", "in praise of the US president, Kim Yo-jong has become").
 */
function appositionBeforeName(body: string, role: TextRange, nameEnd: number): TextRange | null {
	if (/^(?:[,.;:!?)]|\s[-–—(]|$)/.test(body.slice(nameEnd, nameEnd + 2))) return role;
	let start = role.start;
	for (let m; (m = /\p{Lu}[\p{L}.'’-]*\s$/u.exec(body.slice(Math.max(0, start - 40), start))); ) start -= m[0].length;
	return CLAUSE_OPENING.test(body.slice(Math.max(0, start - 12), start)) ? role : null;
}
/** What a clause opens after: a sentence's end, a comma, colon, semicolon or dash, or "as" ("As the chief diplomat, …"). */
const CLAUSE_OPENING = /(?:^|[.!?]["”’]?\s+|[,;:—–]\s+|\n\s*|\b[Aa]s\s+)(?:the\s+)?$/;

/**
 * Whether a role in capitals before a comma ends in its title ("Prime Minister"), or in the place or body the title
 * is of ("Prime Minister of Grenada", "Chairman of the OECS Authority"): not in a name of a list ("Governor Kathy Hochul, …").
 */
function endsInTitle(body: string, tokens: Token[], last: number, start: number): boolean {
	if (ROLE_NOUNS.has(lower(tokens[last]!))) return true;
	const of = tokens.findLastIndex((t, k) => k <= last && t.start >= start && t.text === 'of');
	if (of < 0) return false;
	const complement = tokens.slice(of + 1, last + 1).map((t) => t.text);
	return complement[0] === 'the' || COUNTRIES.has(complement.join(' ').toLowerCase()) || ORGANISATION_WORDS.has(complement.at(-1)!);
}

/**
 * The role written before a name: "Russia's Foreign Minister", "Kremlin spokesman", "the BBC's North America editor";
 * `joint`: what stands between the role and the name.
 */
function roleBefore(body: string, tokens: Token[], first: number, joint = ' '): TextRange | null {
	let i = first - 1;
	let start = -1;
	let hasRole = false;
	for (let n = 0; i >= 0 && n < 9; i--, n++) {
		const t = tokens[i]!;
		if (body.slice(t.end, tokens[i + 1]!.start) !== (i === first - 1 ? joint : ' ')) break;
		const low = lower(t);
		// "Minister of Foreign Affairs Ali Sabry": a portfolio joined to its title word by "of".
		const previous = tokens[i - 1];
		if (t.text === 'of' && previous && TITLE_WORDS.has(lower(previous))) continue;
		// "Chairman of the OECS Authority", "Prime Minister and Chairman": a body's name after a title's "of", two titles joined.
		if (joint !== ' ' && previous && isJoinedTitle(t.text, lower(previous), lower(tokens[i + 1]!))) continue;
		const roleWord = ROLE_NOUNS.has(low) || (TITLE_WORDS.has(low) && !HONORIFICS.has(low));
		// "New York Mayor": the first word of a place of two words.
		const opensPlace = CITIES.has(`${low} ${lower(tokens[i + 1]!)}`);
		if (!(roleWord || (t.cap && (opensPlace || !NOT_NAME_WORDS.has(lower(t)))) || (t.possessive && t.cap))) break;
		hasRole ||= ROLE_NOUNS.has(low);
		start = t.start;
		if (t.possessive) {
			// "Sri Lanka's", "South Africa's": a country's two-word name owns the role whole.
			const owner = previous && body.slice(previous.end, t.start) === ' ' ? `${previous.text} ${t.text.replace(/['’]s$/, '')}` : '';
			if (COUNTRIES.has(owner.toLowerCase())) start = previous!.start;
			break;
		}
	}
	return hasRole && start >= 0 ? { start, end: tokens[first - 1]!.end } : null;
}

/** "the" after a title's "of" ("Chairman of the"), or "and" between two titles ("Prime Minister and Chairman"). */
const isJoinedTitle = (word: string, before: string, after: string) =>
	(word === 'the' && before === 'of') || (word === 'and' && ROLE_NOUNS.has(before) && (ROLE_NOUNS.has(after) || TITLE_WORDS.has(after)));

/** '“reminiscent of the early work of Spike Lee” (Screen Daily)': a name alone in brackets after a quotation is its source. */
const citedAfterQuote = (body: string, start: number, end: number) => /[”"]\s?\($/.test(body.slice(Math.max(0, start - 3), start)) && body[end] === ')';

/** A name set right after the kind of body it names ("the state newspaper Rodong Sinmun", "the firm Acme Widgets"). */
function namesBody(body: string, tokens: Token[], first: number, end: number): TextRange | null {
	if (citedAfterQuote(body, tokens[first]!.start, end)) return { start: end, end };
	const before = tokens[first - 1];
	if (!before || before.cap || body.slice(before.end, tokens[first]!.start) !== ' ') return null;
	if (!BODY_KINDS.has(before.text)) return null;
	// The body's word and the words that qualify it ("state newspaper") are its role, for "the newspaper" later.
	let k = first - 1;
	while (k > first - 3 && tokens[k - 1] && !tokens[k - 1]!.cap && /^\p{Ll}+$/u.test(tokens[k - 1]!.text) && !/^(?:the|a|an)$/.test(tokens[k - 1]!.text)) k--;
	return { start: tokens[k]!.start, end: before.end };
}

const writtenBothWays = (words: string[]) => words.map((a) => `${a[0]!.toUpperCase()}${a.slice(1)}|${a}`).join('|');
/** Abbreviations a name follows ("Dr. Smith", "St. Louis"); others may end a sentence ("Acme Inc. The …"). */
const beforeName = (a: string) => TITLE_WORDS.has(a) || PLACE_OPENERS.has(`${a}.`);
const ABBREVIATED_TITLES = writtenBothWays([...ABBREVIATIONS].filter(beforeName));
const ABBREVIATED_WORDS = writtenBothWays([...ABBREVIATIONS].filter((a) => !beforeName(a)));
/**
 * A character of a role in apposition: not the punctuation that ends it, but the dots of an abbreviation ("U.S.",
 * "Trump Jr. visited", "met Dr. Smith") and the comma of a number ("$250,000").
 */
const ROLE_CHARACTER = `(?:${[
	String.raw`[^,.;:"“”()]`,
	String.raw`\.(?=\p{L})`,
	String.raw`(?<=(?:^|[\s(.])\p{Lu})\.(?=\s\p{Ll}|[,;])`,
	String.raw`(?<=\b(?:${ABBREVIATED_TITLES}))\.(?=\s)`,
	String.raw`(?<=\b(?:${ABBREVIATED_WORDS}))\.(?=\s\p{Ll})`,
	String.raw`(?<=\d),(?=\d{3})`,
].join('|')})`;
/**
 * What opens a role in apposition: an article, an owner ("NASA's", "South Korea's"), or a capitalised title with no
 * article ("South Korean Foreign Minister"), which must then run to the comma in capitals.
 */
const ROLE_AFTER = new RegExp(
	String.raw`^(, | is )((?:a|an|the|(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}]*['’]s) ${ROLE_CHARACTER}{2,80}?` +
		String.raw`|(?:\p{Lu}[\p{L}-]*\s){1,3}\p{Lu}[\p{L}-]*)(?=(?!${ROLE_CHARACTER})[,.;])`,
	'u',
);

/** The role in an apposition after a name: "Ananta Bijoy Das, a 33-year-old blogger who advocated secularism, …". */
function roleAfter(body: string, end: number): TextRange | null {
	// "Das, a 33-year-old blogger, …", "Cho Tae-yul, South Korea's foreign minister, …" or "Saphina Ndali is a mother of two."
	const m = ROLE_AFTER.exec(body.slice(end, end + 90));
	if (!m) return null;
	const words = m[2]!.toLowerCase().split(/\s+/).slice(0, 7);
	if (!words.some((w) => ROLE_NOUNS.has(w.replace(/['’]s$/, '')))) return null;
	// A title in capitals with no article ends in its role word: "South Korean President", not the next item of a
	// list of names ("Gov. Kathy Hochul, Mayor Eric Adams, and …").
	if (/^\p{Lu}/u.test(m[2]!) && !/['’]s /.test(m[2]!) && !ROLE_NOUNS.has(words.at(-1)!)) return null;
	const start = end + m[1]!.length;
	return { start, end: start + headBeforeRelative(m[2]!).length };
}

/**
 * A role ends before a relative clause that says more of its holder: "a personal injury attorney" of "a personal
 * injury attorney who has been in the Legislature since 2011". Kept when only a bare person noun stands before it
 * ("the man who reported the car"), which alone says nothing of them.
 */
function headBeforeRelative(role: string): string {
	const relative = /\s(?:who|whose|whom|which|that)\s/.exec(role);
	if (!relative) return role;
	const head = role.slice(0, relative.index);
	const words = head.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
	return words.some((w) => ROLE_NOUNS.has(w) && !PERSON_NOUNS.has(w)) ? head : role;
}

/** "Tarrar" and "Tarar": the same word but for one letter written twice in one, inside the word. */
export function oneLetterDoubled(a: string, b: string): boolean {
	const [long, short] = a.length > b.length ? [a, b] : [b, a];
	if (long.length !== short.length + 1) return false;
	for (let i = 2; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
	return false;
}

/**
 * "Blumeuaer" and "Blumenauer": a long word misspelt by at most two letters dropped, added, changed or swapped side by
 * side, keeping its first three letters and its last.
 */
export function nearSpelling(a: string, b: string): boolean {
	if (a === b || Math.min(a.length, b.length) < 8 || a.slice(0, 3) !== b.slice(0, 3) || a.at(-1) !== b.at(-1)) return false;
	// The optimal string alignment distance, row by row.
	let before: number[] = [];
	let previous = [...Array(b.length + 1).keys()];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
		}
		[before, previous] = [previous, row];
	}
	return previous[b.length]! <= 2;
}

/** Whether a person is a woman (true) or a man (false) as the article shows it, by name and roles ("first lady"). */
function genderOfLocal(body: string, p: LocalEntity): boolean | null {
	const gender = genderOf([p.name, ...p.roles.map((r) => body.slice(r.start, r.end))]);
	return gender === null ? null : gender === 'f';
}

const AFTER_THE = /\bthe\s$/i;
/** A noun for a person: "woman", "witness". */
const isPersonNoun = (word: string) => ROLE_NOUNS.has(word) || PERSON_NOUNS.has(word);
/** The head noun of an apposition opening with "a" or "an" and closed by a comma: "…, a heavily mascaraed trans woman,". */
const APPOSED_HEAD = /^,\s+(?:a|an)\s+(?:[\p{L}\d'’-]+\s+){0,5}?([\p{L}\d-]+),/u;
/** What says the word after it is the name a person goes by: "only identified as", "who gave her name as", "a man named". */
const IDENTIFIED_AS = /\b(?:(?:identified|known)\s+(?:only\s+)?as|named|gave\s+(?:her|his|their)\s+(?:first\s+)?name\s+as)\s+$/i;

/** A one-word name met in a run, resolved once every full name is known; `titleWord`: a title that may be a surname ("Doctor says"). */
interface SingleName {
	words: Token[];
	titled: boolean;
	first: number;
	at: number;
	titleWord: boolean;
}

/** What every step of reading an article's names shares: its text and words, what is found so far, and how to add to it. */
interface NameReading {
	readonly body: string;
	readonly tokens: Token[];
	readonly entities: Map<string, LocalEntity>;
	readonly mentions: Mention[];
	readonly isSurname: (t: Token) => boolean;
	readonly classifyHere: (words: Token[]) => EntityKind | 'single' | null;
	readonly entity: (name: string, kind: EntityKind) => LocalEntity;
	readonly addRoles: (e: LocalEntity, firstIndex: number, lastIndex: number) => void;
}

/** What the reading of the capitalised runs knows of the article's words, and what it sets aside for the later steps. */
interface RunReading {
	readonly notNameHere: (t: Token) => boolean;
	readonly ordinary: (t: Token) => boolean;
	readonly portfolioAt: (k: number) => number;
	readonly speakingWords: Set<string>;
	readonly lowerWords: Set<string>;
	readonly alwaysAfterThe: (name: string) => boolean;
	readonly singles: SingleName[];
	readonly acronyms: Map<string, string>;
	readonly bodies: Map<string, TextRange[]>;
}

/**
 * The article's names: each capitalised run read as a name (or split, or passed over), then the one-word names resolved
 * against the full ones, the names of one person or body merged, and the aliases settled. Each step is its own function,
 * small enough for V8's optimising compiler to take on once and keep.
 */
export function findEntities(body: string): ArticleEntities {
	const tokens = tokenize(body);
	const reading = startReading(body, tokens);
	const runs = runReading(reading);
	const queue = capitalisedRuns(body, tokens);
	while (queue.length) {
		const parts = readRun(reading, runs, queue.shift()!);
		if (parts) queue.unshift(...parts);
	}
	const { entities, mentions } = reading;
	const persons = [...entities.values()].filter((e) => e.kind === 'person');
	const people = indexPeople(persons);
	// Two people share the name ("Lee Jae Myung", "Lee Jae-yong"): "President Lee" is the one of that title, and a
	// bare "Lee" the person the story opens with, if that is one of them; otherwise nobody in particular.
	const lede = mentions.find((m) => m.kind === 'person')?.name;
	const unnamed = resolveSingles(reading, runs.singles, people, persons, lede);
	const renamed = new Map<string, string>();
	mergeSamePeople(reading, persons, unnamed, renamed, lede);
	mergeSameBodies(reading, persons, renamed);
	settleMentions(reading, runs.bodies, renamed);
	addSurnameAliases(reading);
	nameHyphenatedStates(reading);
	leadersBodies(body, entities, mentions);
	mentions.sort((a, b) => a.start - b.start);
	return { entities, mentions, tokens };
}

/** Which capitalised words are surnames here, though they are ordinary words elsewhere ("Deal", "Islam", "He"). */
function surnameTest(body: string, tokens: Token[]): (t: Token) => boolean {
	// "Gov. Nathan Deal": after a title and a given name, a word that names no one elsewhere is a surname, here and alone
	// ("Deal said"); never a day or a month ("President Joe Biden Monday").
	const surnames = new Set(
		tokens
			.filter((t, k) => k >= 2 && t.cap && isTitle(tokens[k - 2]!) && isGivenName(tokens[k - 1]!) && NOT_NAME_WORDS.has(lower(t)))
			.filter((t) => ![...WEEKDAYS, ...MONTH_NAMES].includes(lower(t)))
			.map((t) => t.text),
	);
	// "Nahid Islam": a faith that is also a family name is a surname in a story that never writes it alone, and never
	// after an adjective ("Radical Islam", "Political Islam", "Shiite Islam", "Sunni Islam").
	const faiths = tokens.flatMap((t, k) => (t.cap && FAITHS_AS_NAMES.has(lower(t)) ? [k] : []));
	const afterName = (k: number) => {
		const before = tokens[k - 1];
		return (
			!!before?.cap &&
			body.slice(before.end, tokens[k]!.start) === ' ' &&
			!NOT_NAME_WORDS.has(lower(before)) &&
			!/(?:al|ic|ant|ate|ern|ist|ite|ive|ous)$/.test(before.text)
		);
	};
	if (faiths.length && faiths.every(afterName)) for (const k of faiths) surnames.add(tokens[k]!.text);
	for (const k of tokens.keys()) if (abbreviatedTitleAsSurname(body, tokens, k)) surnames.add(tokens[k]!.text);
	// "Vice Premier He Lifeng", "he and Vice Premier He would": no pronoun follows a title, so a pronoun's word written
	// with its capital right after one is a family name there (a sentence-opening "He" elsewhere is still the pronoun).
	const afterTitle = (t: Token, title: Token | undefined) =>
		!!title?.cap && isTitle(title) && !title.possessive && isOneSpace(body.slice(title.end, t.start));
	const namedAt = new Set(
		tokens
			.filter((t, k) => t.cap && PRONOUNS.has(lower(t)) && afterTitle(t, tokens[k - 1]))
			.map((t) => t.start),
	);
	return (t: Token) => surnames.has(t.text) || namedAt.has(t.start);
}

/** The article's name reading before any run is read: the tests of its words and the empty tables of what it finds. */
function startReading(body: string, tokens: Token[]): NameReading {
	const isSurname = surnameTest(body, tokens);
	// "LAS VEGAS —", "HAVANA, Cuba (AP) —": the town a dateline names is a place wherever the story writes it.
	// Not a town whose name someone in the story bears after a given name ("AUSTIN, Texas (AP) — … Lloyd Austin").
	const town = readDateline(body)?.town;
	const borne = (word: string) =>
		[...body.matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(word)}\\b`, 'gu'))].some((m) => isGivenNameWord(m[1]!));
	const title = town ? town.charAt(0) + town.slice(1).toLowerCase() : '';
	const dateline = town && (town.includes(' ') || !borne(title)) ? town.toLowerCase() : undefined;
	const classifyHere = (words: Token[]) =>
		dateline && words.map((w) => w.text).join(' ').toLowerCase() === dateline ? 'place' : classify(words, isSurname);
	const entities = new Map<string, LocalEntity>();
	const mentions: Mention[] = [];
	const entity = (name: string, kind: EntityKind): LocalEntity => {
		let e = entities.get(name);
		if (!e) entities.set(name, (e = { name, kind, aliases: new Set([name]), roles: [] }));
		return e;
	};
	const addRoles = (e: LocalEntity, firstIndex: number, lastIndex: number) => {
		const apposed = (role: TextRange | null) => role && appositionBeforeName(body, role, tokens[lastIndex]!.end);
		const before = roleBefore(body, tokens, firstIndex) ?? apposed(roleBeforeComma(body, tokens, firstIndex));
		// "Steenburgen's son, filmmaker Charlie McDowell": a relation set off by a comma before the role is his too; a
		// title there is someone else's ("invited by the German President, Sri Lanka's President Anura Kumara Disanayake").
		const relation = before && apposed(roleBeforeComma(body, tokens, firstAtOrAfter(tokens, before.start), false));
		const after = roleAfter(body, tokens[lastIndex]!.end);
		for (const role of [before, relation, after]) if (role && !e.roles.some((r) => r.start === role.start)) e.roles.push(role);
	};
	return { body, tokens, entities, mentions, isSurname, classifyHere, entity, addRoles };
}

/** The tests of the article's words that tell a run's name from the ordinary words around it. */
function runReading(reading: NameReading): RunReading {
	const { body, tokens, isSurname } = reading;
	const notNameHere = (t: Token) => NOT_NAME_WORDS.has(lower(t)) && !isSurname(t);
	// Every time the article writes the name, or its last word outside it ("the Sangh’s headquarters"), "the" is before it.
	// Once per name: a name is written many times.
	const alwaysAfterTheOf = new Map<string, boolean>();
	const alwaysAfterThe = (name: string) => {
		let always = alwaysAfterTheOf.get(name);
		if (always !== undefined) return always;
		const last = name.slice(name.lastIndexOf(' ') + 1);
		always = true;
		for (let at = body.indexOf(last); at >= 0 && always; at = body.indexOf(last, at + last.length)) {
			const from = body.startsWith(name, at + last.length - name.length) ? at + last.length - name.length : at;
			always = AFTER_THE.test(body.slice(Math.max(0, from - 4), from));
		}
		alwaysAfterTheOf.set(name, always);
		return always;
	};
	// Capitalised words right before a verb of saying ("Field told me"), other than at a sentence's start.
	const speakingWords = new Set(
		tokens
			.filter((t, k) => {
				const next = tokens[k + 1];
				return t.cap && k > 0 && next !== undefined && REPORTING_VERBS.has(lower(next)) && next.start - t.end === 1;
			})
			.map((t) => t.text),
	);
	// A capitalised sentence opener that the article also writes in lower case is an ordinary word ("Current …").
	const lowerWords = new Set<string>();
	for (const t of tokens) if (!t.cap) lowerWords.add(lower(t));
	// So is a participle opening a sentence ("Questioning Vindman, …", "Hosting Cook, …"), unless it names a city or is
	// capitalised mid-sentence too, as a name is ("Manning said …" after "Chelsea Manning").
	const midSentence = new Set(
		tokens.filter((t, i) => t.cap && i > 0 && !/[.!?:\n]["“‘'(]*\s*$/.test(body.slice(Math.max(0, t.start - 4), t.start))).map((t) => t.text),
	);
	const participle = (t: Token) => /^\p{Lu}\p{Ll}{3,}ing$/u.test(t.text) && !CITIES.has(lower(t)) && !midSentence.has(t.text);
	// "Added Toner, the former chairman: …": a verb of saying in the past opening a sentence is no name's first word ("Said"
	// may be a given name, so only a form in -ed).
	const sayingVerb = (t: Token) => /\p{Ll}ed$/u.test(t.text) && REPORTING_VERBS.has(lower(t));
	const ordinary = (t: Token) =>
		(lowerWords.has(lower(t)) || participle(t) || sayingVerb(t)) && /(?:^|[.!?:\n]["“‘'(]*\s*)$/.test(body.slice(Math.max(0, t.start - 4), t.start));
	/**
	 * Whether the token at `k` opens the words of a portfolio: 1 after a title and "of" ("Minister of …"), 2 after a
	 * title and "for" ("Minister for …") or after a portfolio's words and "and" ("Minister for Information and …"); else 0.
	 */
	const portfolioAt = (k: number): number => {
		let p = k - 1;
		const and = tokens[p]?.text === 'and';
		if (and) while (tokens[p - 1]?.cap) p--;
		const link = tokens[and ? p - 1 : p];
		const title = tokens[(and ? p - 1 : p) - 1];
		if (!link || !title || !/^(?:of|for)$/.test(link.text) || !isTitle(title) || (and && p === k - 1)) return 0;
		return link.text === 'of' && !and ? 1 : 2;
	};
	const singles: SingleName[] = [];
	const acronyms = new Map<string, string>();
	const bodies = new Map<string, TextRange[]>();
	return { notNameHere, ordinary, portfolioAt, speakingWords, lowerWords, alwaysAfterThe, singles, acronyms, bodies };
}

/**
 * One capitalised run: its ordinary words at either end trimmed off, then either the parts it splits into at a
 * connector (to be read in its place), or its name recorded; null when there is nothing more to read in it.
 */
function readRun(reading: NameReading, runs: RunReading, run: number[]): number[][] | null {
	const { body, tokens, classifyHere } = reading;
	const { notNameHere, ordinary, portfolioAt } = runs;
	const at = (k: number) => tokens[run[k]!]!;
	const span = (from: number, to: number) => run.slice(from, to).map((k) => tokens[k]!);
	let i = 0;
	// "New York Mayor Eric Adams": a word opening a place of two words stays.
	const opensPlace = (k: number) => k + 1 < run.length && CITIES.has(`${lower(at(k))} ${lower(at(k + 1))}`);
	// "Minister for Information and Broadcasting Attaullah Tarar": a gerund opening a portfolio's words is the portfolio's.
	const portfolioWord = (k: number) => k === 0 && portfolioAt(run[0]!) > 0 && /^\p{Lu}\p{Ll}{2,}ing$/u.test(at(k).text);
	while (i < run.length && !isTitle(at(i)) && !opensPlace(i) && (notNameHere(at(i)) || (i === 0 && (ordinary(at(i)) || portfolioWord(i))))) {
		if (NAME_ADJECTIVES.has(lower(at(i))) && ['organisation', 'place', 'country'].includes(classifyHere(span(i, run.length)) ?? '')) break;
		i++;
	}
	let j = run.length;
	// "China’s defence minister, Dong Jun,": a month's short form after a name, with no day after it, is a given name.
	const givenName = (t: Token) => j - 1 > i && MONTH_SHORT_FORMS.has(lower(t)) && !/^\.?\s*\d/.test(body.slice(t.end, t.end + 4));
	// "Amnesty International": a name adjective closing a body's name stays in it.
	const closesBody = (t: Token) => NAME_ADJECTIVES.has(lower(t)) && classifyHere(span(i, j)) === 'organisation';
	while (j > i && notNameHere(at(j - 1)) && !givenName(at(j - 1)) && !closesBody(at(j - 1))) j--;
	if (i >= j) return null;
	// "Minister of Natural Resources": a portfolio, not a person; so are two words after "for" ("Minister of State for
	// Climate Change") or after a portfolio and "and".
	const portfolio = (tokens[run[i]! - 1]?.text === 'of' && isTitle(tokens[run[i]! - 2] ?? at(i))) || (portfolioAt(run[i]!) > 1 && j - i <= 2);
	// "Secretary of State Mike Pompeo": the portfolio's title word is followed by a name, which is a person.
	const namedAfter = run
		.slice(i, Math.max(i, j - 2))
		.some((_, n) => isTitle(at(i + n)) && !isTitle(at(i + n + 1)) && classifyHere(span(i + n + 1, j)) === 'person');
	if (portfolio && !namedAfter && classifyHere(span(i, j)) === 'person') return null;
	// "Gyeongju APEC Summit", "Political Funds Control Law": the name of an event or a law, not of a person.
	if (j < run.length && EVENT_OR_LAW.has(lower(at(j))) && classifyHere(span(i, j)) === 'person') return null;
	// "analyst Ken Doctor": after a role, a given name and a title word are a person's name.
	const afterRole =
		j - i === 2 &&
		!isTitle(at(i)) &&
		isTitle(at(j - 1)) &&
		ROLE_NOUNS.has(tokens[run[i]! - 1]?.text ?? '') &&
		body.slice(tokens[run[i]! - 1]!.end, at(i).start) === ' ';
	const fullKind = afterRole ? 'person' : classifyHere(span(i, j));
	// "of", "for", "and" join the words of an organisation or place ("Association of Southeast Asian Nations"), nothing else.
	// A name particle is part of the name ("Mohammad bin Salman", "Ursula von der Leyen"), not a connector.
	const connector = run.slice(i, j).findIndex((k) => !tokens[k]!.cap && !PARTICLES.has(tokens[k]!.text)) + i;
	const head = connector > i ? classifyHere(span(i, connector)) : null;
	// "Japanese Communist Party and Komeito" are two; "Committee on Intelligence and Security" is one.
	const listsTwo = connector > i && at(connector).text === 'and' && ORGANISATION_WORDS.has(lower(at(connector - 1)));
	// "South African President Cyril Ramaphosa and Kenyan President William Ruto": a title before "and" names a person.
	const titledBefore = connector > i && at(connector).text === 'and' && run.slice(i, connector).some((k) => isTitle(tokens[k]!));
	// "Trump on Air Force One": one word no body is named by, then "on", is a name the phrase after it is about.
	const nameOn = connector > i && at(connector).text === 'on' && head === 'single' && !ORGANISATION_WORDS.has(lower(at(connector - 1)));
	const joins = (fullKind === 'organisation' || fullKind === 'place') && head !== 'person' && head !== 'country' && !listsTwo && !nameOn;
	// "Sen. Charles Hagel of Nebraska and Democratic Sen. Jack Reed": a title and a person's name on either side of a
	// connector are that person, not words of a place's or body's name, when the title opens its side or follows words
	// naming no place or body ("Republican Sen.", not "University of Texas President").
	const titledPerson = (from: number, to: number) =>
		run
			.slice(from, to - 1)
			.some(
				(k, n) =>
					isTitle(tokens[k]!) &&
					(n === 0 || classifyHere(span(from, from + n)) === null) &&
					classifyHere(span(from + n + 1, to)) === 'person',
			);
	const nextConnector = run.slice(connector + 1, j).findIndex((k) => !tokens[k]!.cap && !PARTICLES.has(tokens[k]!.text));
	const personNear = connector > i && (titledPerson(i, connector) || titledPerson(connector + 1, nextConnector < 0 ? j : connector + 1 + nextConnector));
	if (connector > i && (!joins || titledBefore || personNear)) {
		return [run.slice(0, connector), run.slice(connector + 1)];
	}
	recordName(reading, runs, run, i, j, fullKind);
	return null;
}

/** The name in words `i` to `j` of a run, once trimmed and whole: where it starts after its titles, its kind, its aliases. */
function recordName(reading: NameReading, runs: RunReading, run: number[], i: number, j: number, fullKind: EntityKind | 'single' | null): void {
	const { body, tokens, mentions, isSurname, classifyHere, entity, addRoles } = reading;
	const { speakingWords, lowerWords, alwaysAfterThe, singles, acronyms, bodies } = runs;
	const at = (k: number) => tokens[run[k]!]!;
	const span = (from: number, to: number) => run.slice(from, to).map((k) => tokens[k]!);
	// A title inside the run starts the name after it: "Reuters Editor-in-Chief Alessandra Galloni".
	let nameAt = -1;
	// So does a place after a role and its preposition: "China's ambassador to Britain Liu Xiaoming".
	// … or a city: "the Russian envoy to Colombo Levan S. Dzhagaryan".
	// "the Sri Lankan FM Sabry": a title word ("Sri") that begins a country's two-word name is part of the country.
	const countryWordsAt = (k: number) => {
		const pair = k + 1 < j ? `${lower(at(k))} ${lower(at(k + 1))}` : '';
		return COUNTRIES.has(pair) || DEMONYMS.has(pair) || CITIES.has(pair) ? 2 : isCountryWord(at(k)) ? 1 : 0;
	};
	const placeWords = countryWordsAt(i) || (CITIES.has(lower(at(i))) ? 1 : 0);
	const roleComplement = placeWords > 0 && /\b(?:to|of|in|for|from)\s$/.test(body.slice(Math.max(0, at(i).start - 6), at(i).start));
	for (let p = j - 3; p >= i; p--) {
		const title = isTitle(at(p)) && countryWordsAt(p) < 2;
		if ((title || (roleComplement && p === i + placeWords - 1)) && !isTitle(at(p + 1)) && classifyHere(span(p + 1, j)) === 'person') {
			nameAt = p + 1;
			break;
		}
	}
	let first = -1; // where a title starts, and with it an alias such as "Mr Obama"
	if (nameAt >= 0) first = run[i]!;
	else if (fullKind === 'organisation' || fullKind === 'place' || fullKind === 'country') nameAt = i;
	else {
		nameAt = i;
		while (nameAt < j) {
			const country = countryWordsAt(nameAt);
			const skip = isTitle(at(nameAt)) && country < 2 ? 1 : country && nameAt + country < j && isTitle(at(nameAt + country)) ? country : 0;
			if (!skip || nameAt + skip > j) break;
			if (first < 0) first = run[nameAt]!;
			nameAt += skip;
		}
	}
	// "Prince Andrew", "Queen Elizabeth II", "Pope Francis": a monarch's or pope's one name keeps the title it is known by
	// (not a "Crown Prince Mohammed", named in full elsewhere).
	const oneName = j - nameAt === 1 || (j - nameAt === 2 && /^[IVX]+$/.test(at(j - 1).text));
	const regnal = nameAt > i && REGNAL_TITLES.has(lower(at(nameAt - 1))) && (nameAt - 1 === i || !isTitle(at(nameAt - 2)));
	if (oneName && regnal) nameAt--;
	const titled = first >= 0;
	const words = span(nameAt, j);
	if (!words.length) {
		if (j - i === 1) singles.push({ words: [at(i)], titled: false, first: run[i]!, at: run[i]!, titleWord: true });
		return;
	}
	// "500 BC", "10 AM": letters after a number are a unit, not a name.
	if (words.length === 1 && /\d$/.test(body.slice(Math.max(0, words[0]!.start - 2), words[0]!.start).trim())) return;
	const classified = nameAt === i ? fullKind : classifyHere(words);
	// "a colleague named Leslie Field … Field told me": two words ending in a place word are a person when that last
	// word speaks alone and no "at" or "in" puts the two somewhere ("at Jackson Field").
	const surnameWord = words.at(-1)!;
	const speakingSurname =
		classified === 'place' &&
		words.length <= 2 &&
		PLACE_WORDS.has(lower(surnameWord)) &&
		speakingWords.has(surnameWord.text) &&
		!PLACE_PREPOSITION_BEFORE.test(body.slice(Math.max(0, words[0]!.start - 10), words[0]!.start));
	// "A befuddled Paris Hilton asked": a town's or country's name given to a person, before a surname that speaks.
	const placeAsGivenName =
		classified === null &&
		words.length === 2 &&
		['place', 'country'].includes(classify([words[0]!]) ?? '') &&
		classify([surnameWord], isSurname) === 'single' &&
		!lowerWords.has(lower(surnameWord)) &&
		speakingWords.has(surnameWord.text) &&
		!PLACE_PREPOSITION_BEFORE.test(body.slice(Math.max(0, words[0]!.start - 10), words[0]!.start));
	// "Space Launch System", "Fewest Steps": words the article also writes in lower case name a thing, not a person
	// (unless the first is a given name: "Bill Gates" in a story about a bill).
	// So does a name holding an acronym ("SLS Block").
	const ordinaryWords =
		classified === 'person' &&
		!isGivenName(words[0]!) &&
		// Not initials a title gives a person ("Chief Election Commissioner AMM Nasir Uddin").
		(words.every((w) => lowerWords.has(lower(w))) || (!titled && words.some((w) => /^\p{Lu}{3,}$/u.test(w.text))));
	// "the Rashtriya Swayamsevak Sangh", "the Lok Sabha": a name the article writes after "the" every time is a body's;
	// not one that opens with a given name or a family name written first ("the Deng Xiaoping commemorative marker").
	const personal = isGivenName(words[0]!) || FAMILY_NAMES_WRITTEN_FIRST.has(lower(words[0]!));
	const determined =
		classified === 'person' && !titled && !personal && words.length > 1 && alwaysAfterThe(written(body, words[0]!.start, words.at(-1)!.end));
	const kind =
		speakingSurname || placeAsGivenName ? (words.length === 1 ? 'single' : 'person') : ordinaryWords || determined ? 'organisation' : classified;
	if (!kind) return;
	// "5th District Court of Appeal", "1st Cavalry Division": an ordinal in figures is part of a body's name.
	const before = body.slice(Math.max(0, words[0]!.start - 6), words[0]!.start);
	const ordinal = kind === 'organisation' && nameAt === i ? /\b\d{1,3}(?:st|nd|rd|th) $/.exec(before) : null;
	// "the Prime Minister's Office", "the Attorney General's Office": a body's word alone after a title's possessive is
	// named with that title, not "Office" alone.
	const bareBodyWord = kind === 'organisation' && nameAt === 0 && words.every((w) => ORGANISATION_WORDS.has(lower(w)));
	const titleOwner = bareBodyWord ? titleOwnerAt(body, tokens, run[0]!) : -1;
	const start = titleOwner >= 0 ? tokens[titleOwner]!.start : words[0]!.start - (ordinal ? ordinal[0].length : 0);
	// "Jane Doe 102": a number after a placeholder surname tells one unnamed party to a suit from another.
	const numbered = kind === 'person' && PLACEHOLDER_SURNAMES.has(lower(words.at(-1)!)) ? /^ \d{1,4}\b/.exec(body.slice(words.at(-1)!.end)) : null;
	const end = words[words.length - 1]!.end - (words[words.length - 1]!.possessive ? 2 : 0) + (numbered?.[0].length ?? 0);
	if (kind === 'single') {
		singles.push({ words, titled, first: titled ? first : run[nameAt]!, at: run[nameAt]!, titleWord: false });
		return;
	}
	const text = written(body, start, end);
	// "Israel Defense Forces (IDF)": the acronym names the same organisation from then on.
	// 'Ferdinand "Bongbong" Marcos Jr.': a person is named without the nickname written inside the name, an alias.
	const nickname = kind === 'person' ? NICKNAME_INSIDE.exec(text) : null;
	const name = kind === 'country' ? COUNTRIES.get(text.toLowerCase())! : nickname ? text.replace(nickname[0], ' ') : (acronyms.get(text) ?? text);
	const acronym = /^ \((\p{Lu}[\p{Lu}\d]{1,5})\)/u.exec(body.slice(end, end + 10));
	if (acronym && kind !== 'person') acronyms.set(acronym[1]!, name);
	const e = entity(name, kind);
	if (name !== text) e.aliases.add(text);
	// "the Group of 20 (G20)": the acronym in brackets is the body's other name, though the article never uses it again.
	if (acronym && kind !== 'person') e.aliases.add(acronym[1]!);
	if (titled) e.aliases.add(written(body, tokens[first]!.start, end));
	if (nickname) e.aliases.add(nickname[1]!);
	// "Parliament's Joint Committee …", "China's Foreign Ministry": the owner belongs to the organisation's name.
	const owner = tokens[(titleOwner >= 0 ? titleOwner : run[0]!) - 1];
	if (kind === 'organisation' && nameAt === 0 && owner?.possessive && owner.cap && body.slice(owner.end, start) === ' ') {
		// "Sri Lanka’s Ministry of Foreign Affairs": a country's two-word name owns it whole.
		const before = tokens[run[0]! - 2];
		const pair = before && body.slice(before.end, owner.start) === ' ' ? `${before.text} ${owner.text}`.toLowerCase() : '';
		e.aliases.add(written(body, COUNTRIES.has(pair) ? before!.start : owner.start, end));
	}
	if (kind === 'person') addRoles(e, run[nameAt]!, run[j - 1]!);
	const bodyRole = kind === 'person' && !titled ? namesBody(body, tokens, run[nameAt]!, end) : null;
	if (bodyRole) bodies.set(name, [...(bodies.get(name) ?? []), ...(bodyRole.end > bodyRole.start ? [bodyRole] : [])]);
	mentions.push({ start, end, name, kind });
}

/** The people named in full, by the words a one-word name may be of theirs: the surname, the first word, a word inside. */
interface PeopleIndex {
	readonly byLastName: Map<string, LocalEntity[]>;
	readonly byFirstName: Map<string, LocalEntity[]>;
	readonly byInnerWord: Map<string, LocalEntity[]>;
	readonly add: (p: LocalEntity) => void;
}

// One-word names: a surname (or, as in Chinese names, a family name first) of a person named in full.
function indexPeople(persons: LocalEntity[]): PeopleIndex {
	const byLastName = new Map<string, LocalEntity[]>();
	const byFirstName = new Map<string, LocalEntity[]>();
	const byInnerWord = new Map<string, LocalEntity[]>();
	const index = (p: LocalEntity) => {
		const words = p.name.split(' ');
		const key = unaccented(lastName(p.name));
		byLastName.set(key, [...(byLastName.get(key) ?? []), p]);
		// "Omar al-Bashir" … "Bashir": an Arabic surname goes without its article too.
		const bare = key.replace(ARTICLE_PREFIX, '');
		if (bare !== key) byLastName.set(bare, [...(byLastName.get(bare) ?? []), p]);
		// A name of more words goes by its first only with "bin" or "ibn" after it ("Qaboos bin Said Al Said").
		if (words.length <= 3 || PATRONYMIC.test(words[1] ?? '')) byFirstName.set(words[0]!, [...(byFirstName.get(words[0]!) ?? []), p]);
		// "Luiz Inácio Lula da Silva" … "Lula", "Pedro Sánchez Pérez-Castejón" … "Sánchez": a name may go by a word inside it
		// that is no given name.
		const inner = words.slice(1, -1).filter((w) => !PARTICLES.has(w) && !MALE_GIVEN_NAMES.has(w.toLowerCase()) && !FEMALE_GIVEN_NAMES.has(w.toLowerCase()));
		// A nickname in quotation marks ("Joko “Jokowi” Widodo" … "Jokowi"), given name or not, goes without the marks.
		const nicknames = [...p.aliases].flatMap((a) => NICKNAME_INSIDE.exec(a)?.[1] ?? []);
		for (const w of [...inner, ...nicknames]) byInnerWord.set(w, [...(byInnerWord.get(w) ?? []), p]);
	};
	persons.forEach(index);
	return { byLastName, byFirstName, byInnerWord, add: index };
}

/** The last mention before `at` (and after `after`) of one of `people`. */
function nearestBefore(mentions: readonly Mention[], people: LocalEntity[], at: number, after: number): Mention | undefined {
	return mentions
		.filter((m) => m.start < at && m.start > after && people.some((p) => p.name === m.name))
		.reduce<Mention | undefined>((last, m) => (!last || m.start > last.start ? m : last), undefined);
}

/** Which of `people`, who share a name, the name written at `at` (after `title`, if any) is; `lede`: who the story opens with. */
function mostSalient(reading: NameReading, lede: string | undefined, people: LocalEntity[], title: string, at: number): LocalEntity | undefined {
	const { body, mentions } = reading;
	// "Adv Tšosane" is the one called "Advocate …": an abbreviated title is the start of the full one.
	const short = title.trim().replace(/\.$/, '');
	const carries = (alias: string) => alias.startsWith(title) || (short.length >= 3 && (alias.split(' ')[0] ?? '').startsWith(short));
	const titled = title ? people.filter((p) => [...p.aliases].some(carries)) : [];
	if (titled.length === 1) return titled[0];
	// "Kim Kye Gwan … Kim said": the one named most recently in this paragraph or the one before, unless another is
	// far more salient (named more than twice as often so far: "Lee" after "President Lee …, Lee …, Lee …" and a list
	// naming Samsung's Lee Jae-yong).
	const paragraphStart = paragraphBeforeStart(body, at);
	const counts = new Map(people.map((p) => [p.name, 0]));
	for (const m of mentions) if (m.start < at && counts.has(m.name)) counts.set(m.name, counts.get(m.name)! + 1);
	const count = (p: LocalEntity) => counts.get(p.name)!;
	const most = Math.max(...counts.values());
	// Someone introduced in the paragraph before as another's relation ("his daughter, Ariel Van Spronsen, said …") is
	// part of that person's story; in the same paragraph, the relative just introduced is the one meant.
	const relation = (m: Mention) => /\b(?:his|her|their)\s+[\w-]+,?\s*$/i.test(body.slice(Math.max(0, m.start - 30), m.start));
	const last = nearestBefore(mentions, people, at, paragraphStart);
	const aside = !!last && relation(last) && last.start < body.lastIndexOf('\n\n', at);
	const recent = aside ? undefined : people.find((p) => p.name === last?.name);
	// "…," says Zhang Shiyao, a PhD student …. "…," says Zhang.': someone just introduced with a description is the one
	// the surname goes on with, however often another of that name was named before.
	const introduced = !!last && /^,\s+(?:a|an)\s/.test(body.slice(last.end, last.end + 5));
	// "said Castile" … "Philando Castile was 32" … "Castile heads": the surname that stood alone for the one person of
	// that name named so far goes on meaning that one, not someone named since in full only, with no role to act in.
	const word = body.slice(at, at + 40).split(/[^\p{L}'’-]/u)[0];
	// Once per person: each is asked about for every other.
	const firstNamed = onceEach((p: LocalEntity) => Math.min(...mentions.filter((m) => m.name === p.name).map((m) => m.start)));
	const calledAlone = people.filter((p) => {
		const othersNamed = Math.min(...people.filter((o) => o !== p).map(firstNamed));
		return mentions.some((m) => m.name === p.name && m.start < Math.min(at, othersNamed) && body.slice(m.start, m.end) === word);
	});
	if (recent && !introduced && recent.roles.length === 0 && calledAlone.length === 1 && calledAlone[0] !== recent) return calledAlone[0];
	if (recent && (2 * count(recent) >= most || introduced)) return recent;
	// Otherwise the most salient; between equals, the person the story opens with, else the one named last.
	const salient = people.filter((p) => count(p) === most);
	return salient.find((p) => p.name === lede) ?? salient.find((p) => p.name === nearestBefore(mentions, salient, at, -1)?.name);
}

/** What the resolving of one-word names knows of them all, and of the people named in full. */
interface SinglesReading {
	readonly people: PeopleIndex;
	readonly persons: LocalEntity[];
	readonly lede: string | undefined;
	readonly honorificOf: (single: SingleName) => string | null;
	readonly gendersOf: Map<string, Set<boolean>>;
	readonly unnamedOf: Map<string, boolean>;
	readonly unnamed: Set<LocalEntity>;
	readonly speaksAt: (at: number) => boolean;
	readonly namedAlone: Set<string>;
	readonly bodyWords: Set<string>;
	readonly spokenFor: Set<string>;
}

/** Every one-word name resolved to a person named in full, one never named in full, a body, or no one; returns those never named in full. */
function resolveSingles(reading: NameReading, singles: SingleName[], people: PeopleIndex, persons: LocalEntity[], lede: string | undefined): Set<LocalEntity> {
	const { body, tokens, mentions } = reading;
	const { byLastName } = people;
	// "Mr Wong" and "Mrs Wong" in one story are a couple, not one person, nor anyone named in full elsewhere.
	const honorificOf = (single: SingleName) => {
		const word = single.titled ? lower(tokens[single.first]!) : '';
		return HONORIFICS.has(word) && (FEMALE.has(word) || MALE.has(word)) ? tokens[single.first]!.text.replace(/\.$/, '') : null;
	};
	const gendersOf = new Map<string, Set<boolean>>();
	for (const single of singles) {
		const honorific = honorificOf(single);
		if (honorific) gendersOf.set(single.words[0]!.text, (gendersOf.get(single.words[0]!.text) ?? new Set()).add(FEMALE.has(honorific.toLowerCase())));
	}
	// "first lady Melania Trump" … "Mrs. Trump" … "Mr. Trump": where everyone named in full with the surname is of one
	// gender and an honorific of the other is used too, that one is someone the story never names in full, and the
	// surname alone or with a title they do not carry ("President Trump") is that person, never the one named in full.
	const unnamedOf = new Map<string, boolean>(); // surname → whether the person never named in full is a woman
	for (const [written, genders] of gendersOf) {
		const named = byLastName.get(unaccented(written)) ?? [];
		const known = new Set(named.map((p) => genderOfLocal(body, p)));
		if (genders.size === 2 && named.length && known.size === 1 && !known.has(null)) unnamedOf.set(written, !known.has(true));
	}
	const unnamed = new Set<LocalEntity>();
	/** "Trump responded": a one-word name right before a verb of saying. */
	const speaksAt = (at: number) => {
		const next = tokens[at + 1];
		return next !== undefined && REPORTING_VERBS.has(lower(next)) && next.start - tokens[at]!.end === 1;
	};
	// "Trump offered …" before "Trump responded": a one-word name the story gives a title or a verb of saying
	// somewhere is that person wherever it stands alone.
	// So is one the story says a person goes by: "A witness, only identified as Christine, describes …".
	// Only of a person: "A witness, only identified as Christine", not "a drug known as Molly" or "the storm, known as Helene".
	const identifiedAs = (s: SingleName) => {
		const before = body.slice(Math.max(0, s.words[0]!.start - 60), s.words[0]!.start);
		const said = IDENTIFIED_AS.exec(before);
		if (!said) return false;
		if (/^gave/i.test(said[0])) return true;
		// "a man named Ralph": the noun right before "named".
		const head = before.slice(0, said.index);
		const noun = /^named/i.test(said[0]) ? /([\p{L}\d-]+)\s+$/u.exec(head) : /([\p{L}-]+)\W+(?:\w+\s+){0,3}$/u.exec(head);
		return !!noun && isPersonNoun(noun[1]!.toLowerCase());
	};
	// "Vanessa, a heavily mascaraed trans woman, came": a given name set off by an apposition whose head is a person's noun.
	const apposedAsPerson = (s: SingleName) => {
		const head = APPOSED_HEAD.exec(body.slice(s.words[0]!.end, s.words[0]!.end + 100))?.[1]!.toLowerCase();
		return !!head && isGivenName(s.words[0]!) && isPersonNoun(head);
	};
	const namedAlone = new Set(
		singles
			.filter((s) => (s.titled || speaksAt(s.at) || identifiedAs(s) || apposedAsPerson(s)) && !s.titleWord && !GENERIC_SPEAKERS.has(lower(s.words[0]!)))
			.map((s) => s.words[0]!.text),
	);
	// "Marc Cooper of the Nation said": one word written after "the" wherever it stands alone names a body; no one goes
	// by "the" and a name.
	const afterThe = (s: SingleName) => !s.titled && /\b[Tt]he $/.test(body.slice(s.words[0]!.start - 4, s.words[0]!.start));
	const bodyWords = new Set(
		singles.filter(afterThe).map((s) => s.words[0]!.text).filter((w) => singles.every((s) => s.words[0]!.text !== w || afterThe(s))),
	);
	// "said a spokesperson for Chevron": one word someone speaks for, whom the article names nowhere as a person, is a body;
	// so is one cited in brackets after a quotation ("“impossible not to celebrate” (Variety)"), a role's word written
	// with a capital inside a sentence before a document it wrote ("A December 6 Economist article said"), and one
	// before the kind of body it names ("Netanyahu's Likud party").
	const spokenFor = new Set(
		singles
			.filter((s) => {
				const { start, end } = s.words[0]!;
				const role = ROLE_FOR_BODY_BEFORE.exec(body.slice(Math.max(0, start - 40), start))?.[1]!.toLowerCase() ?? '';
				const next = tokens[s.at + 1];
				const writes = !!s.titleWord && !!next && !next.cap && DOCUMENT_NOUNS.has(next.bare) && body.slice(end, next.start) === ' ';
				const inside = /[\p{L}\d,]\s+$/u.test(body.slice(Math.max(0, start - 3), start));
				// "an Amazon spokesperson": the body's name right before the role of one who speaks for it.
				const speaker =
					!!next && SPOKESPEOPLE.has(next.bare) && body.slice(end, next.start) === ' ' && /\b(?:an?|one|the)\s+$/i.test(body.slice(start - 5, start));
				const kind = !!next && !next.cap && KINDS_AFTER_NAME.has(next.bare) && body.slice(end, next.start) === ' ';
				return !s.titled && (SPOKESPEOPLE.has(role) || speaker || kind || citedAfterQuote(body, start, end) || (writes && inside));
			})
			.map((s) => s.words[0]!.text),
	);
	// "BP, Chevron, Eni, Repsol and Shell": one word listed with a body is a body.
	const bodyAt = new Set(mentions.filter((m) => m.kind === 'organisation').map((m) => m.start));
	const bodyToken = (t: Token) => bodyAt.has(t.start) || spokenFor.has(t.text);
	for (const s of singles) if (!s.titled && listedWithBody(body, tokens, s.at, bodyToken)) spokenFor.add(s.words[0]!.text);
	const resolving: SinglesReading = { people, persons, lede, honorificOf, gendersOf, unnamedOf, unnamed, speaksAt, namedAlone, bodyWords, spokenFor };
	for (const single of singles) resolveSingle(reading, resolving, single);
	return unnamed;
}

/** One one-word name: whose it is, recorded as a mention of that person or body, or of no one. */
function resolveSingle(reading: NameReading, resolving: SinglesReading, single: SingleName): void {
	const { body, tokens, entities, mentions, entity, addRoles } = reading;
	const { people, persons, lede, honorificOf, gendersOf, unnamedOf, unnamed, speaksAt, namedAlone, bodyWords, spokenFor } = resolving;
	const { byLastName, byFirstName, byInnerWord, add: index } = people;
	const { words, titled, first, at, titleWord } = single;
	const t = words[0]!;
	const honorific = honorificOf(single);
	const female = honorific ? FEMALE.has(honorific.toLowerCase()) : null;
	const other = unnamedOf.get(t.text);
	// The mention runs from its title, if any, to the name without a possessive "'s".
	const from = tokens[first]!.start;
	const end = t.end - (t.possessive ? 2 : 0);
	const sharing = byLastName.get(unaccented(t.text)) ?? [];
	if (other !== undefined) {
		const title = titled ? body.slice(from, t.start).trim() : '';
		const labels = (p: LocalEntity) => [...p.aliases, ...p.roles.map((r) => body.slice(r.start, r.end))];
		const carried = title && !honorific && sharing.some((p) => labels(p).some((a) => a.includes(title)));
		if (female !== null ? female === other : !carried) {
			const e = entity(t.text, 'person');
			unnamed.add(e);
			e.aliases.add(written(body, from, end));
			addRoles(e, at, at);
			mentions.push({ start: t.start, end, name: e.name, kind: 'person' });
			return;
		}
	}
	// "Philip Simons" and "Ninette Simons" named in full, then "Mr Simons", "Mrs Simons": the one of the honorific's gender.
	// Only when the gender of everyone of that surname is known.
	// With "Mr" and "Mrs" both used and two people of the surname, one of known gender, the other is of the other.
	const shown = female !== null && sharing.length > 1 ? sharing.map((p) => genderOfLocal(body, p)) : [];
	const known = shown.filter((g) => g !== null);
	const couple = gendersOf.get(t.text)?.size === 2 && shown.length === 2 && known.length === 1;
	const genders = couple ? shown.map((g) => g ?? !known[0]) : shown;
	const ofGender = genders.includes(null) ? [] : sharing.filter((_, k) => genders[k] === female);
	if (other === undefined && ofGender.length === 1) {
		const person = ofGender[0]!;
		person.aliases.add(written(body, from, end));
		mentions.push({ start: from, end, name: person.name, kind: 'person' });
		return;
	}
	if (honorific && gendersOf.get(t.text)!.size === 2 && other === undefined) {
		const e = entity(`${honorific} ${t.text}`, 'person');
		addRoles(e, at, at);
		mentions.push({ start: from, end, name: e.name, kind: 'person' });
		return;
	}
	const byLast = bySurname(sharing, t.text);
	// "Lee" is also the family name written first of a three-word name ("Lee Jae Myung" beside "Lee Jae-yong").
	// So is the family name of a two-word name that opens with one ("Zhang Rui" beside "Weixi Zhang").
	const familyFirst = (byFirstName.get(t.text) ?? []).filter(
		(p) => (p.name.split(' ').length === 3 || FAMILY_NAMES_WRITTEN_FIRST.has(t.text.toLowerCase())) && !byLast.includes(p),
	);
	// A given name alone is someone already named in full, not a person the story introduces later.
	const introduced = (p: LocalEntity) => mentions.some((m) => m.name === p.name && m.start < t.start);
	const byWord = byFirstName.get(t.text) ?? byInnerWord.get(t.text) ?? [];
	const candidates = byLast.length ? [...byLast, ...familyFirst] : byWord.filter(introduced);
	const title = titled ? body.slice(from, t.start) : '';
	const match = candidates.length === 1 ? candidates[0] : mostSalient(reading, lede, candidates, title, t.start);
	const speaks = speaksAt(at);
	// "Fox reported" after "Fox News": the first word of exactly one organisation's name, for no one named in full.
	const organisation = !match && !titled ? [...entities.values()].filter((e) => e.kind === 'organisation' && e.name.startsWith(`${t.text} `)) : [];
	if (organisation.length === 1 && speaks) {
		organisation[0]!.aliases.add(t.text);
		mentions.push({ start: t.start, end, name: organisation[0]!.name, kind: 'organisation' });
		return;
	}
	if (!match && !titled && spokenFor.has(t.text) && !GENERIC_SPEAKERS.has(lower(t)) && !(titleWord && !/^\s\p{Ll}/u.test(body.slice(t.end, t.end + 2)))) {
		mentions.push({ start: t.start, end, name: entity(t.text, 'organisation').name, kind: 'organisation' });
		return;
	}
	// "Others reported …", "Critics say …": a sentence-opening generic noun is nobody's name.
	if (!match && ((!titled && !speaks && !namedAlone.has(t.text)) || titleWord || GENERIC_SPEAKERS.has(lower(t)))) return;
	if (!match && !titled && bodyWords.has(t.text)) {
		const organisation = entity(t.text, 'organisation');
		mentions.push({ start: t.start, end, name: organisation.name, kind: 'organisation' });
		return;
	}
	const e = match ?? entity(t.text, 'person');
	if (!match && !persons.includes(e)) {
		persons.push(e);
		index(e);
	}
	e.aliases.add(t.text);
	e.aliases.add(written(body, from, end));
	addRoles(e, at, at);
	mentions.push({ start: t.start, end, name: e.name, kind: 'person' });
}

/** `short` is `full`: its aliases and roles go to it, and its mentions will be renamed. */
function merge(reading: NameReading, renamed: Map<string, string>, short: LocalEntity, full: LocalEntity): void {
	const { entities } = reading;
	for (const alias of short.aliases) full.aliases.add(alias);
	full.roles.push(...short.roles);
	entities.delete(short.name);
	renamed.set(short.name, full.name);
}

/** "Van Spronsen" in a story about Willem and Ariel Van Spronsen: each mention is the one `pick` says it points to. */
function shareOut(reading: NameReading, short: LocalEntity, pick: (at: number) => LocalEntity | undefined): void {
	const { entities, mentions } = reading;
	const own = mentions.filter((m) => m.name === short.name);
	for (const m of own) {
		const person = pick(m.start);
		if (!person) continue;
		m.name = person.name;
		for (const alias of short.aliases) person.aliases.add(alias);
	}
	if (own.every((m) => m.name !== short.name)) entities.delete(short.name);
}

// A person first met by surname alone ("President Biden", "Abu Amer") and later in full ("Joe Biden") is one person.
function mergeSamePeople(
	reading: NameReading,
	persons: LocalEntity[],
	unnamed: Set<LocalEntity>,
	renamed: Map<string, string>,
	lede: string | undefined,
): void {
	const { body, entities, mentions, entity } = reading;
	for (const single of persons.filter((p) => (!p.name.includes(' ') || PARTICLES.has(p.name.split(' ')[0]!.toLowerCase())) && !unnamed.has(p))) {
		const full = bySurname(
			persons.filter((p) => p.name.endsWith(` ${single.name}`) && entities.has(p.name)),
			single.name,
		);
		if (full.length === 1) merge(reading, renamed, single, full[0]!);
		else if (full.length > 1) shareOut(reading, single, (at) => mostSalient(reading, lede, full, '', at));
	}
	// "Tarrar said" in a story that named "Attaullah Tarar": a surname no one named in full carries, written with one letter
	// doubled or undoubled, or a long one misspelt ("Blumeuaer" for "Blumenauer"), is the one person whose surname it
	// then is, when no one else has a surname like it.
	const alike = (a: string, b: string) => oneLetterDoubled(a, b) || nearSpelling(a, b);
	for (const single of persons.filter((p) => !p.name.includes(' ') && entities.has(p.name) && p.name.length >= 5)) {
		const full = persons.filter((p) => p.name.includes(' ') && entities.has(p.name) && alike(lastName(p.name), single.name));
		const named = new Set(persons.filter((p) => p.name.includes(' ') && entities.has(p.name)).map((p) => lastName(p.name)));
		if (full.length === 1 && !named.has(single.name)) merge(reading, renamed, single, full[0]!);
	}
	// "John Lee" beside "John Lee Ka-chiu": an English name written before a Chinese one, used without it.
	for (const short of persons.filter((p) => p.name.includes(' ') && entities.has(p.name))) {
		const full = persons.filter(
			(p) => entities.has(p.name) && p.name.startsWith(`${short.name} `) && GIVEN_NAME_AFTER.test(p.name.slice(short.name.length + 1)),
		);
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
	// "Sheikh Sabah Al-Khaled" beside "Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah": a name without the chain of
	// ancestors' and family names after it, each opened by a particle ("Al-Hamad", "bin Hamad", "Al Thani").
	for (const short of persons.filter((p) => p.name.includes(' ') && entities.has(p.name))) {
		const full = persons.filter((p) => entities.has(p.name) && p.name.startsWith(`${short.name} `) && lineage(p.name.slice(short.name.length + 1)));
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
	// "Kathleen Carley" beside "Kathleen M. Carley": the same name without its middle initials, when only one has them
	// (not a generational suffix: "Donald Trump Jr." is another person).
	const withoutInitials = (name: string) =>
		name
			.split(' ')
			.filter((w, i, all) => i === 0 || i === all.length - 1 || !/^\p{Lu}\.$/u.test(w))
			.join(' ');
	for (const short of persons.filter((p) => p.name.includes(' ') && entities.has(p.name))) {
		const full = persons.filter((p) => p !== short && entities.has(p.name) && withoutInitials(p.name) === short.name);
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
	// "Eriksson Ek" after "Joel Eriksson Ek": a double surname is the person whose full name ends with it, unless the
	// two meet in one sentence ("Ana Maria Lopez met Maria Lopez").
	// A paragraph ends a sentence too, after a name whose own full stop closes it ("…, said Trump Jr.").
	const sameSentence = (a: Mention, b: Mention) => !/[.!?\n]/.test(body.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
	for (const short of persons.filter((p) => p.name.includes(' ') && entities.has(p.name))) {
		const full = persons.filter((p) => p.name.endsWith(` ${short.name}`) && entities.has(p.name));
		const own = (name: string) => mentions.filter((m) => m.name === name);
		if (full.length === 1 && !own(short.name).some((a) => own(full[0]!.name).some((b) => sameSentence(a, b)))) merge(reading, renamed, short, full[0]!);
	}
	// "Speaking to the Daily Mail Lacerda claimed": after "the", words that are no given name and end in the surname of
	// exactly one person named in full, who goes by it alone elsewhere, are a body's name run into that surname.
	const alone = (p: LocalEntity, word: string) => mentions.some((m) => m.name === p.name && body.slice(m.start, m.end) === word);
	for (const joined of persons.filter((p) => entities.has(p.name) && p.name.includes(' '))) {
		const own = mentions.filter((m) => m.name === joined.name);
		const words = joined.name.split(' ');
		const owner = words.slice(0, -1).join(' ');
		const full = persons.filter(
			(p) => p !== joined && entities.has(p.name) && p.name.includes(' ') && lastName(p.name) === words.at(-1) && alone(p, words.at(-1)!),
		);
		const givenName = words.slice(0, -1).some((w) => MALE_GIVEN_NAMES.has(w.toLowerCase()) || FEMALE_GIVEN_NAMES.has(w.toLowerCase()));
		if (full.length !== 1 || givenName || !own.length || !own.every((m) => /\bthe $/i.test(body.slice(m.start - 4, m.start)))) continue;
		const person = full[0]!;
		entities.delete(joined.name);
		const outlet = entity(owner, 'organisation');
		for (const m of own) {
			mentions.push({ start: m.start, end: m.start + owner.length, name: outlet.name, kind: 'organisation' });
			[m.start, m.name] = [m.start + owner.length + 1, person.name];
		}
		person.aliases.add(words.at(-1)!);
	}
}

/** A body named in short (an acronym, a word of its name, initials) is the one body or person named in full so. */
function mergeSameBodies(reading: NameReading, persons: LocalEntity[], renamed: Map<string, string>): void {
	const { body, entities, mentions } = reading;
	// "LDP" after "Liberal Democratic Party": an acronym of the capitals of exactly one organisation's name.
	const organisations = [...entities.values()].filter((e) => e.kind === 'organisation' && e.name.includes(' '));
	for (const short of [...entities.values()].filter((e) => e.kind === 'organisation' && isAcronym(e.name))) {
		const letters = short.name.replace(/\./g, '');
		const full = organisations.filter(
			(o) =>
				o.name
					.split(/[\s-]+/)
					.filter((w) => /^\p{Lu}/u.test(w))
					.map((w) => w[0])
					.join('') === letters,
		);
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
	// "the Dole Institute" beside "the Dole Institute of Politics": a body's name cut before its "of" is that body, when
	// exactly one body's name so continues it.
	for (const short of organisations.filter((o) => entities.has(o.name))) {
		const full = organisations.filter((o) => o !== short && entities.has(o.name) && o.name.startsWith(`${short.name} of `));
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
	// "MBS" after "Mohammad bin Salman": the initials of exactly one person named in full, particles included.
	const initials = (name: string) =>
		name
			.split(/[\s-]+/)
			.map((w) => w[0]!.toUpperCase())
			.join('');
	for (const short of [...entities.values()].filter((e) => e.kind === 'organisation' && /^\p{Lu}{3,4}$/u.test(e.name))) {
		const full = persons.filter((p) => entities.has(p.name) && p.name.split(' ').length >= 3 && initials(p.name) === short.name);
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
	// "the CEC" after "Chief Election Commissioner AMM Nasir Uddin": the initials of the title exactly one person is named with.
	const titleInitials = (p: LocalEntity) =>
		[...p.aliases]
			.filter((a) => a.endsWith(` ${p.name}`))
			.map((a) =>
				a
					.slice(0, -p.name.length - 1)
					.split(/\s+/)
					.filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
					.map((w) => w[0])
					.join(''),
			);
	for (const short of [...entities.values()].filter((e) => e.kind === 'organisation' && /^\p{Lu}{3,5}$/u.test(e.name))) {
		const full = persons.filter((p) => entities.has(p.name) && titleInitials(p).includes(short.name));
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
	// "the Times" after "The New York Times": a one-word body that ends exactly one longer body's name; where several
	// end with it (the Financial Times too), the one named last in its paragraph or the one before.
	for (const short of [...entities.values()].filter((e) => e.kind === 'organisation' && !e.name.includes(' ') && !isAcronym(e.name))) {
		const full = organisations.filter((o) => entities.has(o.name) && o.name.endsWith(` ${short.name}`));
		const namedLast = (at: number) => full.find((o) => o.name === nearestBefore(mentions, full, at, paragraphBeforeStart(body, at))?.name);
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
		else if (full.length > 1) shareOut(reading, short, namedLast);
	}
	// "Infineon’s spokesperson" after "the German Infineon Technologies": a firm goes by its name without the word that
	// closes it, when exactly one firm's name so ends; a single word read as a surname is that firm.
	const firmName = (o: LocalEntity, short: string) => {
		const words = o.name.split(' ');
		return words.length >= 2 && words.at(-2) === short && FIRM_SUFFIXES.has(words.at(-1)!.toLowerCase());
	};
	const singleWords = [...entities.values()].filter((e) => (e.kind === 'organisation' || e.kind === 'person') && !e.name.includes(' ') && !isAcronym(e.name));
	for (const short of singleWords) {
		const full = organisations.filter((o) => entities.has(o.name) && firmName(o, short.name));
		if (full.length === 1) merge(reading, renamed, short, full[0]!);
	}
}

/** Every mention under its final name, and of its entity's final kind. */
function settleMentions(reading: NameReading, bodies: Map<string, TextRange[]>, renamed: Map<string, string>): void {
	const { entities, mentions } = reading;
	// "the state newspaper Rodong Sinmun": a name the article sets after a body's word is a body's throughout.
	for (const [name, roles] of bodies) {
		const e = entities.get(name);
		if (e?.kind === 'person') [e.kind, e.roles] = ['organisation', roles];
	}
	const finalName = (name: string): string => (renamed.has(name) ? finalName(renamed.get(name)!) : name);
	for (const m of mentions) {
		m.name = finalName(m.name);
		// "MBS" was read as a body until it was found to be a person's initials.
		if (entities.get(m.name)?.kind === 'person') m.kind = 'person';
		if ((bodies.has(m.name) || m.kind === 'person') && entities.get(m.name)?.kind === 'organisation') m.kind = 'organisation';
	}
}

/** Each person named in full goes by the surname alone too, where that is the surname and no one else's. */
function addSurnameAliases(reading: NameReading): void {
	const { body, entities, mentions } = reading;
	// The surname alone is an alias, unless the article calls the person by the first word of the name ("Xi" of "Xi
	// Jinping"): that is the family name, and the last word a given name, an alias only where the article uses it alone.
	// Nor where the article writes a longer surname alone ("López Obrador" of "Andrés Manuel López Obrador": not "Obrador").
	const longerSurname = (e: LocalEntity) => [...e.aliases].some((a) => a.includes(' ') && a !== e.name && e.name.endsWith(` ${a}`));
	// A surname several people of the article share is an alias only of those it calls by it alone, when it calls any so
	// ("Trump" of Donald Trump, not of Melania Trump named once in full).
	const fullyNamed = [...entities.values()].filter((e) => e.kind === 'person' && e.name.includes(' '));
	const calledAlone = new Set(mentions.filter((m) => m.kind === 'person').map((m) => `${m.name}|${written(body, m.start, m.end)}`));
	const isCalled = (e: LocalEntity, alone: string) => calledAlone.has(`${e.name}|${alone}`);
	const aliasOf = (e: LocalEntity, alone: string) =>
		isCalled(e, alone) || !fullyNamed.some((other) => surname(other.name) === alone && isCalled(other, alone));
	for (const e of fullyNamed) {
		const alone = surname(e.name);
		if (!e.aliases.has(e.name.split(' ')[0]!) && !longerSurname(e) && aliasOf(e, alone)) e.aliases.add(alone);
	}
}

/** "Russia-Ukraine-US talks": states joined by hyphens in one word are each named. */
function nameHyphenatedStates(reading: NameReading): void {
	const { tokens, entity, mentions } = reading;
	for (const t of tokens) {
		if (!t.cap || !t.text.includes('-')) continue;
		const parts = [...t.text.matchAll(/[^-]+/g)];
		const states = parts.map((p) => COUNTRIES.get(p[0].toLowerCase()));
		if (parts.length < 2 || !states.every((s) => s !== undefined)) continue;
		for (const [k, part] of parts.entries()) {
			entity(states[k]!, 'country').aliases.add(part[0]);
			mentions.push({ start: t.start + part.index, end: t.start + part.index + part[0].length, name: states[k]!, kind: 'country' });
		}
	}
}

/** What joins the items of a list: ", ", " and ", ", and ", " or ". */
const LIST_JOINT = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/** Whether the one-word item at token `at` of a list of one-word names has a neighbour in the list that `namesBody`. */
function listedWithBody(body: string, tokens: Token[], at: number, namesBody: (t: Token) => boolean): boolean {
	const item = (k: number) => tokens[k]?.cap && !tokens[k]!.possessive;
	const joined = (k: number) => item(k) && item(k + 1) && LIST_JOINT.test(body.slice(tokens[k]!.end, tokens[k + 1]!.start));
	const items: number[] = [];
	for (let k = at; k > 0 && joined(k - 1) && items.length < 8; k--) items.push(k - 1);
	for (let k = at; joined(k) && items.length < 8; k++) items.push(k + 1);
	return items.length >= 2 && items.some((k) => namesBody(tokens[k]!));
}

/** "the Trump administration", "a Trump transition team note": a person's name, then a body the person leads; not its owner's "'s". */
const LEADERS_BODY = new RegExp(String.raw`^\s(${alternation(LEADERS_BODIES)})\b(?!['’])`);

/**
 * "the Trump administration said", "a Trump administration media note": a person's name before the word of a body they
 * lead, after an article, names that body ("Trump administration") where it speaks.
 */
function leadersBodies(body: string, entities: Map<string, LocalEntity>, mentions: Mention[]): void {
	for (const m of mentions) {
		const led =
			m.kind === 'person' && /\b(?:the|a|an)\s+$/i.test(body.slice(Math.max(0, m.start - 4), m.start)) ? LEADERS_BODY.exec(body.slice(m.end)) : null;
		// Only where it speaks: before a verb of saying or a document ("the Trump administration said", "media note");
		// elsewhere ("talks with the Obama administration") the person is named.
		const after = /^(?:\s+\p{Ll}+){1,3}/u.exec(body.slice(m.end + (led?.[0].length ?? 0), m.end + 60))?.[0].trim().split(/\s+/) ?? [];
		if (!led || !after.some((w) => REPORTING_VERBS.has(w) || DOCUMENT_NOUNS.has(w))) continue;
		const name = `${body.slice(m.start, m.end)} ${led[1]}`;
		if (!entities.has(name)) entities.set(name, { name, kind: 'organisation', aliases: new Set([name]), roles: [] });
		Object.assign(m, { end: m.end + led[0].length, name, kind: 'organisation' });
	}
}

/**
 * "Eni is ‘…,’ the Italian company told AFP": a kind of body no name carries is the one body named in this paragraph or
 * the one before by a bare name, which tells no kind of its own (not "… Ministry"); none when two are.
 */
function bareBodyNear(body: string, names: Pick<ArticleEntities, 'mentions'>, at: number): string | null {
	const from = paragraphBeforeStart(body, at);
	const bare = (name: string) => !name.split(/\s+/).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
	const near = new Set(within(names.mentions, Math.max(0, from), at).filter((m) => m.kind === 'organisation' && bare(m.name)).map((m) => m.name));
	return near.size === 1 ? [...near][0]! : null;
}

/**
 * Whether another organisation is named after the last mention of `name` before `at`, when that mention is older than
 * the paragraph before.
 */
function otherNamedSince(body: string, names: Pick<ArticleEntities, 'mentions'>, name: string, at: number): boolean {
	const near = paragraphBeforeStart(body, at);
	let other = false;
	for (let i = firstAtOrAfter(names.mentions, at) - 1; i >= 0; i--) {
		const m = names.mentions[i]!;
		if (m.name === name) return other && m.start < near;
		other ||= m.kind === 'organisation';
	}
	return false;
}

/**
 * Who "the minister" or "the party" is: the nearest person before `at` whose role or name carries the words (the
 * story's first-named person for a bare title they carry); for an organisation's word, the article's only
 * organisation carrying it, else the one last named in the paragraph.
 */
export function nameByTitle(
	body: string,
	names: Pick<ArticleEntities, 'entities' | 'mentions'>,
	head: string,
	at: number,
	modifiers: readonly string[] = [],
): string | null {
	// "the vice premier", "the deputy minister": the rank written before the head is part of the title asked for.
	const rank = modifiers.at(-1);
	const title = rank && LOWER_RANKS.has(rank) && ROLE_NOUNS.has(head.split(' ')[0]!) ? `${rank} ${head}` : head;
	// A vice president or deputy minister is not "the president" or "the minister". Made once, when first asked.
	let headWord: RegExp | undefined;
	const carriesHead = (name: string) => {
		const entity = names.entities.get(name);
		if (!entity || (entity.kind !== 'person' && entity.kind !== 'organisation')) return false;
		const labels = [...entity.roles.map((r) => body.slice(r.start, r.end)), ...entity.aliases].join(' ').toLowerCase();
		// "Gov. Nathan Deal" is "the governor": an office's short form written before a name stands for the office.
		const offices = labels.split(' ').flatMap((w) => SOLE_OFFICES.get(w) ?? []);
		return (headWord ??= new RegExp(`(?<!\\b(?:${alternation(LOWER_RANKS)})[ -])\\b${title}\\b`)).test(`${labels} ${offices.join(' ')}`);
	};
	// Once per name: the mentions walked back over name the same few again and again.
	const carries = onceEach(carriesHead);
	if (!ROLE_NOUNS.has(head.split(' ')[0]!)) {
		const organisations = [...names.entities.keys()].filter(carries);
		// "the company claims" refers back to a company: not to the one named "… Company" long before, when other
		// organisations have been named since its last mention, nor to one the story names only later ("In a statement,
		// the ministry said …" before "the Ministry of Trade" is named).
		const namedBefore = (name: string) => names.mentions.some((m) => m.name === name && m.start < at);
		if (organisations.length === 1) {
			const only = organisations[0]!;
			return !namedBefore(only) || otherNamedSince(body, names, only, at) ? null : only;
		}
		if (!organisations.length) return BODY_KINDS.has(head) ? bareBodyNear(body, names, at) : null;
		const paragraphStart = body.lastIndexOf('\n', at) + 1;
		for (let i = firstAtOrAfter(names.mentions, at) - 1; i >= 0 && names.mentions[i]!.start >= paragraphStart; i--)
			if (carries(names.mentions[i]!.name)) return names.mentions[i]!.name;
		// "the appeals court" among several courts: the one whose name carries the words before the head too ("Court of Appeal").
		const stems = modifiers.map((w) => w.replace(/s$/, '')).filter((w) => /^\p{Ll}{3,}$/u.test(w));
		const qualified = stems.length ? organisations.filter((o) => stems.every((w) => new RegExp(`\\b${w}`, 'i').test(o))) : [];
		return qualified.length === 1 ? qualified[0]! : null;
	}
	// A bare title shared by several ("the president") goes to the person the story opens with, its main subject.
	const lede = names.mentions.find((m) => m.kind === 'person');
	if (!head.includes(' ') && lede && lede.start < at && carries(lede.name)) return lede.name;
	for (let i = firstAtOrAfter(names.mentions, at) - 1; i >= 0; i--) if (carries(names.mentions[i]!.name)) return names.mentions[i]!.name;
	return null;
}

/**
 * What joins two people who act together, past a short apposition after the first and a title before the second:
 * "Paul Maher and ", "Kevin de León, D-Los Angeles, and California Assembly Speaker " (not ", who is also considering
 * Bernie Sanders and ", a clause of its own).
 */
const JOINED = /^(?:,(?!\s+(?:who|whose|which|that)\b)(?:\s+[^\s,.;:"“”]+){1,4})?,?\s+and\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;

/** The person joined to `first` by "and" after it ("Maher and Igou"), within `ceiling`; null when none is. */
export function jointPartner(body: string, mentions: readonly Mention[], first: Mention, ceiling = body.length): Mention | null {
	if (first.kind !== 'person') return null;
	const after = within(mentions, first.end, Math.min(ceiling, first.end + 140));
	const second = after.find((m) => m.kind === 'person' && m.name !== first.name && JOINED.test(body.slice(first.end, m.start)));
	// The nearest person after the first is the one joined: not a later name in the second's apposition.
	return second && after.find((m) => m.kind === 'person') === second ? second : null;
}

/**
 * Every pair of people joined by "and" as one joint entity ("Paul Maher and Eric Igou"), so that words they say or
 * write together are theirs, not one's alone; the short form the article writes is an alias ("Maher and Igou").
 */
export function jointEntities(body: string, names: Pick<ArticleEntities, 'entities' | 'mentions'>): Map<string, LocalEntity> {
	const joints = new Map<string, LocalEntity>();
	for (const first of names.mentions) {
		const second = jointPartner(body, names.mentions, first);
		if (!second) continue;
		const name = jointName(first.name, second.name);
		const joint = joints.get(name) ?? { name, kind: 'person' as const, aliases: new Set<string>(), roles: [] };
		const written = body.slice(first.start, second.end);
		if (written !== name && /^[^,]* and [^,]*$/.test(written)) joint.aliases.add(written);
		joints.set(name, joint);
	}
	return joints;
}
