import { inside, rangeAt, within } from '../text/ranges.js';
import type { QuoteForm } from '../facts/schema.js';
import type { TextRange } from '../text/sentences.js';
import type { ArticleEntities } from './entities.js';
import type { QuoteSpan } from './quote-spans.js';
import { ArticleIndex, Discourse } from './discourse.js';
import { firstDecision } from './cues.js';
import { QUOTE_PASSES } from './passes.js';
import type { QuoteSite } from './quote-passes.js';
import { type Cue, Cues, type Subject } from './speakers.js';
import { onlyRoleWords } from './speaker-words.js';
import { GENDERED_PRONOUN } from './gender.js';
import { COMPILING_VERBS, SALIENT_ADJECTIVES, SPEECH_NOUNS, STATEMENTS_NOUNS } from '../lexicon/verbs.js';
import { alternation } from '../lexicon/words.js';
import { KIN_NOUNS, ROLE_NOUNS, THING_SOURCES } from '../lexicon/titles.js';
import { WEEKDAY_NAME } from '../lexicon/time.js';
import { type AttributedStatement, statementsIn } from './statements.js';
import { DESCRIPTION_OPENING, describedAt, introducedAs } from './unnamed-sources.js';

// The driver of attribution: one pass over an article in reading order, asking the passes of passes.ts who said
// each quotation and statement, recording the rule that decided, and alone writing the discourse (who spoke last,
// who opened the sentence). The order of reading matters: a pronoun or a continuation refers to whoever spoke last.

/** The rule recorded when no pass decided: the quotation is nobody's. */
export const NO_RULE = 'none';

export interface AttributedQuote extends TextRange {
	speaker: string | null;
	form: QuoteForm;
	cue: TextRange | null;
	context: TextRange;
	paragraph: number;
	/** The pass that decided, and the subject pass of its cue: "speaker-after/name", "continuation". */
	rule: string;
	/** With no speaker: the words describing the unnamed person who spoke ("one legal expert"). */
	source?: TextRange;
}

export interface ArticleText {
	body: string;
	paragraphs: TextRange[];
	sentences: TextRange[];
	/** The story's one author, when its body names them as a person. */
	writer?: string | null;
}

/** Fewer words than this is a scare quote or a name ("new era"), not a quotation. */
const MIN_QUOTE_WORDS = 3;
/** A few words after a verb of saying, then the colon ending its paragraph: "describes the scene:". */
const SHORT_OBJECT_BEFORE_COLON = /^\s+(?:[\p{L}\d'’()-]+\s+){0,5}[\p{L}\d'’()-]+:$/u;
/** A verb of reading out or showing another's words, before a colon. */
const SHOWN = /\b(?:read|reads|reading|recited|held up|holds up|posted|shared|displayed|showed|shows)\b[^:]*:$/i;
/** A sentence that is only an attribution: "She wrote on Twitter.", "Smith said." */
// Nothing may follow the verb but where or when ("on Twitter", "in a statement", "Tuesday"): "Smith said he disagreed."
// tells something of its own.
const TELLER_SENTENCE = new RegExp(
	String.raw`^\s*(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s+` +
		String.raw`(?:said|says|wrote|writes|added|adds|tweeted|posted)` +
		String.raw`(?:\s+(?:on|in|via)\s+(?:an?\s+|the\s+|her\s+|his\s+)?\p{L}+|\s+${WEEKDAY_NAME}|\s+later)?\s*[.!?]\s*$`,
	'u',
);
/**
 * "TASS has compiled the diplomat’s key statements.": the quotations after it are that person's, each set in the
 * reporter's summary of a point; group 1 the owner's words before "'s".
 */
const COMPILED_STATEMENTS = new RegExp(
	String.raw`\b(?:${alternation(COMPILING_VERBS)})\s+(?:the\s+)?((?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+)['’]s\s+` +
		String.raw`(?:(?:${alternation(SALIENT_ADJECTIVES)})\s+)?(?:${alternation(STATEMENTS_NOUNS)})\b`,
	'u',
);
/** The reporter's own prompt in an interview: "…, I say.", "When I suggest …". */
const REPORTER_PROMPT = /\bI (?:say|said|ask|asked|suggest|suggested|put it to (?:him|her)|press|pressed)\b/;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** "Crazy Rich Asians": every word capitalised and no closing punctuation, a title rather than speech. */
// After "the", the comma American style sets inside the marks may follow a title: the “Stop Social Media Censorship
// Act,” after which … (not a slogan chanted: "chanted “Red for Ed,”").
const isTitleOfWork = (text: string, before: string) =>
	!/[.!?;:]$/.test(text) &&
	(!text.endsWith(',') || /\bthe\s*["“‘']?$/i.test(before)) &&
	text
		.replace(/,$/, '')
		.split(/\s+/)
		.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|a|an|and|in|on|for|to|with)$/.test(w));

/** "Leslie’s insight": a possessive owning something; not a relation ("I am Nawaz Sharif’s daughter" is said by the daughter). */
const ownsNotKin = (after: string) => {
	const owned = /^['’]s\s+(\p{L}+)/u.exec(after);
	return !!owned && !KIN_NOUNS.has(owned[1]!.toLowerCase());
};
/** A verb of saying that names a source of its own: a finite verb, or "according" ("…," according to an online bio). */
const FINITE_OR_ACCORDING = /^(?:according|.*(?<!ing))$/i;
/** A paragraph whose subject is "he" or "she" from its start: "He also thinks …", "If he has …". */
const PRONOUN_OPENING = /^(?:(?:If|When|But|And|Still|Now)\s+)?(he|she)\s+\p{Ll}/iu;
/** A paragraph that opens with a quotation mark. */
const QUOTED_PARAGRAPH = /^\s*[“"]/;
/** What follows the name on a signature line: a comma and where the writer writes ("Max Boot, Washington Post"); not a heading. */
const BYLINE_REST = /^,\s*(?:\p{Lu}[\p{L}.&'’-]*|and|of|the|for)(?:[\s,]+(?:\p{Lu}[\p{L}.&'’-]*|and|of|the|for))*\s*$/u;
/** What a person says, as a noun: "Christie's bottom line … was: "…"". */
const SAYINGS = /^['’]s\s+(?:\w+\s+){0,2}?(?:message|response|answer|reply|view|verdict|words|bottom line|advice|warning|position|argument)\b/i;

/** Memoises a computation a pass may or may not need. */
function lazy<T>(compute: () => T): () => T {
	let done = false;
	let value: T;
	return () => {
		if (!done) [value, done] = [compute(), true];
		return value;
	};
}

export function attribute(text: ArticleText, names: ArticleEntities, spans: QuoteSpan[]): { quotes: AttributedQuote[]; statements: AttributedStatement[] } {
	const { body, paragraphs, sentences } = text;
	const paragraphOf = (offset: number) => rangeAt(paragraphs, offset);
	const sentenceOf = (offset: number): TextRange => {
		const s = sentences[rangeAt(sentences, offset)];
		return s && offset >= s.start && offset <= s.end ? s : { start: offset, end: offset };
	};
	const index = new ArticleIndex(body, names, paragraphOf, (offset) => inside(spans, offset), text.writer ?? null);
	// Only this driver writes the discourse, in reading order; the cues and passes read it.
	const discourse = new Discourse(index);
	const resolver = new Cues(index, discourse);

	const groups = new Map<number, QuoteSpan[]>();
	for (const s of spans) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
	const quoted = (segments: QuoteSpan[]) => {
		const words = segments.reduce((n, s) => n + wordCount(body.slice(s.start, s.end)), 0);
		const [only] = segments;
		return (
			words >= MIN_QUOTE_WORDS && !(segments.length === 1 && isTitleOfWork(body.slice(only!.start, only!.end), body.slice(only!.start - 6, only!.start)))
		);
	};
	const units = [...groups.values()].filter(quoted);
	// '"Yes sir," said Hooper. "After I saw …"': words too few to show still tell who spoke.
	const shortSaid = [...groups.values()].filter((segments) => segments.length === 1 && segments[0]!.close >= 0 && !quoted(segments));

	const quotes: AttributedQuote[] = [];
	const statements: AttributedStatement[] = [];
	const spoke = (name: string, at: number, reported?: TextRange) => discourse.noteSpeaker(name, at, reported);
	// "the lawmakers wrote": the body a group spoke for, for a "they" after it.
	const noteGroup = (subject: Subject) => {
		if (subject.rule === 'group-body' && subject.name) discourse.noteGroupSpeaker(subject.name, subject.range.end - 1);
	};
	// "Appalled, I asked an English teacher why … She was shocked: we have to teach “…”": the writer of a first-person
	// story tells of speaking to others, whose answers follow; only the writer's own quotations make them the last speaker.
	const narrated = (name: string) => name === text.writer;
	// "TASS has compiled the diplomat’s key statements.": the person named, or the one the title stands for.
	const compiledOwner = (sentence: TextRange): string | null => {
		const compiled = COMPILED_STATEMENTS.exec(body.slice(sentence.start, sentence.end));
		if (!compiled) return null;
		const ownerEnd = sentence.start + compiled.index + compiled[0].indexOf(compiled[1]!) + compiled[1]!.length;
		const named = index.mentionByEnd.get(ownerEnd);
		if (named) return named.kind === 'person' ? named.name : null;
		const head = compiled[1]!.split(/\s+/).at(-1)!.toLowerCase();
		return ROLE_NOUNS.has(head) ? discourse.resolveTitle(head, ownerEnd) : null;
	};
	// "The Foreign Ministry advises Russian nationals “…”": a body acting in its own name, not a point of the digest.
	const bodyOpens = (sentence: TextRange) => {
		const opening = /^\W*(?:[Tt]he\s+)?/.exec(body.slice(sentence.start, sentence.end))!;
		return index.mentionByStart.get(sentence.start + opening[0].length)?.kind === 'organisation';
	};
	let nextSentence = 0;
	let compiledFrom: string | null = null;
	const otherPerson = (name: string | null | undefined) => !!name && name !== compiledFrom && index.kindOf(name) === 'person';
	// Statements of the sentences before `offset`, so that the last speaker is known when a quotation needs it.
	const readUpTo = (offset: number) => {
		for (; nextSentence < sentences.length && sentences[nextSentence]!.end <= offset; nextSentence++) {
			const sentence = sentences[nextSentence]!;
			discourse.noteSentence(sentence);
			const owner = compiledOwner(sentence);
			if (owner) compiledFrom = owner;
			const found = statementsIn(body, sentence, resolver, spans);
			// The digest holds until someone else is told speaking: "Wang Yi said …" ends it; a state is its voice.
			if (!owner && found.some((statement) => otherPerson(statement.speaker))) compiledFrom = null;
			for (const statement of found) {
				statements.push(statement);
				noteGroup(statement.subject);
				if (!narrated(statement.speaker)) spoke(statement.speaker, statement.start, statement);
			}
			// "Mr Moeketsi further accused the chiefs of …": speaking without a reported clause still makes a speaker,
			// whom a paragraph of quotation after it continues.
			if (!found.length) {
				const speaker = resolver.speakerOfSentence(sentence);
				if (speaker && !narrated(speaker.name)) spoke(speaker.name, speaker.at);
				if (!owner && otherPerson(speaker?.name)) compiledFrom = null;
			}
		}
	};
	const openOf = (s: QuoteSpan) => (s.open >= 0 ? s.open : s.start);
	// "She has already been forced to sell her field.": a paragraph of narration about the last speaker alone, with no
	// quotation and no one else named, does not break the thread to a quoted paragraph after it.
	const aboutOnly = (name: string, paragraph: number) => {
		const p = paragraphs[paragraph]!;
		const others = within(names.mentions, p.start, p.end).some((m) => m.kind === 'person' && m.name !== name);
		const text = body.slice(p.start, p.end);
		const pronoun = GENDERED_PRONOUN.f.test(text) ? 'she' : GENDERED_PRONOUN.m.test(text) ? 'he' : null;
		// Someone else may be named in a paragraph that opens with the speaker's pronoun as its subject ("If he has one
		// piece of advice for Starmer, it's …", "He also thinks Starmer is doing the right thing").
		const opensWithPronoun = PRONOUN_OPENING.exec(text);
		const about = opensWithPronoun ? index.fits(name, opensWithPronoun[1]!.toLowerCase()) : !others && pronoun !== null && index.fits(name, pronoun);
		// Nobody else speaks there ("A police spokesman said he …").
		return about && !spans.some((s) => s.paragraph === paragraph) && !resolver.verbsIn(p.start, p.end).length;
	};

	// "What advice would he give Starmer?", "But you've just written a book for him, I say.": the reporter asks, with no
	// quotation of their own.
	const asksQuestion = (paragraph: number) => {
		const p = paragraphs[paragraph];
		if (!p) return false;
		const text = body.slice(p.start, p.end).trim();
		return !spans.some((s) => s.paragraph === paragraph) && (/\?$/.test(text) || REPORTER_PROMPT.test(text));
	};

	/** The paragraph ends with words after its last quotation: '"…?" Gingrich interjected.' */
	const toldAfterQuotation = (paragraph: number) => {
		const p = paragraphs[paragraph]!;
		const last = spans.filter((s) => s.paragraph === paragraph).at(-1);
		return !!last && last.close >= 0 && /\p{L}/u.test(body.slice(last.close + 1, p.end));
	};

	// "“I was hit so many times …”" and under it "– Daiki A. (pseudonym), 23, a professional athlete": a signature line.
	// Or a line with only a name and where the writer writes ("Max Boot, Washington Post"), under one or more paragraphs
	// of quotation.
	const signatureAfter = (paragraph: number): string | null => {
		let next = paragraph + 1;
		while (next - paragraph < 4 && paragraphs[next] && QUOTED_PARAGRAPH.test(body.slice(paragraphs[next]!.start, paragraphs[next]!.end))) next++;
		const p = paragraphs[next];
		if (!p) return null;
		const dash = /^[–—-]\s*/.exec(body.slice(p.start, p.start + 3));
		if (!dash) return bylines() > 1 ? bylineOf(p) : null;
		const named = index.mentionByStart.get(p.start + dash[0].length);
		return named?.kind === 'person' ? named.name : null;
	};
	/** The person of a line "Max Boot, Washington Post". */
	const bylineOf = (p: TextRange): string | null => {
		const named = index.mentionByStart.get(p.start);
		return named?.kind === 'person' && BYLINE_REST.test(body.slice(named.end, p.end)) ? named.name : null;
	};
	// A lone "Jane Doe, Reuters" is a credit line; quotations signed line by line have several.
	const bylines = lazy(() => paragraphs.filter((p) => bylineOf(p) !== null).length);

	// 'Lavrov was blunt: "…"': the person who opens the sentence, when a colon right before the quotation ends it.
	const colonSubject = (openAt: number, sentence: TextRange): Cue | null => {
		const colon = /:\s*$/.exec(body.slice(sentence.start, openAt));
		if (!colon) return null;
		const colonAt = sentence.start + colon.index;
		const people = within(names.mentions, sentence.start, colonAt).filter((m) => m.kind === 'person' && !index.inQuote(m.start));
		const subject = people[0];
		// "But Clinton closed her remarks on a strong note:": a conjunction may open the sentence.
		const opening = body.slice(sentence.start, subject?.start ?? sentence.start).replace(/^\W*(?:But|And|So|Yet|Still|Then)\s+/, '');
		if (!subject || people.some((m) => m.name !== subject.name) || !onlyRoleWords(opening)) return null;
		// "Christie's bottom line … was: "…"" is his, "Trump's critics had one message: "…"" is not.
		if (/^['’]s\b/.test(body.slice(subject.end, colonAt)) && !SAYINGS.test(body.slice(subject.end, colonAt))) return null;
		const verb = resolver.tokens[index.tokenIndexAt(colonAt) - 1]!;
		const range = { start: subject.start, end: subject.end };
		return { subject: { name: subject.name, via: 'name', range, rule: 'sentence-subject' }, range: { start: subject.start, end: colonAt }, verb };
	};

	// '“The pressure to raise money” is “crazy” and “no way to run a country,” Clinton said': the cue after the last
	// quotation of the sentence, when only the reporter's words join it to the one at `closeAt` (no verb of saying, no person).
	const laterCue = (u: number, closeAt: number, sentence: TextRange): Cue | null => {
		let k = u;
		while (units[k + 1] && openOf(units[k + 1]![0]!) < sentence.end) k++;
		const later = units[k]!;
		const last = later.at(-1)!;
		if (k === u || later.length > 1 || last.close < 0) return null;
		const from = closeAt;
		const to = openOf(later[0]!);
		// "(see ‘Brazil yo-yos on deforestation’) and reversing it “is not simple”, says Krug": a bracket closes an aside.
		if (/[()]/.test(body.slice(from, to)) || resolver.verbsIn(from, to).some((v) => !index.inQuote(resolver.tokens[v]!.start))) return null;
		if (within(names.mentions, from, to).some((m) => m.kind === 'person' && !index.inQuote(m.start))) return null;
		const ceiling = Math.min(sentence.end, units[k + 1] ? openOf(units[k + 1]![0]!) : Infinity, paragraphs[last.paragraph]!.end);
		return resolver.cueAfter(last.close + 1, ceiling, true);
	};

	// "Fox's Rove: Deal Is “A Very Bad Signal …”", "Historian Appelbaum: Eisenhower Had “…”": a run-in head opening a
	// paragraph gives, before a colon, the surname of whose words follow in it; the one person of that surname the
	// paragraph names in full ("political contributor Karl Rove criticized …") said them.
	const runInHead = (openAt: number, sentence: TextRange, paragraph: number): string | null => {
		const start = paragraphs[paragraph]!.start;
		if (sentence.start !== start) return null;
		const head = /^(?:[\p{L}.&-]+(?:['’]s?)?\s+){0,2}?(\p{Lu}[\p{L}-]+):\s/u.exec(body.slice(start, openAt));
		if (!head) return null;
		const surname = head[1]!;
		const people = within(names.mentions, start, paragraphs[paragraph]!.end).filter((m) => m.kind === 'person' && !index.inQuote(m.start));
		const named = new Set(people.filter((m) => m.name.split(' ').at(-1) === surname && m.name !== surname).map((m) => m.name));
		return named.size === 1 ? [...named][0]! : null;
	};

	// "Pompeo's reference to their presence there being a "…"": a possessive owning a noun for what was said, with no
	// verb of saying between it and the quotation.
	const ownerOfSaying = (floor: number, openAt: number): Cue | null => {
		const before = body.slice(floor, openAt);
		const possessive = Math.max(before.lastIndexOf("'s "), before.lastIndexOf('’s '));
		if (possessive < 0 || /["“”]/.test(before.slice(possessive))) return null;
		const owner = index.mentionByEnd.get(floor + possessive);
		// The noun is among the first three words after the possessive: "Pompeo's latest reference".
		const noun = [...before.slice(possessive + 3).matchAll(/\S+/gu)].slice(0, 3).find((w) => SPEECH_NOUNS.has(w[0]));
		if (!owner || !noun || (owner.kind !== 'person' && owner.kind !== 'organisation') || resolver.verbsIn(owner.end, openAt).length) return null;
		const nounAt = floor + possessive + 3 + noun.index;
		if (openAt - nounAt > 120) return null;
		const subject = { name: owner.name, via: 'name' as const, range: { start: owner.start, end: owner.end }, rule: 'possessive-owner' };
		return { subject, range: { start: owner.start, end: nounAt + noun[0].length }, verb: resolver.tokens[index.tokenIndexAt(nounAt)]! };
	};

	/** The sentence before `sentence` in the same paragraph, when it holds no quotation; null otherwise. */
	const unquotedSentenceBefore = (sentence: TextRange, paragraph: number): TextRange | null => {
		const before = sentences[rangeAt(sentences, sentence.start) - 1];
		const quotes = (r: TextRange) => spans.some((s) => s.start >= r.start && s.end <= r.end);
		return before && before.end <= sentence.start && paragraphOf(before.start) === paragraph && !quotes(before) ? before : null;
	};

	// "Aderholt returned to the issue later in the hearing. “What commercial launch vehicles exist today …?”": the one
	// person who opened the sentence before, in the same paragraph, naming no one else and quoting no one.
	const openerBefore = (sentence: TextRange, paragraph: number): string | null => {
		const before = unquotedSentenceBefore(sentence, paragraph);
		if (!before) return null;
		const name = discourse.previousOpener(sentence.start);
		const people = within(names.mentions, before.start, before.end).filter((m) => m.kind === 'person');
		// Named there, not only meant by a pronoun ("He is still shaking his head …").
		return name && people.some((m) => m.name === name) && people.every((m) => m.name === name) ? name : null;
	};

	// "He is more emphatic when discussing Ukraine. “We should give …”": the sentence before, in the same paragraph, has
	// "he" or "she" for its subject, names no one and quotes no one; the quotation is the pronoun's referent's when that
	// is the person the story is about, whom a profile or interview describes between their answers.
	const pronounOpenerBefore = (sentence: TextRange, paragraph: number): string | null => {
		const before = unquotedSentenceBefore(sentence, paragraph);
		if (!before) return null;
		if (within(names.mentions, before.start, before.end).some((m) => m.kind === 'person')) return null;
		// "He is …", "As we say goodbye, he looks aghast.": the pronoun opens the sentence or its main clause.
		const subject = /^((?:[^,.;:]{1,60},\s+)?)(?:he|she)\s+\p{Ll}/iu.exec(body.slice(before.start, before.end));
		const protagonist = discourse.protagonist();
		return subject && protagonist && discourse.resolvePronoun(before.start + subject[1]!.length) === protagonist ? protagonist : null;
	};

	// '“…” (Screen Daily)': a name alone in brackets right after the closing mark cites where the words appeared.
	const citedAt = (closeAt: number): string | null => {
		const open = /^\s?\(/.exec(body.slice(closeAt, closeAt + 2));
		const named = open ? index.mentionByStart.get(closeAt + open[0].length) : undefined;
		return named && body[named.end] === ')' && (named.kind === 'organisation' || named.kind === 'person') ? named.name : null;
	};

	/**
	 * "In a statement ESPN said," closing the paragraph before: the cue of a verb of saying with nothing after it but
	 * a colon or a comma, or a colon after the one person a sentence opens with, introduces the next paragraph's
	 * quotation.
	 */
	const introducedBefore = (paragraph: number): Cue | null => {
		const before = paragraphs[paragraph - 1];
		if (!before) return null;
		const end = before.start + body.slice(before.start, before.end).replace(/\s+$/, '').length;
		const verb = resolver.verbsIn(before.start, before.end).at(-1);
		// "describes the scene:", "told the rally in Dallas:": a short object or place may stand between the verb and the colon.
		if (verb !== undefined) {
			const gap = body.slice(resolver.tokens[verb]!.end, end);
			if (/^\s*[:,]$/.test(gap) || (SHORT_OBJECT_BEFORE_COLON.test(gap) && !SHOWN.test(gap))) {
				const sentence = sentenceOf(resolver.tokens[verb]!.start);
				return resolver.cueBefore(sentence.start, end, sentence.start);
			}
		}
		// "Executive Dow Constantine issued this statement as the demonstration was underway:": the one person the
		// sentence a colon ends opens with.
		// Not what someone reads out or shows ("read the jury's verdict aloud:"): its words are the document's author's.
		const sentence = sentenceOf(end - 1);
		if (body[end - 1] !== ':' || SHOWN.test(body.slice(sentence.start, end))) return null;
		return colonSubject(end, sentence);
	};

	/** "…, and stated that": a verb joined to the one before it, sharing its subject. */
	const coordinated = (v: number) => {
		const joint = resolver.tokens[v - 1];
		return !!joint && /^(?:and|but|then)$/i.test(joint.text) && !/[.;:!?]/.test(body.slice(joint.end, resolver.tokens[v]!.start));
	};

	/** Notes the speakers of the short quotations before `at`, in reading order. */
	const noteShortSaid = (at: number) => {
		while (shortSaid.length && openOf(shortSaid[0]![0]!) < at) {
			const span = shortSaid.shift()![0]!;
			readUpTo(openOf(span));
			const cue = resolver.cueAfter(span.close + 1, sentenceOf(span.close).end, true);
			if (cue?.subject.name && cue.subject.via === 'name' && resolver.kindOf(cue) === 'person') spoke(cue.subject.name, openOf(span));
		}
	};

	// The cue that gave the quotation just read its speaker, and where that quotation closed.
	let previousCue: { cue: Cue; close: number } | null = null;
	/**
	 * 'She went on to note that Trump had dismissed the tape as “…,” but “…”': a quotation joined by a conjunction to
	 * the one before, whose speaker a past perfect gave inside the clause the sentence's teller reports: the teller's.
	 */
	const outerTeller = (openAt: number, sentence: TextRange): Cue | null => {
		const inner = previousCue;
		if (!inner || inner.cue.range.start < sentence.start || !/^\W*(?:but|and|yet)\W*$/i.test(body.slice(inner.close, openAt))) return null;
		if (!/\bhad\s+(?:\w+ly\s+)?$/i.test(body.slice(Math.max(0, inner.cue.verb.start - 20), inner.cue.verb.start))) return null;
		const teller = resolver.cueBefore(sentence.start, inner.cue.range.start, sentence.start);
		if (!teller?.subject.name || teller.subject.name === inner.cue.subject.name || resolver.kindOf(teller) !== 'person') return null;
		return /^\s+(?:[\p{L}'’-]+\s+){0,3}?that\s+$/u.test(body.slice(teller.verb.end, inner.cue.range.start)) ? teller : null;
	};

	const paragraphStarts = paragraphs.map((p) => p.start);
	/** The unnamed person described as speaking the last quotation, while no one else has spoken since. */
	let described: { source: TextRange; paragraph: number; close: number } | null = null;
	/** "one legal expert said": the words for someone unnamed; "the expert warned": the words that introduced them. */
	const describedBy = (subject: Subject): TextRange | null => {
		if (subject.name) return null;
		const { start, end } = subject.range;
		if (subject.via === 'generic') {
			// "a former Israeli official said": the generic word may be the noun the description ends with.
			const opening = DESCRIPTION_OPENING.exec(body.slice(Math.max(sentenceOf(start).start, start - 60), start));
			const from = opening ? start - opening[0].length : start;
			const described = describedAt(body, from, sentenceOf(start).end);
			return described && described.end >= end ? described : null;
		}
		// "the expert", not "the organization's chief scientist": a plain noun refers back; a qualified one may be someone else.
		const definite = subject.via === 'title' ? /^the\s+([\p{L}-]+)$/iu.exec(body.slice(start, end)) : null;
		return definite ? introducedAs(body, definite[1]!, start, paragraphStarts) : null;
	};

	units.forEach((segments, u) => {
		const first = segments[0]!;
		const last = segments[segments.length - 1]!;
		const openAt = openOf(first);
		noteShortSaid(openAt);
		readUpTo(openAt);
		const firstSentence = sentenceOf(openAt);
		discourse.noteOpenSentence(firstSentence);
		const lastSentence = sentenceOf(last.close >= 0 ? last.close : last.end);
		const prev = units[u - 1]?.at(-1);
		const next = units[u + 1]?.[0];
		const floor = Math.max(firstSentence.start, prev && prev.close >= 0 && prev.close < openAt ? prev.close + 1 : 0, body.lastIndexOf('\n', openAt) + 1);
		const closeAt = last.close >= 0 ? last.close + 1 : last.end;
		// '"Is it fair?" Schiff asked.': a question or exclamation ends a sentence the attribution still belongs to.
		const opensSentence = !/\w/.test(body.slice(firstSentence.start, openAt));
		const nextEnd = sentenceOf(closeAt + 1).end;
		// '"My comments expressed my beliefs." She wrote on Twitter.': so does a full stop, before a short sentence that
		// is only the attribution.
		const tellsAfter = body.slice(closeAt, nextEnd);
		const stopThenTeller = /\.['’"”]?\s*$/.test(body.slice(last.start, last.end)) && TELLER_SENTENCE.test(tellsAfter);
		const question =
			opensSentence &&
			(/[?!]['’"”]?\s*$/.test(body.slice(last.start, last.end)) || stopThenTeller) &&
			lastSentence.end <= closeAt + 1 &&
			// '"… shortness of breath?’" Mega says, noting that …': a clause after the cue's comma is the reporter's own.
			tellsAfter.split(/,\s/)[0]!.split(/\s+/).filter(Boolean).length <= 5;
		const sentenceEnd = question ? Math.max(lastSentence.end, nextEnd) : lastSentence.end;
		const ceiling = Math.min(sentenceEnd, next && next.open > closeAt ? next.open : Infinity, paragraphs[last.paragraph]!.end);
		const wordsBefore = /\w/.test(body.slice(floor, openAt));
		const closed = last.close >= 0;
		// 'a team of analysts "has been prepared to deliver …," reported the Washington Post': a comma closing the words
		// hands them to a verb of saying after them, as when they open the sentence.
		const clauseClosed = !wordsBefore || /,\s*$/.test(body.slice(last.start, last.close >= 0 ? last.close : last.end));
		const after = lazy(() =>
			closed ? (resolver.cueAfter(closeAt, ceiling, clauseClosed) ?? (wordsBefore ? null : resolver.cueAtEnd(closeAt, ceiling, true))) : null,
		);
		const site: QuoteSite = {
			after,
			before: lazy(() => resolver.cueBefore(floor, openAt, firstSentence.start)),
			closing: lazy(() => (closed && wordsBefore ? resolver.cueAtEnd(closeAt, ceiling) : null)),
			laterCue: lazy(() => (closed ? laterCue(u, closeAt, lastSentence) : null)),
			colonSubject: lazy(() => colonSubject(openAt, firstSentence)),
			outerTeller: lazy(() => outerTeller(openAt, firstSentence)),
			runInHead: lazy(() => runInHead(openAt, firstSentence, first.paragraph)),
			ownerOfSaying: lazy(() => ownerOfSaying(floor, openAt)),
			kindOf: (cue) => resolver.kindOf(cue),
			textFromVerb: (cue) => body.slice(cue.verb.end, openAt),
			// '"…," said one resident': a reporting verb right after the quotation names someone no pass can; a participle
			// ('"…," adding he …') or a coordinated verb ('"…," and stated that …') names no one new: its subject is the sentence's.
			saidBySomeone:
				closed &&
				resolver
					.verbsIn(closeAt, ceiling)
					.some((v) => resolver.tokens[v]!.start - closeAt < 40 && FINITE_OR_ACCORDING.test(resolver.tokens[v]!.text) && !coordinated(v)),
			// In full: "I was Dr. Rockeymoore" or "my husband, Congressman Cummings" is how a speaker may name herself.
			// In any form, as an owner ("Leslie’s insight was …"): a speaker says "my", not their own name's possessive.
			names: (name) =>
				segments.some((s) =>
					within(names.mentions, s.start, s.end).some(
						(m) => (name.includes(' ') && body.slice(m.start, m.end) === name) || (m.name === name && ownsNotKin(body.slice(m.end, m.end + 30))),
					),
				),
			// '“He sat back and …”': words opening with "he" or "she" tell of someone, whom that pronoun may be.
			toldOf: (name) => {
				const opening = /^\W*(he|she)\b/i.exec(body.slice(first.start, first.end));
				if (!opening || !index.fits(name, opening[1]!.toLowerCase())) return false;
				// Not when the sentence before gives the pronoun someone else to mean ("praised her point guard. “She …”").
				const before = sentenceOf(Math.max(0, openAt - 2));
				const others = within(names.mentions, before.start, openAt).some((m) => m.kind === 'person' && m.name !== name);
				const owned = /\b(?:his|her|their)\s+(?!(?:to|and|or|in|on|at|up|down|back|off|out|as|that|the|a|an)\b)\p{L}/iu;
				return !others && !owned.test(body.slice(before.start, openAt));
			},
			introducedBefore: lazy(() => (openAt <= paragraphs[first.paragraph]!.start + 1 ? introducedBefore(first.paragraph) : null)),
			wholeParagraph: openAt <= paragraphs[first.paragraph]!.start + 1,
			paragraph: first.paragraph,
			lastSpeaker: discourse.lastSpeaker(),
			openerBefore: opensSentence ? openerBefore(firstSentence, first.paragraph) : null,
			pronounOpenerBefore: opensSentence ? pronounOpenerBefore(firstSentence, first.paragraph) : null,
			aboutOnly,
			afterQuestion: first.paragraph > 0 && asksQuestion(first.paragraph - 1),
			afterToldQuestion: first.paragraph > 0 && !!discourse.questioner(openAt) && toldAfterQuotation(first.paragraph - 1),
			signedBy: closeAt >= paragraphs[last.paragraph]!.end - 1 ? signatureAfter(last.paragraph) : null,
			protagonist: discourse.protagonist(),
			compiledFrom: compiledFrom && !bodyOpens(firstSentence) ? compiledFrom : null,
			continued: segments.length > 1,
			citedBy: closed ? citedAt(closeAt) : null,
			fits: (name, cue) => index.fits(name, body.slice(cue.subject.range.start, cue.subject.range.end).toLowerCase()),
			describedBy: (cue) => describedBy(cue.subject),
			describedBefore:
				described && described.paragraph === first.paragraph && !within(names.mentions, described.close, openAt).some((m) => m.kind === 'person')
					? described.source
					: null,
		};
		const decided = firstDecision(QUOTE_PASSES, site);
		const cue = decided?.result.cue ?? null;
		const speaker = decided?.result.speaker ?? null;
		let form: QuoteForm = decided?.result.form ?? 'unattributed';
		const source = !speaker ? decided?.result.source : undefined;
		const rule = decided ? (cue ? `${decided.rule}/${cue.subject.rule}` : decided.rule) : NO_RULE;
		// A quotation a cue gives to someone else ends the digest: a later "Beijing said: “…”" is no point of it.
		if (decided && !decided.rule.startsWith('compiled') && (otherPerson(speaker) || (cue && !speaker))) compiledFrom = null;

		if (segments.length > 1 && speaker) form = 'multi-paragraph';
		// '"…?" Gingrich interjected.' / '"…," she countered.': who asked the question quoted last, which a reply answers.
		discourse.noteQuestioner(speaker && /\?['’"”]?\s*$/.test(body.slice(last.start, last.end)) ? speaker : null, last.start);
		for (const s of segments) {
			quotes.push({
				start: s.start,
				end: s.end,
				speaker,
				form,
				cue: cue && speaker ? cue.range : null,
				context: sentenceOf(s.start),
				paragraph: s.paragraph,
				rule,
				...(source ? { source } : {}),
			});
		}
		described = source ? { source, paragraph: last.paragraph, close: closeAt } : speaker || cue ? null : described;
		// Words running over several paragraphs: the speaker spoke last in the paragraph where they end.
		const spokeAt = segments.length > 1 ? last.start : openAt;
		// "Trump said Sen. Ted Cruz was 'dying to …'": what follows the cue is what the speaker told, with its characters.
		if (speaker) spoke(speaker, spokeAt, cue && cue.range.end <= openAt ? { start: cue.range.end, end: last.end } : undefined);
		// "the Texan saying" where the story names several: someone spoke, whom a pronoun after it may mean.
		// "the governor said" where no one the story names holds that office: someone spoke, though not whom it names.
		else if (site.saidBySomeone || cue?.subject.via === 'generic' || cue?.subject.via === 'title' || cue?.subject.rule === 'epithet') {
			const word = cue ? body.slice(cue.subject.range.start, cue.subject.range.end).toLowerCase() : '';
			const pronoun = cue?.subject.via === 'pronoun' && /^(?:he|she)$/.test(word) ? word : undefined;
			discourse.noteUnnamedSpeaker(openAt, !(cue?.subject.via === 'generic' && THING_SOURCES.has(word)), pronoun);
		}
		if (cue) noteGroup(cue.subject);
		previousCue = cue && speaker ? { cue, close: closeAt } : null;
	});
	readUpTo(Infinity);
	return { quotes, statements };
}
