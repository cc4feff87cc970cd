import { clauseStart, firstAtOrAfter, within } from '../text/ranges.js';
import type { TextRange } from '../text/sentences.js';
import { type ArticleEntities, type Mention, nameByTitle } from './entities.js';
import { BEFORE_NAME, PLURAL_PRONOUNS, PRONOUNS } from '../lexicon/function-words.js';
import { FEMALE, MALE } from '../lexicon/gender.js';
import { DOCUMENT_NOUNS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { TIME_WORDS } from '../lexicon/time.js';
import { GENERIC_SPEAKERS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js';
import { INVERTIBLE, REPORTING_VERBS, SPEECH_ACTS } from '../lexicon/verbs.js';
import { type Gender, isBetween, lower, onlyRoleWords } from './speaker-words.js';
import type { Token } from './tokens.js';

// Who a reporting verb's subject is: a name, a pronoun (the last speaker), a title ("the minister": the nearest
// person with that role) or a generic source ("officials"), which names nobody.

export interface Subject {
	name: string | null;
	via: 'name' | 'pronoun' | 'title' | 'generic';
	range: TextRange;
}

export interface Cue {
	subject: Subject;
	/** From the subject to the verb, or the verb to the subject: "Lavrov said", "said the minister". */
	range: TextRange;
	verb: Token;
}

/** How an apposition after a name opens: "a 33-year-old blogger", "the head of …", "58", "Al Jazeera's manager". */
const APPOSITION = /^(?:a|an|the|from|of|who|whose|\d{1,3}|(?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*['’]s)\b/u;


/** "a study conducted by", "the report by": a document and its author after "according to". */
const BY_AUTHOR = /^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)??(\w+)\s+(?:(?:conducted|written|published|released|led|carried out|prepared|commissioned)\s+)?(?:by|from)\s+/i;

export class SpeakerResolver {
	private readonly mentionByEnd = new Map<number, Mention>();
	private readonly mentionByStart = new Map<number, Mention>();
	/** Who spoke, where; not in offset order, since a sentence's statements are read after its quotations. */
	private readonly speakers: { name: string; at: number }[] = [];
	/** The people sentences open with ("Ihtisham Hibatullah, Al Jazeera's manager, urged …"). */
	private readonly subjects: { name: string; at: number }[] = [];
	/** Bodies that spoke through a group ("the lawmakers wrote"), for "they" after them ("… they wrote"). */
	private readonly groupSpeakers: { name: string; at: number }[] = [];
	/** Where someone the article does not name spoke ("said one official"): a pronoun after it is not the last named speaker. */
	private readonly unnamed: number[] = [];
	/** The clauses people reported ("he said Mr Makama later subleased …"), to tell whose story a name belongs to. */
	private readonly reported: (TextRange & { name: string })[] = [];
	/** Each sentence read, in order, with the organisation or country it opens with, if any. */
	private readonly openers: (TextRange & { name: string | null })[] = [];
	private readonly firstMention = new Map<string, Mention>();

	constructor(
		private readonly body: string,
		private readonly names: ArticleEntities,
		private readonly paragraphOf: (offset: number) => number,
		private readonly inQuote: (offset: number) => boolean,
	) {
		for (const m of names.mentions) {
			this.mentionByEnd.set(m.end, m);
			this.mentionByStart.set(m.start, m);
			if (!this.firstMention.has(m.name)) this.firstMention.set(m.name, m);
		}
	}

	get tokens(): Token[] {
		return this.names.tokens;
	}

	/** Index of the first token starting at or after `offset`. */
	tokenIndexAt(offset: number): number {
		return firstAtOrAfter(this.tokens, offset);
	}

	/** Records who spoke last, for pronouns that follow, and what they reported (an indirect statement's clause). */
	noteSpeaker(name: string, at: number, reported?: TextRange): void {
		if (this.names.entities.get(name)?.kind === 'person') this.speakers.push({ name, at });
		if (reported) this.reported.push({ name, ...reported });
	}

	/** Records that someone the article does not name spoke at `at`. */
	noteUnnamedSpeaker(at: number): void {
		this.unnamed.push(at);
	}

	/** Whether `name` first appears inside what `speaker` reported: a character of the speaker's account. */
	private introducedBy(name: string, speaker: string): boolean {
		const first = this.firstMention.get(name);
		return !!first && this.reported.some((r) => r.name === speaker && first.start >= r.start && first.end <= r.end);
	}

	/** Records the person a sentence opens with, a pronoun's likeliest referent after the last speaker. */
	noteSentence(sentence: TextRange): void {
		// The first person opening the sentence or a clause after a comma, with at most a role before the name:
		// "On Tuesday, Israel's chief military spokesperson, Rear Admiral Daniel Hagari, said", "While Aisha waits, Mariam …".
		// Someone introduced as another's relation ("Her mother, Jane Eng, was born …") is part of that person's story.
		const subject = within(this.names.mentions, sentence.start, sentence.end).find((m) => {
			if (m.kind !== 'person' || this.inQuote(m.start)) return false;
			const from = clauseStart(this.body, m.start, sentence.start);
			const relation = /\b(?:his|her|their)\s+[\w-]+(?:\s+[\w-]+)?,?\s*$/i.test(this.body.slice(Math.max(sentence.start, m.start - 40), m.start));
			// "Erdogan and Zelensky also spoke": a pair, which "he" or "she" does not refer to; nor an item in a list
			// ("includes a controller, Chromecast Ultra and three months").
			const pair = /^\s+and\s+\p{Lu}/u.test(this.body.slice(m.end, m.end + 6)) || (/,\s*$/.test(this.body.slice(Math.max(0, m.start - 2), m.start)) && /^,?\s+(?:and|or)\s/.test(this.body.slice(m.end, m.end + 6)));
			return onlyRoleWords(this.body.slice(from, m.start)) && !relation && !pair;
		});
		if (subject) this.subjects.push({ name: subject.name, at: subject.start });
		// "Israel did not appear at the hearings … It argued that …": the body a sentence opens with, for "it".
		const opener = within(this.names.mentions, sentence.start, sentence.end)[0];
		const body = opener && (opener.kind === 'organisation' || opener.kind === 'country') && !this.inQuote(opener.start) && /^\W*(?:the\s+)?$/i.test(this.body.slice(sentence.start, opener.start));
		this.openers.push({ start: sentence.start, end: sentence.end, name: body ? opener.name : null });
	}

	/** "It said": the body that opened the sentence before, when nothing else since could be "it". */
	private resolveIt(at: number): string | null {
		const previous = this.openers.findLast((o) => o.end <= at);
		return previous && this.paragraphOf(at) - this.paragraphOf(previous.start) <= 1 ? previous.name : null;
	}

	/** The latest record before `at`, within `paragraphs` paragraphs. */
	private latestBefore(records: readonly { name: string; at: number }[], at: number, paragraphs = 3, fits: (name: string) => boolean = () => true): { name: string; at: number } | null {
		let best: { name: string; at: number } | null = null;
		for (let i = records.length - 1; i >= 0 && i >= records.length - 8; i--) {
			const r = records[i]!;
			if (r.at < at && (!best || r.at > best.at) && fits(r.name)) best = r;
		}
		return best && this.paragraphOf(at) - this.paragraphOf(best.at) <= paragraphs ? best : null;
	}

	private readonly genders = new Map<string, Gender | null>();

	/** A person's aliases and roles as written, lower case. */
	private labelsOf(name: string): string {
		const entity = this.names.entities.get(name);
		return entity ? [...entity.aliases, ...entity.roles.map((r) => this.body.slice(r.start, r.end))].join(' ').toLowerCase() : '';
	}

	/** A person's gender when the article shows it (an honorific, a gendered role), else null. */
	private genderOf(name: string): Gender | null {
		if (!this.genders.has(name)) {
			const words = this.labelsOf(name).split(/[^a-z]+/);
			const female = words.some((w) => FEMALE.has(w));
			const male = words.some((w) => MALE.has(w));
			this.genders.set(name, female === male ? null : female ? 'f' : 'm');
		}
		return this.genders.get(name)!;
	}

	/** Whether "he" or "she" may refer to the person: never a man the article calls "Mr" or "chairman", nor "he" a woman. */
	fits(name: string, pronoun: string): boolean {
		const want: Gender | null = pronoun === 'she' ? 'f' : pronoun === 'he' ? 'm' : null;
		return !want || (this.genderOf(name) ?? want) === want;
	}

	private resolvePronoun(at: number): string | null {
		const paragraph = this.paragraphOf(at);
		const pronoun = lower(this.tokens[this.tokenIndexAt(at)]!);
		const fits = (name: string) => this.fits(name, pronoun);
		// The last speaker, unless someone else has since opened a sentence or clause ("While Aisha waits, Mariam …")
		// who is not merely a character of the speaker's own account and has not spoken.
		const speaker = this.latestBefore(this.speakers, at, 3, fits);
		const subject = this.latestBefore(this.subjects, at, 3, fits);
		const anonymous = this.unnamed.findLast((u) => u < at) ?? -1;
		if (anonymous > Math.max(speaker?.at ?? -1, subject?.at ?? -1) && paragraph - this.paragraphOf(anonymous) <= 3) return null;
		if (speaker && subject) {
			const told = this.introducedBy(subject.name, speaker.name) && !this.speakers.some((s) => s.name === subject.name);
			return subject.at > speaker.at && !told ? subject.name : speaker.name;
		}
		if (speaker ?? subject) return (speaker ?? subject)!.name;
		for (let i = firstAtOrAfter(this.names.mentions, at) - 1; i >= 0; i--) {
			const m = this.names.mentions[i]!;
			if (paragraph - this.paragraphOf(m.start) > 1) break;
			if (m.kind === 'person' && m.end <= at && !this.inQuote(m.start) && fits(m.name)) return m.name;
		}
		return null;
	}

	/** The organisation a group was introduced as part of: "lawmakers on the House Select Committee", "officials at the ministry". */
	private groupBody(plural: string, at: number): string | null {
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

	/** "the minister", "the mother of four" → the nearest person before `at` whose role or name carries those words. */
	private resolveTitle(head: string, at: number, modifiers: string[] = []): string | null {
		const named = nameByTitle(this.body, this.names, head, at);
		if (named || !ROLE_NOUNS.has(head.split(' ')[0]!)) return named;
		// No one carries that title: news describes the person just quoted or just introduced ("the government
		// spokesman", "the woman"). A quotation may run over several paragraphs before its "the spokesman said".
		const recent = [this.latestBefore(this.speakers, at, 4), this.latestBefore(this.subjects, at, 4)].filter((r) => r !== null).sort((a, b) => b.at - a.at)[0];
		// "A Kremlin spokesman dismissed the meeting. "…," the spokesman said.": someone unnamed, introduced since.
		const introduced = new RegExp(`\\b(?:a|an|one)\\s+(?:[\\w'’-]+\\s+){0,3}?${head.split(' ')[0]}\\b`, 'i');
		// From the start of the paragraph before (paragraphs are separated by a blank line).
		const lineStart = this.body.lastIndexOf('\n', at);
		const paragraphBefore = lineStart < 0 ? 0 : this.body.lastIndexOf('\n', lineStart - 2) + 1;
		const since = this.body.slice(Math.max(recent?.at ?? 0, paragraphBefore), at);
		// "The mine manager insists": a description that says more than the person's known labels is someone else.
		const labels = recent ? this.labelsOf(recent.name) : '';
		const describesOther = modifiers.some((w) => !/^\d|^(?:government|official|former|new|local|senior|chief|top)$/.test(w) && !labels.includes(w));
		return introduced.test(since) || describesOther ? null : recent?.name ?? null;
	}

	private named(m: Mention): Subject {
		return { name: m.name, via: 'name', range: { start: m.start, end: m.end } };
	}

	/** The subject written just before token `verb`, not reaching back past `floor`. */
	subjectBefore(verb: number, floor: number): Subject | null {
		// Adverbs and auxiliaries may stand between, with nothing but spaces ("Lavrov also said", not "is not,” said").
		const spaced = (i: number) => !this.body.slice(this.tokens[i]!.end, this.tokens[i + 1]!.start).trim();
		// "Trump, according to the White House, made …": the source of "according to" comes after it, never before.
		if (lower(this.tokens[verb]!) === 'according') return null;
		// "Police arrested John Smith on Monday, saying …": a participle after a comma has the sentence's subject.
		if (/ing$/i.test(this.tokens[verb]!.text) && verb > 0 && /,\s*$/.test(this.body.slice(this.tokens[verb - 1]!.end, this.tokens[verb]!.start))) return null;
		let k = verb - 1;
		for (;;) {
			// "Kristersson on Monday admitted", "Lavrov also said": adverbs and a time between subject and verb.
			if (k >= 1 && TIME_WORDS.has(lower(this.tokens[k]!)) && /^(?:on|last|this|next|early|late|earlier|later)$/i.test(this.tokens[k - 1]!.text) && spaced(k) && spaced(k - 1)) k -= 2;
			else if (k >= 0 && this.tokens[k]!.start >= floor && isBetween(this.tokens[k]!) && spaced(k)) k--;
			else break;
		}
		if (k < 0 || this.tokens[k]!.start < floor) return null;
		const t = this.tokens[k]!;
		const gap = this.body.slice(t.end, this.tokens[k + 1]!.start);
		const ownMention = this.mentionByEnd.get(t.end) ?? this.mentionByEnd.get(t.end - 2);
		// "Das, a 33-year-old blogger, said" and "Rear Admiral Daniel Hagari, said": the name is before the apposition.
		// "Louise Brown, Director of the … agency, Advisense, compared": an apposition may hold commas of its own.
		if (/^,\s*$/.test(gap)) {
			// "Peter White, SVP … at Automation Anywhere, told": a name after "at" is where the person works.
			const affiliation = !!ownMention && / (?:at|of|for)\s$/.test(this.body.slice(Math.max(0, ownMention.start - 5), ownMention.start));
			// "Montell Figgins, who represents Thomas, said": the name inside a relative clause is not who speaks.
			const relative = !!ownMention && /,\s+(?:who|which|whose|whom)\b[^,]*$/.test(this.body.slice(Math.max(floor, ownMention.start - 80), ownMention.start));
			if (ownMention?.kind === 'person' && !affiliation && !relative) return this.named(ownMention);
			for (let comma = this.body.lastIndexOf(', ', t.start), n = 0; comma >= floor && n < 3; comma = this.body.lastIndexOf(', ', comma - 1), n++) {
				const named = this.mentionByEnd.get(comma);
				if (!named || named.kind === 'place') continue;
				const apposition = this.body.slice(comma + 2, t.end);
				// "Saikat Ray, VP analyst at Gartner, explained": a role among the apposition's first words.
				const first = this.tokenIndexAt(comma + 2);
				const opens = APPOSITION.test(apposition) || this.tokens.slice(first, Math.min(first + 3, k + 1)).some((w) => ROLE_NOUNS.has(lower(w)) || TITLE_WORDS.has(lower(w)));
				return opens && apposition.length < 250 ? this.named(named) : null;
			}
			return null;
		}
		if (gap.trim()) return null;
		// "led Christie to suggest", "Sununu, a Haley backer, to urge": an infinitive's subject is the name before "to".
		if (lower(t) === 'to' && k > 0) return this.subjectBefore(k, floor);
		// "Brian Gianforte, a 32-year-old member of Montana's LGBTQ+ community said": the apposition's comma left out,
		// even when the apposition holds commas of its own ("a research analyst at the Council on Energy, Environment …").
		for (let comma = this.body.lastIndexOf(', ', t.start), n = 0; !ownMention && comma >= floor && n < 3; comma = this.body.lastIndexOf(', ', comma - 1), n++) {
			const unclosed = this.mentionByEnd.get(comma);
			const apposition = this.body.slice(comma + 2, t.end);
			if (unclosed?.kind === 'person' && /^(?:a|an) (?:[^\s;.]+ ){3,16}?[^\s,;.]+$/.test(apposition) && !/,\s+(?:and|or|but)\s/.test(apposition)) return this.named(unclosed);
		}
		// A capital speaks for its government ("Beijing said", "the Kremlin said"), but "officials in Beijing said" do not.
		// So does a country, unless it completes a phrase: "China's ambassador to Britain accused".
		const complement = !!ownMention && /\b(?:in|at|from|to|near|of|across)\s+(?:the\s+)?$/i.test(this.body.slice(Math.max(0, ownMention.start - 12), ownMention.start));
		const placeSpeaks = ownMention?.kind === 'place' && !complement;
		// "Victims of Harvey Weinstein said", "fans of Taylor Swift said": the group speaks, not the name after "of".
		if (ownMention && /\b[A-Za-z]+s of (?:the )?$/.test(this.body.slice(Math.max(0, ownMention.start - 30), ownMention.start))) return { name: null, via: 'generic', range: { start: ownMention.start, end: t.end } };
		if (ownMention && (ownMention.kind !== 'place' || placeSpeaks)) {
			// "David Watt of Rosenberg Research said": the person, not the firm.
			const person = ownMention.kind !== 'person' && / of (?:the )?$/.test(this.body.slice(ownMention.start - 8, ownMention.start)) ? this.mentionByEnd.get(this.body.lastIndexOf(' of ', ownMention.start)) : undefined;
			if (person?.kind === 'person') return this.named(person);
			if (ownMention.kind === 'country' && complement) return null;
			return this.named(ownMention);
		}
		const word = lower(t);
		// "TNO's report said", "TNO's analysis of the gunfire showed": the document speaks for its owner.
		for (let j = k; j >= Math.max(1, k - 6) && spaced(j); j--) {
			if (!DOCUMENT_NOUNS.has(lower(this.tokens[j]!)) || (j < k && lower(this.tokens[j + 1]!) !== 'of')) continue;
			const owner = this.tokens[j - 1]!;
			const named = owner.possessive && this.body.slice(owner.end, this.tokens[j]!.start) === ' ' ? this.mentionByEnd.get(owner.end - 2) : undefined;
			if (named && named.kind !== 'place') return { name: named.name, via: 'name', range: { start: named.start, end: t.end } };
			break;
		}
		if (PRONOUNS.has(word)) return { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end } };
		if (word === 'it' && k === this.tokenIndexAt(floor) && SPEECH_ACTS.has(lower(this.tokens[verb]!))) {
			// "It argued", but not "It is said": that is impersonal.
			const impersonal = this.tokens.slice(k + 1, verb).some((w) => /^(?:is|was|were|are|be|been|being)$/i.test(w.text));
			const name = impersonal ? null : this.resolveIt(t.start);
			if (name) return { name, via: 'pronoun', range: { start: t.start, end: t.end } };
		}
		// "the Palestinian Dialogue Group in Turkey, which says": the nearest person or organisation before.
		if (word === 'which' || word === 'who') {
			const antecedent = within(this.names.mentions, Math.max(floor, t.start - 80), t.start).filter((m) => t.start - m.end < 40 && (m.kind === 'person' || m.kind === 'organisation')).at(-1);
			if (antecedent) return this.named(antecedent);
			// "But the senator, who recently said": the title just before the relative pronoun.
			const title = /\bthe ((?:[\w-]+ ){0,2}([\w-]+)),\s*$/i.exec(this.body.slice(Math.max(floor, t.start - 60), t.start));
			const head = title?.[2]!.toLowerCase();
			// Only someone who carries that title: "the driver, who said" is not the last speaker.
			return head && (ROLE_NOUNS.has(head) || ORGANISATION_HEADS.has(head)) ? { name: nameByTitle(this.body, this.names, head, t.start), via: 'title', range: { start: t.start - title![0].length, end: t.end } } : null;
		}
		// "the lawmakers wrote" after "lawmakers on the House Select Committee …": the body the group belongs to.
		if (k > 0 && lower(this.tokens[k - 1]!) === 'the' && spaced(k - 1) && ROLE_NOUNS.has(word.replace(/s$/, '')) && word.endsWith('s')) {
			const name = this.groupBody(word, t.start);
			if (name) this.groupSpeakers.push({ name, at: t.start });
			return { name, via: 'title', range: { start: this.tokens[k - 1]!.start, end: t.end } };
		}
		if (word === 'they') {
			// "they wrote" after a group spoke for its body, with no person or unnamed source speaking since.
			const body = this.latestBefore(this.groupSpeakers, t.start, 3);
			const since = Math.max(this.latestBefore(this.speakers, t.start, 3)?.at ?? -1, this.unnamed.findLast((u) => u < t.start) ?? -1);
			if (body && body.at > since) return { name: body.name, via: 'pronoun', range: { start: t.start, end: t.end } };
		}
		if (PLURAL_PRONOUNS.has(word) || GENERIC_SPEAKERS.has(word)) return { name: null, via: 'generic', range: { start: t.start, end: t.end } };
		// "the minister", "the Kremlin spokesman", "the ruling party", "the mother of two": a head within 5 words of "the".
		let head: string | null = null;
		let headAt = k;
		for (let j = k; j >= Math.max(0, k - 6) && spaced(j); j--) {
			const w = lower(this.tokens[j]!);
			// The head ends the phrase or takes an "of" complement ("the mother of two"); "a dictator and" is no subject.
			const ends = j === k || (lower(this.tokens[j + 1]!) === 'of' && k - j <= 4);
			if ((ROLE_NOUNS.has(w) || ORGANISATION_HEADS.has(w)) && !head && ends) [head, headAt] = [this.tokens.slice(j, k + 1).map(lower).join(' '), j];
			if (w === 'the' && head) return { name: this.resolveTitle(head, t.start, this.tokens.slice(j + 1, headAt).map(lower)), via: 'title', range: { start: this.tokens[j]!.start, end: t.end } };
			if ((w === 'a' || w === 'an') && head) return { name: null, via: 'generic', range: { start: this.tokens[j]!.start, end: t.end } };
		}
		return null;
	}

	/** The subject written just after token `verb` ("said Lavrov", "said the minister", "according to Lavrov"). */
	subjectAfter(verb: number, ceiling: number): Subject | null {
		if (!INVERTIBLE.has(lower(this.tokens[verb]!))) return null;
		let k = verb + 1;
		if (lower(this.tokens[verb]!) === 'according' && lower(this.tokens[k] ?? this.tokens[verb]!) === 'to') k++;
		// "according to a study conducted by Teri Allery", "said a report from Kotak Institutional Equities": the author speaks.
		const by = BY_AUTHOR.exec(this.body.slice(this.tokens[k]?.start ?? ceiling, ceiling));
		if (by && DOCUMENT_NOUNS.has(by[1]!.toLowerCase())) k = this.tokenIndexAt(this.tokens[k]!.start + by[0].length);
		let t = this.tokens[k];
		if (!t || t.end > ceiling || this.body.slice(this.tokens[k - 1]!.end, t.start).trim()) return null;
		// Skip a role written before the name: "said his daughter Linda Wu", "says president David Weisbrot", and a
		// place that qualifies it ("said Kyiv resident Svitlana Onofryichuk").
		const place = (at: Token) => ['place', 'country'].includes(this.mentionByStart.get(at.start)?.kind ?? '');
		for (let skipped = 0; t && skipped < 6 && (!this.mentionByStart.has(t.start) || place(t)); skipped++) {
			const w = lower(t);
			if (place(t)) k = this.tokenIndexAt(this.mentionByStart.get(t.start)!.end) - 1;
			// "says the resort's general manager Garrett Turta": an owner may stand in the role, and words that qualify
			// it ("says veteran industry analyst Ken Doctor").
			else if (!(BEFORE_NAME.has(w) || ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || t.cap || t.possessive || [1, 2].some((d) => ROLE_NOUNS.has(lower(this.tokens[k + d] ?? this.tokens[k]!))))) break;
			if (this.body.slice(this.tokens[k]!.end, this.tokens[k + 1]?.start ?? t.end).trim()) break;
			t = this.tokens[++k];
		}
		if (!t || t.end > ceiling) return null;
		if (k > verb + 1 && !this.mentionByStart.has(t.start)) t = this.tokens[(k = verb + 1)]!;
		const named = this.mentionByStart.get(t.start);
		// "according to the White House", "according to Beijing": a seat of government speaks for it.
		if (named && (named.kind !== 'place' || lower(this.tokens[verb]!) === 'according')) return { name: named.name, via: 'name', range: { start: named.start, end: named.end } };
		if (PRONOUNS.has(lower(t))) return { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end } };
		if (lower(t) === 'the') {
			for (let j = k + 1; j <= k + 5 && this.tokens[j] && this.tokens[j]!.end <= ceiling; j++) {
				const w = lower(this.tokens[j]!);
				if (!ROLE_NOUNS.has(w)) continue;
				// "says the mother of four": the complement tells her from "a mother of two".
				const complement = lower(this.tokens[j + 1] ?? t) === 'of' && this.tokens[j + 2] && this.tokens[j + 2]!.end <= ceiling ? j + 2 : j;
				return { name: this.resolveTitle(this.tokens.slice(j, complement + 1).map(lower).join(' '), t.start), via: 'title', range: { start: t.start, end: this.tokens[complement]!.end } };
			}
		}
		return null;
	}

	/** What kind of entity a cue's speaker is: person, organisation, country or place; undefined when nobody is named. */
	kindOf(cue: Cue | null): string | undefined {
		return cue?.subject.name ? this.names.entities.get(cue.subject.name)?.kind : undefined;
	}

	/** The person named as the subject of the sentence's first verb of saying outside quotations, if any. */
	speakerOfSentence(sentence: TextRange): { name: string; at: number } | null {
		for (const v of this.verbsIn(sentence.start, sentence.end)) {
			if (this.inQuote(this.tokens[v]!.start) || !SPEECH_ACTS.has(lower(this.tokens[v]!))) continue;
			const subject = this.subjectBefore(v, sentence.start);
			if (subject?.name && this.names.entities.get(subject.name)?.kind === 'person') return { name: subject.name, at: subject.range.start };
		}
		return null;
	}

	/** The reporting verbs in [from, to), as token indexes. */
	verbsIn(from: number, to: number): number[] {
		const out: number[] = [];
		for (let i = this.tokenIndexAt(from); i < this.tokens.length && this.tokens[i]!.end <= to; i++) {
			if (REPORTING_VERBS.has(lower(this.tokens[i]!))) out.push(i);
		}
		return out;
	}

	/** A cue between the end of a quotation and `to`: "," Lavrov said / said Lavrov / he continued. */
	cueAfter(from: number, to: number): Cue | null {
		for (const v of this.verbsIn(from, to).slice(0, 2)) {
			const verb = this.tokens[v]!;
			if (verb.start - from > 200) break;
			const before = this.subjectBefore(v, from);
			// The subject must follow the closing mark directly (', Lavrov said', ', military spokesman Lt. Gen. X said'),
			// not open a new clause.
			if (before && onlyRoleWords(this.body.slice(from, before.range.start))) return { subject: before, range: { start: before.range.start, end: verb.end }, verb };
			const after = this.subjectAfter(v, to);
			if (after && this.tokenIndexAt(from) === v) return { subject: after, range: { start: verb.start, end: after.range.end }, verb };
		}
		return null;
	}

	/** A cue closing the sentence after more of the reporter's words: '"…" in that law, Azzouz said.' */
	cueAtEnd(from: number, sentenceEnd: number): Cue | null {
		const comma = this.body.lastIndexOf(', ', sentenceEnd);
		if (comma < from) return null;
		const cue = this.cueAfter(comma + 1, sentenceEnd);
		if (!cue) return null;
		const rest = this.body.slice(cue.range.end, sentenceEnd).trim().split(/\s+/).filter(Boolean);
		return rest.length <= 4 && !/[“"]/.test(this.body.slice(comma, sentenceEnd)) ? cue : null;
	}

	/** The nearest cue before a quotation: "Lavrov said:", "Wang said China", "He accused the U.S. of trying to". */
	cueBefore(from: number, to: number, sentenceStart: number): Cue | null {
		const cues: Cue[] = [];
		for (const v of this.verbsIn(from, to).reverse()) {
			const verb = this.tokens[v]!;
			// "Trump, according to the White House, made …": the source of "according to" comes after it, never before.
			const subject = lower(verb) === 'according' ? null : this.subjectBefore(v, from) ?? this.sentenceSubject(from, verb.start, verb) ?? this.coordinatedSubject(v, sentenceStart);
			const after = subject ? null : this.subjectAfter(v, to);
			if (subject) cues.push({ subject, range: { start: Math.min(subject.range.start, verb.start), end: Math.max(subject.range.end, verb.end) }, verb });
			else if (after) cues.push({ subject: after, range: { start: verb.start, end: after.range.end }, verb });
		}
		// "Lin said China hopes that under the "…"": the person reporting, not the country whose view is reported.
		const nearest = cues[0];
		if (nearest && (this.kindOf(nearest) === 'country' || this.kindOf(nearest) === 'organisation' || this.kindOf(nearest) === 'place')) return cues.find((c) => this.kindOf(c) === 'person') ?? nearest;
		// "Mr. Reeves said he thought that …": the pronoun is the person just named.
		if (nearest?.subject.via === 'pronoun') return cues.find((c) => c.subject.via === 'name' && this.kindOf(c) === 'person') ?? nearest;
		return nearest ?? null;
	}

	/**
	 * "Biden called Xi a dictator and said …", "Moleko would not confirm it and only said:", "Israel did not appear,
	 * but, in a written submission, rejected …": a coordinated verb shares the subject that opens the sentence.
	 */
	coordinatedSubject(verb: number, sentenceStart: number): Subject | null {
		let k = verb - 1;
		while (k >= 0 && isBetween(this.tokens[k]!)) k--;
		const joint = this.tokens[k];
		if (!joint || joint.start < sentenceStart) return null;
		if (!['and', 'but'].includes(lower(joint)) && !/,\s*$/.test(this.body.slice(joint.end, this.tokens[k + 1]!.start))) return null;
		// The opener has only a title or capitalised words before it: not "Police arrested John Smith, saying".
		const opens = (m: Mention) => {
			const before = this.body.slice(sentenceStart, m.start);
			// Nor a place after a preposition ("ambassador to Britain"), nor an owner ("China's ambassador").
			if (/\b(?:to|of|in|for|from|at)\s+$/.test(before) || /^['’]s\b/.test(this.body.slice(m.end, m.end + 3))) return false;
			return /^[\W\p{Lu}]*(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}'’.-]*,?\s+)*$/u.test(before) || (onlyRoleWords(before) && !/ing$/i.test(this.tokens[verb]!.text));
		};
		const opener = within(this.names.mentions, sentenceStart, joint.start).filter((m) => m.kind !== 'place' && !this.inQuote(m.start) && opens(m)).at(-1);
		return opener ? this.named(opener) : null;
	}

	/** For participles ("…, telling officials that"), the subject is the sentence's own subject, its first name. */
	private sentenceSubject(from: number, to: number, verb: Token): Subject | null {
		if (!/ing$/.test(verb.text)) return null;
		// "…, telling officials that": the sentence's subject; "by saying that": someone this rule cannot tell.
		if (!/[,—–]\s*$/.test(this.body.slice(Math.max(from, verb.start - 3), verb.start))) return null;
		const first = within(this.names.mentions, from, to).find((m) => m.kind !== 'place');
		if (first) return { name: first.name, via: 'name', range: { start: first.start, end: first.end } };
		const k = this.tokenIndexAt(from);
		const t = this.tokens[k];
		return t && PRONOUNS.has(lower(t)) ? { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end } } : null;
	}
}
