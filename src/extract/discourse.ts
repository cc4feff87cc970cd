import { COUNTRIES, DEMONYMS } from '../lexicon/places.js';
import { BODY_KINDS, DOCUMENT_NOUNS } from '../lexicon/organisations.js';
import { HONORIFICS } from '../lexicon/names.js';
import { FIELD_ADJECTIVES, FORMER_OR_ACTING, LEADER_TITLES, LOWER_RANKS, ROLE_NOUNS, SOLE_OFFICES, TITLE_WORDS } from '../lexicon/titles.js';
import { alternation } from '../lexicon/words.js';
import { DOCUMENT_VERBS, REPORTING_VERBS } from '../lexicon/verbs.js';
import { escapeRegExp } from '../text/matches.js';
import { jointMembers } from '../text/normalize.js';
import { clauseStart, firstAtOrAfter, within } from '../text/ranges.js';
import type { TextRange } from '../text/sentences.js';
import { type ArticleEntities, type Mention, nameByTitle } from './entities.js';
import { GENDERED_PRONOUN, type Gender, genderOf, pronounGender } from './gender.js';
import { isBody, isOwner, listed, lower, onlyRoleWords } from './speaker-words.js';
import type { Token } from './tokens.js';

// What an attribution rule may read about an article: its text, names and tokens (ArticleIndex, fixed once the
// article is read) and what the story has told so far (Discourse: who spoke last, who opened the sentence…). Only the
// driver in attribution.ts writes the discourse, in reading order; the passes see it through DiscourseView.

/** The text, names and tokens of one article, with the lookups attribution needs. Never changes once built. */
export class ArticleIndex {
	readonly mentionByEnd = new Map<number, Mention>();
	readonly mentionByStart = new Map<number, Mention>();
	readonly firstMention = new Map<string, Mention>();
	/** The token indexes of the reporting verbs, in order: the rules ask for the verbs of a stretch many times over. */
	private readonly verbs: number[] = [];

	constructor(
		readonly body: string,
		readonly names: ArticleEntities,
		readonly paragraphOf: (offset: number) => number,
		readonly inQuote: (offset: number) => boolean,
		/** The one author of a story written in the first person, when the story names them: whom "I said" means. */
		readonly writer: string | null = null,
	) {
		for (const m of names.mentions) {
			this.mentionByEnd.set(m.end, m);
			this.mentionByStart.set(m.start, m);
			if (!this.firstMention.has(m.name)) this.firstMention.set(m.name, m);
		}
		// The last word of a longer name is part of it, not a verb: "the United States' embargo policy".
		const endsName = (t: Token) => t.cap && (this.mentionByEnd.get(t.end)?.start ?? t.start) < t.start;
		// '"…," the statement read': a verb that reports only with a document for subject.
		const ofDocument = (i: number) => DOCUMENT_VERBS.has(lower(this.tokens[i]!)) && i > 0 && DOCUMENT_NOUNS.has(lower(this.tokens[i - 1]!));
		this.tokens.forEach((t, i) => {
			if ((REPORTING_VERBS.has(lower(t)) || ofDocument(i)) && !endsName(t)) this.verbs.push(i);
		});
	}

	get tokens(): Token[] {
		return this.names.tokens;
	}

	/** Index of the first token starting at or after `offset`. */
	tokenIndexAt(offset: number): number {
		return firstAtOrAfter(this.tokens, offset);
	}

	/** The reporting verbs in [from, to), as token indexes. */
	verbsIn(from: number, to: number): number[] {
		const first = this.tokenIndexAt(from);
		let [lo, hi] = [0, this.verbs.length];
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.verbs[mid]! < first) lo = mid + 1;
			else hi = mid;
		}
		// Tokens end in order: the verbs ending by `to` are a run.
		const out: number[] = [];
		for (let k = lo; k < this.verbs.length && this.tokens[this.verbs[k]!]!.end <= to; k++) out.push(this.verbs[k]!);
		return out;
	}

	/** What kind of entity a name is: person, organisation, country or place; undefined for nobody. */
	kindOf(name: string | null | undefined): string | undefined {
		return name ? this.names.entities.get(name)?.kind : undefined;
	}

	/** A person's aliases and roles as written, lower case. */
	labelsOf(name: string): string {
		return this.labelList(name).join(' ').toLowerCase();
	}

	/** The title words a person is named with, lower case: "state", "sen." of "State Sen. Josh McKoon", "president". */
	titleWordsOf(name: string): string[] {
		const entity = this.names.entities.get(name);
		if (!entity) return [];
		const before = [...entity.aliases].filter((a) => a.endsWith(` ${name}`)).map((a) => a.slice(0, -name.length));
		const written = [...before, ...entity.roles.map((r) => this.body.slice(r.start, r.end))];
		return written.flatMap((w) => w.toLowerCase().split(/\s+/)).filter((w) => TITLE_WORDS.has(w) && !HONORIFICS.has(w));
	}

	/** A person's aliases, roles as written and nationalities. */
	private labelList(name: string): string[] {
		const entity = this.names.entities.get(name);
		if (!entity) return [];
		return [...entity.aliases, ...entity.roles.map((r) => this.body.slice(r.start, r.end)), ...this.nationalities(name)];
	}

	private readonly nationalityCache = new Map<string, string[]>();

	/** "North Korea's Kim Jong Un": the country owning a mention, and its demonyms ("North Korean"), label the person. */
	private nationalities(name: string): string[] {
		const cached = this.nationalityCache.get(name);
		if (cached) return cached;
		const out: string[] = [];
		this.nationalityCache.set(name, out);
		for (const m of this.names.mentions) {
			if (m.name !== name) continue;
			const owner = /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s\s+$/u.exec(this.body.slice(Math.max(0, m.start - 30), m.start));
			const country = owner && COUNTRIES.get(owner[1]!.toLowerCase());
			if (country) out.push(country, ...[...DEMONYMS].filter(([, c]) => c === country).map(([demonym]) => demonym));
		}
		return out;
	}

	/** The countries said of a person: in their labels, or a country or demonym beside a mention ("French", "of France"). */
	countriesOf(name: string): string[] {
		const beside = this.names.mentions.flatMap((m) => {
			if (m.name !== name) return [];
			const before = /(\p{L}+(?: \p{L}+)?)\s+$/u.exec(this.body.slice(Math.max(0, m.start - 30), m.start));
			const of = /^,?\s+of\s+(?:the\s+)?(\p{L}+(?: \p{L}+)?)/u.exec(this.body.slice(m.end, m.end + 30));
			return [before?.[1] ?? '', of?.[1] ?? ''];
		});
		const words = [...this.labelList(name), ...beside].flatMap((label) => {
			const w = label.toLowerCase().split(/[^\p{L}.]+/u);
			return [...w, ...w.slice(1).map((x, i) => `${w[i]} ${x}`)];
		});
		return words.flatMap((w) => COUNTRIES.get(w) ?? DEMONYMS.get(w) ?? []);
	}

	private readonly genders = new Map<string, Gender | null>();

	/** A person's gender when the article shows it (an honorific, a gendered role, a given name), else null. */
	genderOf(name: string): Gender | null {
		if (!this.genders.has(name)) {
			// "Vanessa", never named in full nor with a title: the word is the given name the person goes by.
			const aliases = [...(this.names.entities.get(name)?.aliases ?? [])];
			const sole = this.kindOf(name) === 'person' && !name.includes(' ') && aliases.every((a) => !a.includes(' ')) ? name : undefined;
			this.genders.set(name, genderOf([name, ...this.labelList(name)], sole));
		}
		return this.genders.get(name)!;
	}

	/**
	 * Whether "he" or "she" may refer to the person: never a man the article calls "Mr" or "chairman", nor "he" a woman,
	 * nor either a body or a place ("the California GOP’s delegate" … "he said").
	 */
	fits(name: string, pronoun: string): boolean {
		const want = pronounGender(pronoun);
		const kind = this.kindOf(name);
		// Two people who spoke together are "they", never "he" or "she".
		if (want && jointMembers(name)) return false;
		return !want || ((kind === undefined || kind === 'person') && (this.genderOf(name) ?? want) === want);
	}

	/**
	 * "a spokesperson for Chevron": the body speaks through someone the article does not name; but when it names the one
	 * person with that role later ("The spokesman, Ian Dickson, said") or ties them to the body, that person.
	 */
	speakerFor(role: string, body: Mention): string {
		const word = role.startsWith('spokes') ? 'spokes(?:man|woman|person)' : role;
		const held = new RegExp(`\\b${word}\\b`);
		const holders = [...this.names.entities.values()].filter((e) => e.kind === 'person' && held.test(this.labelsOf(e.name)));
		const holder = holders.length === 1 ? holders[0]!.name : null;
		if (!holder) return body.name;
		// Named later with the bare role ("The spokesman, Ian Dickson"), not another body's ("White House spokesman John
		// Kirby"); or with this body's name as a word of the role, not inside another word ("senior" is not "Eni").
		const first = this.firstMention.get(holder)!;
		const bareRole = new RegExp(`\\b[Tt]he\\s+${word},\\s*$`).test(this.body.slice(Math.max(0, first.start - 30), first.start));
		const later = first.start > body.end && bareRole;
		const ofBody = new RegExp(`\\b${escapeRegExp(body.name.toLowerCase())}\\b`).test(this.labelsOf(holder));
		return later || ofBody ? holder : body.name;
	}

	/** The organisation a group was introduced as part of: "lawmakers on the House Select Committee", "officials at the ministry". */
	groupBody(plural: string, at: number): string | null {
		const mentioned = new RegExp(`\\b${plural}\\b(?:\\s+(?:on|of|from|at|in|with)\\s+(?:the\\s+)?)?`, 'gi');
		let body: string | null = null;
		for (let m = mentioned.exec(this.body); m && m.index < at; m = mentioned.exec(this.body)) {
			const named = this.mentionByStart.get(m.index + m[0].length);
			// "the lawmakers" goes on with the group, "a focus of lawmakers" speaks of lawmakers in general; "Chinese
			// health officials" is another group.
			if (named?.kind === 'organisation') body = named.name;
			else if (!/\b(?:the|of|for|by|to|with|among|from|and|many|some|other)\s+$/i.test(this.body.slice(Math.max(0, m.index - 8), m.index))) body = null;
		}
		return body;
	}
}

interface Record {
	name: string;
	at: number;
}

/** What the passes may ask about the story so far; nothing here changes it. */
export interface DiscourseView {
	/** "he said": the last speaker, or someone who opened a sentence since. */
	resolvePronoun(at: number, except?: string): string | null;
	/** "It said": the body that opened the sentence before. */
	resolveIt(at: number): string | null;
	/**
	 * "the minister", "the mother of four": the nearest person with that role, or the person just quoted; `modifiers`,
	 * the words before the head, an owner's with "'s" ("the organization's chief scientist").
	 */
	resolveTitle(head: string, at: number, modifiers?: string[]): string | null;
	/** "they wrote": the body a group spoke for last, when no one has spoken since. */
	resolveThey(at: number): string | null;
	/** "the researchers write": the two people who spoke together last, when no one has spoken since, however long ago. */
	jointBefore(at: number): string | null;
	/** Who spoke last, person or body, and in which paragraph. */
	lastSpeaker(): { name: string; paragraph: number } | undefined;
	/** Who asked the question of the last quotation before `at`, in its paragraph or the one before. */
	questioner(at: number): string | null;
	/** The person who opened the sentence before the one at `at`, if one did. */
	previousOpener(at: number): string | null;
	/** The person the story opens with, when no one else is named as often. */
	protagonist(): string | null;
}

/** A lower-case word right after a name that is no preposition or conjunction: its verb ("Varadkar made"). */
const VERB_AFTER_NAME = /^\s+(?!(?:and|or|of|in|on|at|to|for|with|by|from|who|which|that)\b)\p{Ll}/u;

/** A conjunction opening a clause after a comma: "…, but McCarthy sees" (not "and", which may join the items of a list). */
const CONJUNCTION_OPENING = /^(?:but|yet|so)\s+/i;

/** A head of state's or government's title in a person's labels, not a vice-, deputy, former, acting or ex- one. */
const LEADER_TITLE = new RegExp(String.raw`(?<!\b(?:${alternation([...LOWER_RANKS, ...FORMER_OR_ACTING])})[ -])\b(?:${alternation(LEADER_TITLES)})\b`);

/**
 * "he couldn't avoid comparison to a former vice president, Joe Biden": a name set after a role that ends a clause
 * of its own is that role's apposition, not a subject; "Russia's foreign minister, Sergei Lavrov, said" opens with it.
 */
const apposedToObject = (body: string, m: TextRange, from: number, sentenceStart: number) => {
	if (from !== m.start || from <= sentenceStart) return false;
	const before = body.slice(clauseStart(body, from - 2, sentenceStart, true), from).replace(/,\s*$/, '');
	return ROLE_NOUNS.has(before.split(/\s+/).at(-1)!.toLowerCase()) && !onlyRoleWords(before);
};

/**
 * "Meanwhile, the president continues to be …", "The former senator has stated": a title opening the sentence as its
 * subject (not "the president of Brazil", whose complement says which), for the person who carries it.
 */
function titleOpener(body: string, sentence: TextRange): { head: string; at: number; country?: string } | null {
	// "The governor, who took no questions, anticipated …": a comma after the head sets off what is said of the person.
	// "The Qatari foreign minister met …": a nationality may come first, which says whose minister.
	const opening = /^\W*(?:(?:Meanwhile|But|And|Still|Yet|Now),?\s+)?[Tt]he\s+(?:(\p{Lu}[\p{L}-]+)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:,\s+|\s+))/u.exec(
		body.slice(sentence.start, sentence.end),
	);
	if (!opening) return null;
	const country = opening[1] === undefined ? undefined : DEMONYMS.get(opening[1].toLowerCase());
	if (opening[1] !== undefined && !country) return null;
	const words = opening[2]!.trim().split(/\s+/);
	const h = words.findIndex((w) => ROLE_NOUNS.has(w.replace(/,$/, '')));
	if (h < 0 || /^(?:of|to|for|at|in|and|who|whose)$/.test(words[h + 1] ?? '')) return null;
	return { head: words[h]!.replace(/,$/, ''), at: sentence.start + opening[0].length - opening[2]!.length, ...(country ? { country } : {}) };
}

/** The story so far, written by the attribution driver only, in reading order. */
export class Discourse implements DiscourseView {
	/** Who spoke, where; not in offset order, since a sentence's statements are read after its quotations. */
	private readonly speakers: Record[] = [];
	/** The last to speak, person or body, and in which paragraph. */
	private last: { name: string; paragraph: number } | undefined;
	/** The people sentences open with ("Ihtisham Hibatullah, Al Jazeera's manager, urged …"). */
	private readonly subjects: Record[] = [];
	/** Bodies that spoke through a group ("the lawmakers wrote"), for "they" after them ("… they wrote"). */
	private readonly groupSpeakers: Record[] = [];
	/** Where someone the article does not name spoke ("said one official"): a pronoun after it is not the last named speaker. */
	private readonly unnamed: number[] = [];
	/** The pronoun ("he", "she") someone unnamed was spoken of with, by where they spoke. */
	private readonly unnamedPronouns = new Map<number, string>();
	/** The clauses people reported ("he said Mr Makama later subleased …"), to tell whose story a name belongs to. */
	private readonly reported: (TextRange & { name: string })[] = [];
	/** The sentence being read, before it is noted whole. */
	private open: TextRange | undefined;
	/** Each sentence read, in order, with the organisation or country it opens with, if any. */
	private readonly openers: (TextRange & { name: string | null })[] = [];
	/** Who asked the question of the last quotation read, and in which paragraph; null when it asked none. */
	private asker: { name: string; paragraph: number } | null = null;

	constructor(private readonly index: ArticleIndex) {}

	/** Records who spoke, for pronouns that follow, and what they reported (an indirect statement's clause). */
	noteSpeaker(name: string, at: number, reported?: TextRange): void {
		if (this.index.kindOf(name) === 'person') this.speakers.push({ name, at });
		this.last = { name, paragraph: this.index.paragraphOf(at) };
		if (reported) this.reported.push({ name, ...reported });
	}

	/**
	 * Records that someone the article does not name spoke at `at` ('"…," the article warned'): a quotation after it
	 * with no cue of its own continues that source, not the last named speaker.
	 */
	noteUnnamedSpeaker(at: number, person = true, pronoun?: string): void {
		// A thing that said something ("the graffiti that said") is no one a later "he" may mean.
		if (person) this.unnamed.push(at);
		// "“…,” he says" of someone unnamed: a later "she" is not that man.
		if (person && pronoun) this.unnamedPronouns.set(at, pronoun);
		this.last = undefined;
	}

	/** Records that a body spoke through a group ("the lawmakers wrote"). */
	noteGroupSpeaker(name: string, at: number): void {
		this.groupSpeakers.push({ name, at });
	}

	/**
	 * The first person opening the sentence or a clause after a comma in [start, end), with at most a role before the
	 * name: "On Tuesday, Israel's chief military spokesperson, Rear Admiral Daniel Hagari, said", "While Aisha waits,
	 * Mariam …". Someone introduced as another's relation ("Her mother, Jane Eng, was born …") is part of that story.
	 */
	private openingPerson(start: number, end: number): Mention | undefined {
		const { body, names, inQuote } = this.index;
		const sentence = { start, end };
		return within(names.mentions, start, end).find((m) => {
			if (m.kind !== 'person' || inQuote(m.start)) return false;
			const from = clauseStart(body, m.start, sentence.start, true);
			// "After his retirement, Lee searched": a phrase after a preposition sets the time, not a relation.
			const relation =
				/(?<!\b(?:after|before|during|since|following|upon|despite|in|on|at|for|with)\s+)\b(?:his|her|their)\s+[\w-]+(?:\s+[\w-]+)?,?\s*$/i.test(
					body.slice(Math.max(sentence.start, m.start - 40), m.start),
				);
			// "Erdogan and Zelensky also spoke": a pair, which "he" or "she" does not refer to; nor an item in a list
			// ("includes a controller, Chromecast Ultra and three months").
			const pair = /^\s+and\s+\p{Lu}/u.test(body.slice(m.end, m.end + 6)) || listed(body, m);
			// "And advocates such as Stanford Law professor Michele Dauber were in disbelief": the one named for the group
			// that is the sentence's subject, right before its verb.
			const example = /^\W*(?:(?:and|but)\s+)?(?:[\p{Ll}-]+\s+){1,5}(?:such as|including)\s+/iu.exec(body.slice(from, m.start));
			const grouped = example && /^\s+(?:were|was|are|is|have|has|had)\b/.test(body.slice(m.end, m.end + 6));
			// "…, but McCarthy sees the potential": a conjunction opening the clause is not part of its subject.
			const before = body.slice(grouped ? from + example[0].length : from, m.start).replace(CONJUNCTION_OPENING, '');
			// "a Republican political consultant in Little Rock": a name after a preposition is its object, not a subject;
			// so is one after a preposition, an article or "former" and a title ("The specter of a President Donald Trump",
			// "And poking fun at former Vice President Al Gore, Clinton …").
			const object =
				/\b(?:in|at|from|of|to|with|by|near)\s+(?:the\s+)?$/i.test(before) ||
				/\b(?:in|at|from|of|to|with|by|near)\s+(?:the|a|an|former|late)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u.test(before);
			// "He appreciated the federal government and Prime Minister Shehbaz Sharif": a clause opening with a pronoun has
			// its subject; a name after its verb is an object.
			const pronounSubject = /^\W*(?:(?:and|but)\s+)?(?:he|she|they|we|i)\s+\p{Ll}/iu.test(before);
			// "On Sutter Avenue, a wizened 50-year-old named Jeff slumps": someone the sentence introduces by name.
			const introduced = /^\W*(?:a|an)\s+(?:[\p{L}\d'’-]+\s+){1,4}named\s+$/iu.test(before);
			const subject = onlyRoleWords(before) || introduced;
			return subject && !object && !pronounSubject && !relation && !pair && !isOwner(body, m) && !apposedToObject(body, m, from, sentence.start);
		});
	}

	/**
	 * Records the sentence being read, not yet noted whole: its opener up to a pronoun is that pronoun's likeliest
	 * referent ("Trump went on to paint a picture of doom, of what he called “…”").
	 */
	noteOpenSentence(sentence: TextRange): void {
		this.open = sentence;
	}

	/** Records the person a sentence opens with, a pronoun's likeliest referent after the last speaker. */
	noteSentence(sentence: TextRange): void {
		const { body, names, inQuote } = this.index;
		if (this.open?.start === sentence.start) this.open = undefined;
		const subject = this.openingPerson(sentence.start, sentence.end);
		// "She is now on a list for a job.": a sentence opening with "he" or "she" in a paragraph naming no one carries the
		// story of its referent on, so that a "she said" paragraphs later still finds her.
		const paragraphStart = body.lastIndexOf('\n', sentence.start) + 1;
		const namesNoOne = !within(names.mentions, paragraphStart, sentence.end).some((m) => m.kind === 'person');
		const pronoun = subject || !namesNoOne ? null : /^\W*(?:(?:And|But|Now|Still)\s+)?(?:He|She)\b/.exec(body.slice(sentence.start, sentence.end));
		const referent = pronoun && !inQuote(sentence.start + pronoun[0].length - 1) ? this.resolvePronoun(sentence.start + pronoun[0].length - 2) : null;
		if (subject) this.subjects.push({ name: subject.name, at: subject.start });
		else if (referent) this.subjects.push({ name: referent, at: sentence.start + pronoun![0].length - 2 });
		else {
			const opener = titleOpener(body, sentence);
			const titled = opener ? nameByTitle(body, names, opener.head, opener.at) : null;
			// "The Polish president" is not the Lithuanian one the story opened with.
			const named = titled && (!opener!.country || this.index.countriesOf(titled).includes(opener!.country)) ? titled : null;
			if (named && this.index.kindOf(named) === 'person') this.subjects.push({ name: named, at: opener!.at });
			// "The governor, who took no questions, anticipated the pushback.": someone the story does not name opens the
			// sentence, whom a "he said" after it may mean rather than the last speaker.
			else if (opener && !named && !this.resolveTitle(opener.head, opener.at)) this.unnamed.push(opener.at);
		}
		// "Israel did not appear at the hearings … It argued that …": the body a sentence opens with, for "it".
		const opener = within(names.mentions, sentence.start, sentence.end)[0];
		const opensWithBody =
			opener &&
			isBody(opener) &&
			!inQuote(opener.start) &&
			/^\W*(?:the\s+)?$/i.test(body.slice(sentence.start, opener.start));
		this.openers.push({ start: sentence.start, end: sentence.end, name: opensWithBody ? opener.name : null });
	}

	/** Whether `name` first appears inside what `speaker` reported: a character of the speaker's account. */
	private introducedBy(name: string, speaker: string): boolean {
		const first = this.index.firstMention.get(name);
		return !!first && this.reported.some((r) => r.name === speaker && first.start >= r.start && first.end <= r.end);
	}

	/** The latest record before `at`, within `paragraphs` paragraphs. */
	private latestBefore(records: readonly Record[], at: number, paragraphs = 3, fits: (name: string) => boolean = () => true): Record | null {
		let best: Record | null = null;
		for (let i = records.length - 1; i >= 0 && i >= records.length - 8; i--) {
			const r = records[i]!;
			if (r.at < at && (!best || r.at > best.at) && fits(r.name)) best = r;
		}
		return best && this.index.paragraphOf(at) - this.index.paragraphOf(best.at) <= paragraphs ? best : null;
	}

	lastSpeaker(): { name: string; paragraph: number } | undefined {
		return this.last;
	}

	/** Records who asked the question of the quotation just read, or null when it asked none or no one named did. */
	noteQuestioner(name: string | null, at: number): void {
		this.asker = name ? { name, paragraph: this.index.paragraphOf(at) } : null;
	}

	questioner(at: number): string | null {
		return this.asker && this.index.paragraphOf(at) - this.asker.paragraph <= 1 ? this.asker.name : null;
	}

	previousOpener(at: number): string | null {
		const previous = this.openers.findLast((o) => o.end <= at);
		return previous ? (this.subjects.findLast((r) => r.at >= previous.start && r.at < previous.end)?.name ?? null) : null;
	}

	resolveIt(at: number): string | null {
		const previous = this.openers.findLast((o) => o.end <= at);
		return previous && this.index.paragraphOf(at) - this.index.paragraphOf(previous.start) <= 1 ? previous.name : null;
	}

	resolvePronoun(at: number, except?: string): string | null {
		const { names, paragraphOf, inQuote, tokens } = this.index;
		const paragraph = paragraphOf(at);
		const pronoun = lower(tokens[this.index.tokenIndexAt(at)]!);
		// The writer of a first-person story is "I", never "he" or "she".
		const fits = (name: string) => name !== except && name !== this.index.writer && this.index.fits(name, pronoun);
		// The last speaker, unless someone else has since opened a sentence or clause ("While Aisha waits, Mariam …")
		// who is not merely a character of the speaker's own account and has not spoken.
		const speaker = this.latestBefore(this.speakers, at, 3, fits);
		// Not an owner ("President Xi Jinping’s philosophy of “…,” he said") nor the topic set before the pronoun ("But
		// Sanders, he added, “…”"), which are what the words are about.
		const opening = this.open && this.open.start <= at && at < this.open.end ? this.openingPerson(this.open.start, at) : undefined;
		const opener = opening && fits(opening.name) && !/^(?:['’]s\b|,\s*$)/.test(this.index.body.slice(opening.end, at)) ? opening : undefined;
		const subject = opener ? { name: opener.name, at: opener.start } : this.latestBefore(this.subjects, at, 3, fits);
		const anonymous = this.unnamed.findLast((u) => u < at && (this.unnamedPronouns.get(u) ?? pronoun) === pronoun) ?? -1;
		if (anonymous > Math.max(speaker?.at ?? -1, subject?.at ?? -1) && paragraph - paragraphOf(anonymous) <= 3) return null;
		const told = !!speaker && !!subject && this.introducedBy(subject.name, speaker.name) && !this.speakers.some((s) => s.name === subject.name);
		const found = speaker && subject ? (subject.at > speaker.at && !told ? subject : speaker) : (speaker ?? subject);
		if (found) {
			const since = paragraphOf(found.at) < paragraph ? this.namedSince(Math.max(speaker?.at ?? -1, subject?.at ?? -1), at, pronoun, fits) : [];
			if (since.length === 0 || since.some((m) => m.name === found.name)) return found.name;
			// "…, said attorney Steven Liedel, legal counsel … "…," he said.": the one person named since is meant, when named
			// as the subject of a verb of saying (not "drafted by Mike Jones", nor an owner: "Xi Jinping’s philosophy of …").
			// Or named anyhow in a sentence before the pronoun's in its own paragraph, the speaker's being an earlier one ("It's
			// a reality not lost on Marcus Ruiz Evans. “…,” he admitted"): a new paragraph brings in whom it goes on with.
			const before = (m: Mention) => paragraphOf(m.start) === paragraph && /[.!?]["”’]?\s/.test(this.index.body.slice(m.end, at));
			const here = paragraphOf(found.at) < paragraph && since.every(before);
			const sole = new Set(since.map((m) => m.name)).size === 1 && (here || since.some((m) => this.namedSpeaking(m)));
			return sole ? since[0]!.name : null;
		}
		let named = false;
		for (let i = firstAtOrAfter(names.mentions, at) - 1; i >= 0; i--) {
			const m = names.mentions[i]!;
			if (paragraph - paragraphOf(m.start) > 1) break;
			if (m.kind === 'person' && m.end <= at && !inQuote(m.start)) named = true;
			if (m.kind === 'person' && m.end <= at && !inQuote(m.start) && !isOwner(this.index.body, m) && fits(m.name)) return m.name;
		}
		// No one named or speaking nearby ("The Texan vowed to …" and then "he told supporters"): the person the story
		// is about, who opens it and is named most often.
		const protagonist = this.protagonist();
		const unnamedNear = anonymous >= 0 && paragraph - paragraphOf(anonymous) <= 3;
		return !named && !unnamedNear && protagonist && fits(protagonist) ? protagonist : null;
	}

	/** A name written as the subject of a verb: "Gutierrez described", "said attorney Steven Liedel"; not "drafted by X". */
	private namedSpeaking(m: Mention): boolean {
		const { body, tokens } = this.index;
		// "Varadkar explained", "Gutierrez described", "Varadkar made a strong claim": the subject of a verb.
		if (VERB_AFTER_NAME.test(body.slice(m.end, m.end + 12))) return true;
		// "said attorney Steven Liedel", "according to AMA president Dr. Patrice Harris".
		const verb = this.verbBefore(m);
		return (verb !== undefined && onlyRoleWords(body.slice(tokens[verb]!.end, m.start).replace(/^\s*to\s/, ' '))) || this.agentOfSaying(m, verb);
	}

	/** "His comments were echoed by Mr Lapid": the agent after "by" of a passive verb of saying says it too. */
	private agentOfSaying(m: Mention, verb = this.verbBefore(m)): boolean {
		const { body, tokens } = this.index;
		if (verb === undefined || !/ed$/.test(tokens[verb]!.text)) return false;
		const by = /^\s+by\s/.exec(body.slice(tokens[verb]!.end, m.start));
		return !!by && onlyRoleWords(body.slice(tokens[verb]!.end + by[0].length, m.start));
	}

	/** The last verb of saying in the few words before a name: the token's index, or undefined. */
	private verbBefore(m: Mention): number | undefined {
		return this.index.verbsIn(Math.max(0, m.start - 60), m.start).at(-1);
	}

	/**
	 * "The answer, according to AMA president Dr. Patrice Harris, is your life. She warned …": the people a pronoun may
	 * mean named, outside quotations, in its own paragraph or one between it and `after` ("That makes it unlikely the
	 * commission, which Gutierrez described as toothless, will see change."). A paragraph between that speaks of someone
	 * with that pronoun itself ("She knows she will never vote for Hillary Clinton") goes on about its referent.
	 */
	private namedSince(after: number, at: number, pronoun: string, fits: (name: string) => boolean): Mention[] {
		const { names, inQuote, body, paragraphOf } = this.index;
		const from = Math.max(after + 1, body.indexOf('\n', after) + 1);
		const own = paragraphOf(at);
		const same = GENDERED_PRONOUN[pronoun === 'she' ? 'f' : 'm'];
		const paragraphText = (offset: number) => body.slice(body.lastIndexOf('\n', offset) + 1, (body.indexOf('\n', offset) + 1 || body.length + 1) - 1);
		// "the Computer Crimes and Cyber Security Bill": a name after "the" is rarely a person's.
		const determined = (m: Mention) => /\bthe\s+$/i.test(body.slice(Math.max(0, m.start - 4), m.start));
		// "In remarks to Asharq Al-Awsat newspaper, he said": a name before the kind of body it names is that body's.
		const bodyNamed = (m: Mention) => BODY_KINDS.has(/^ (\p{Ll}+)\b/u.exec(body.slice(m.end, m.end + 20))?.[1] ?? '');
		return within(names.mentions, from, at)
			.filter((m) => m.kind === 'person' && !inQuote(m.start) && !isOwner(body, m) && !determined(m) && !bodyNamed(m) && !listed(body, m) && fits(m.name))
			.filter((m) => paragraphOf(m.start) === own || this.agentOfSaying(m) || !same.test(paragraphText(m.start).replace(/[“"][^”"]*[”"]/g, '')));
	}

	private protagonistName: string | null | undefined;

	protagonist(): string | null {
		if (this.protagonistName !== undefined) return this.protagonistName;
		const people = this.index.names.mentions.filter((m) => m.kind === 'person');
		const counts = new Map<string, number>();
		for (const m of people) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
		const lede = people[0]?.name;
		const most = Math.max(0, ...[...counts].filter(([name]) => name !== lede).map(([, n]) => n));
		this.protagonistName = lede && counts.get(lede)! > most ? lede : null;
		return this.protagonistName;
	}

	/** "the French leader": the one person of that nationality with a head of state's or government's title (not a vice- or former one). */
	private leaderOf(head: string, modifiers: string[]): string | null {
		const nationality = modifiers.join(' ');
		if (head !== 'leader' || !/^[a-z ]+$/.test(nationality)) return null;
		const ofNationality = new RegExp(`\\b${nationality}\\b`);
		const leaders = [...this.index.names.entities.values()].filter((e) => {
			if (e.kind !== 'person') return false;
			const labels = this.index.labelsOf(e.name);
			// "Chairman Kim" as a form of address, not "Samsung chairman Lee".
			const chairman = [...e.aliases].some((a) => a.startsWith('Chairman '));
			return ofNationality.test(labels) && (LEADER_TITLE.test(labels) || chairman);
		});
		return leaders.length === 1 ? leaders[0]!.name : null;
	}

	resolveTitle(head: string, at: number, written: string[] = []): string | null {
		const { body, names } = this.index;
		const modifiers = written.map((w) => w.replace(/'s$/, ''));
		const named = nameByTitle(body, names, head, at, modifiers) ?? this.leaderOf(head, modifiers);
		// "the organization’s chief scientist" is not a scientist the story named with no tie to that owner.
		const owners = written.filter((w) => w.endsWith("'s")).map((w) => w.slice(0, -2));
		if (named && owners.some((o) => !this.index.labelsOf(named).includes(o))) return null;
		if (named || !ROLE_NOUNS.has(head.split(' ')[0]!)) return named;
		// No one carries that title: news describes the person just quoted or just introduced ("the government
		// spokesman", "the woman"). A quotation may run over several paragraphs before its "the spokesman said".
		const recent = [this.latestBefore(this.speakers, at, 4), this.latestBefore(this.subjects, at, 4)]
			.filter((r) => r !== null)
			.sort((a, b) => b.at - a.at)[0];
		// "A Kremlin spokesman dismissed the meeting. "…," the spokesman said.": someone unnamed, introduced since ("One
		// U.S. defense official said").
		const introduced = new RegExp(`\\b(?:a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?${head.split(' ')[0]}\\b`, 'i');
		// From the start of the paragraph before (paragraphs are separated by a blank line).
		const lineStart = body.lastIndexOf('\n', at);
		const paragraphBefore = lineStart < 0 ? 0 : body.lastIndexOf('\n', lineStart - 2) + 1;
		const since = body.slice(recent ? recent.at : paragraphBefore, at);
		// "The mine manager insists": a description that says more than the person's known labels is someone else.
		const labels = recent ? this.index.labelsOf(recent.name) : '';
		// "Donald Trump has defended … the US president claimed": a leader's country, said of the one person the story has
		// named so far, of whom it has said nothing else.
		const peopleSoFar = new Set(within(names.mentions, 0, at).flatMap((m) => (m.kind === 'person' ? [m.name] : [])));
		const sole = !!recent && !names.entities.get(recent.name)?.roles.length && peopleSoFar.size === 1;
		// Not when what is known of that person names another country ("France's Emmanuel Macron", "Macron of France").
		const countryOfLeader = (w: string) => {
			const country = COUNTRIES.get(w) ?? DEMONYMS.get(w);
			return sole && LEADER_TITLE.test(head) && !!country && this.index.countriesOf(recent!.name).every((c) => c === country);
		};
		// Not the field of an expert's knowledge: "the legal expert" after a former Attorney General spoke.
		const describesOther = modifiers.some(
			(w) =>
				!/^\d|^(?:government|official|former|new|local|senior|chief|top)$/.test(w) &&
				!FIELD_ADJECTIVES.has(w) &&
				!labels.includes(w) &&
				!countryOfLeader(w),
		);
		// "the governor said" after "State Sen. Josh McKoon" spoke: someone holding another office is not the one meant.
		const office = SOLE_OFFICES.get(head);
		const offices = recent && office ? this.index.titleWordsOf(recent.name).map((w) => SOLE_OFFICES.get(w)) : [];
		const otherOffice = offices.some((o) => o && o !== office);
		return introduced.test(since) || describesOther || otherOffice ? null : (recent?.name ?? null);
	}

	jointBefore(at: number): string | null {
		return this.jointSpokeLast(at, Infinity);
	}

	/** The two people who spoke together last, within `paragraphs`, when no body or unnamed source has spoken since. */
	private jointSpokeLast(at: number, paragraphs: number): string | null {
		const person = this.latestBefore(this.speakers, at, paragraphs);
		const body = this.latestBefore(this.groupSpeakers, at, paragraphs);
		const unnamed = this.unnamed.findLast((u) => u < at) ?? -1;
		return person && jointMembers(person.name) && person.at > Math.max(unnamed, body?.at ?? -1) ? person.name : null;
	}

	resolveThey(at: number): string | null {
		// '“…,” write Paul Maher and Eric Igou. … “…,” they write': the two who spoke together last.
		const joint = this.jointSpokeLast(at, 3);
		if (joint) return joint;
		const body = this.latestBefore(this.groupSpeakers, at, 3);
		const person = this.latestBefore(this.speakers, at, 3);
		const unnamed = this.unnamed.findLast((u) => u < at) ?? -1;
		return body && body.at > Math.max(person?.at ?? -1, unnamed) ? body.name : null;
	}
}
