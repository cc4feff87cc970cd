import type { TextRange } from '../text/sentences.js';
import { NOT_CLAUSE_OPENERS } from '../lexicon/function-words.js';
import { BARE_CLAUSE, GOING_ON_PARTICIPLES, OCCASION_NOUNS, TAKES_OBJECT } from '../lexicon/verbs.js';
import { alternation } from '../lexicon/words.js';
import type { QuoteSpan } from './quote-spans.js';
import { onlyRoleWords, opensApposition } from './speaker-words.js';
import type { AttributedStatement, CueFinder } from './cues.js';
import type { Token } from './tokens.js';
import { readDateline } from './dateline.js';

// The passes that find indirect speech ("Lavrov said (that) Moscow was …", "…, the minister said."), in the order
// of passes.ts. The reported clause is kept as a span of the article and shown as a paraphrase, never inside
// quotation marks.

const OCCASIONS = alternation(OCCASION_NOUNS);
/** Adverbials between a verb and its clause: "on Tuesday", "in a statement", "last week". */
const ADVERBIAL = new RegExp(
	`^(?:${[
		// A preposition needs its object before "that": "said during that episode" is no "said …, that".
		String.raw`,?\s*(?:on|in|at|during|after|before|over|via)\b[^,]{1,40}?,?\s+(?=that\b)`,
		String.raw`,?\s*(?:last|this|earlier|later|late|early)\b[^,]{0,40}?,?\s+(?=that\b)`,
		String.raw`\s*(?:(?:on|last|this) )?\w+day\b[^,;.]{0,60}?,?(?=\s+that\b)`,
		String.raw`\s*(?:on|last|this) \w+day\b,?`,
		String.raw`\s*(?:yesterday|today|earlier|later|recently|previously|again|also)\b(?!['’]),?`,
		String.raw`\s*(?:in|at|during) (?:a|an|the|his|her|their|its) (?:\w+ ){0,2}?(?:${OCCASIONS})\b[^,]{0,40}?,?`,
	].join('|')})`,
	'i',
);
const NOT_CLAUSE_OPENER = alternation(NOT_CLAUSE_OPENERS);
const GOING_ON_PARTICIPLE = alternation(GOING_ON_PARTICIPLES);
/**
 * A reported clause does not open with a preposition ("said in the press briefing"), a time ("said Tuesday in a
 * chat"), a conjunction or relative pronoun ("said, but instead …", "which left"), a participle ("said while
 * visiting", "pointing to", "adding that"), or punctuation.
 */
const NOT_A_CLAUSE = new RegExp(
	String.raw`^(?:(?:${NOT_CLAUSE_OPENER}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!['’])|(?:while|when|whilst) \w+ing\b|` +
		String.raw`only,|(?:${GOING_ON_PARTICIPLE})\b|[^\p{L}\p{N}"“‘'])`,
	'iu',
);
const CLAUSE_END = /;|,["”’]?\s+(?:while|whereas|but|although|though)\s|\s+[—–]\s/;
const MIN_CLAUSE_WORDS = 3;
/** After "According to X": an age or a short apposition, then the comma that opens the reported clause. */
const LEADING_SOURCE = /^(?:,\s*(?:\d{1,3}|(?:a|an|the)\s[^,]{1,60}))?,\s+/;

function trimClause(body: string, start: number, end: number): TextRange | null {
	// "PUTRAJAYA, Nov 22 — ": a dateline opens the story, not the reported clause.
	start += readDateline(body.slice(start, end))?.length ?? 0;
	const cut = CLAUSE_END.exec(body.slice(start, end));
	// Keep a closing quotation mark that ends the clause, so the article's own quotation stays whole.
	if (cut) end = start + cut.index + (/^,["”’]/.test(cut[0]) ? 2 : 0);
	while (end > start && /[\s.,:]/.test(body[end - 1]!)) end--;
	while (start < end && /\s/.test(body[start]!)) start++;
	const words = body
		.slice(start, end)
		.split(/\s+/)
		.filter((w) => /\p{L}/u.test(w)).length;
	return words >= MIN_CLAUSE_WORDS ? { start, end } : null;
}

/** "X said (on Tuesday) (that) <clause>": the clause after the verb, or null when there is none. */
function clauseAfter(body: string, verb: Token, sentence: TextRange, spans: QuoteSpan[]): TextRange | null {
	const word = verb.text.toLowerCase();
	let from = verb.end;
	if (TAKES_OBJECT.has(word)) {
		// "told the court on Monday, 28 April, that": the object may hold a date with commas, nothing else.
		const that = /^(?:[^,;."“]|,(?=\s*(?:\d|that\b))){1,80}?\bthat\b/.exec(body.slice(from, sentence.end));
		if (!that) return null;
		from += that[0].length;
	}
	const adverbial = ADVERBIAL.exec(body.slice(from, sentence.end));
	if (adverbial) from += adverbial[0].length;
	const that = /^\s*(?:that,?|:)\s/.exec(body.slice(from, sentence.end));
	if (that) from += that[0].length;
	// "Gianforte indicated he would sign the bill": a clause that opens with its subject pronoun needs no "that".
	else if (
		!BARE_CLAUSE.has(word) &&
		!TAKES_OBJECT.has(word) &&
		!/^\s+(?:he|she|they|it|we|i|there)\s+(?:would|will|was|were|had|has|have|is|are|could|should|can|did|does|do|might|must|\w+ed)\b/i.test(
			body.slice(from, from + 30),
		)
	)
		return null;
	// A direct quotation right after the verb is a quote, not a paraphrase.
	if (
		/^\s*[,:]?\s*["“‘']/.test(body.slice(from, from + 4)) &&
		spans.some((s) => s.open >= from && s.open < from + 4 && (s.close < 0 || s.close >= sentence.end - 2))
	)
		return null;
	// "X says, <clause>" reports the clause; "X said: “…”" introduces a quotation (handled above).
	if (/^\s*:/.test(body.slice(from, from + 2))) return null;
	if (/^\s*,/.test(body.slice(from, from + 2))) from = body.indexOf(',', from) + 1;
	const clause = trimClause(body, from, sentence.end);
	return clause && !NOT_A_CLAUSE.test(body.slice(clause.start, clause.end)) ? clause : null;
}

/** A verb of saying in a sentence, where a statement may be reported. Read-only. */
export interface StatementSite {
	body: string;
	sentence: TextRange;
	cues: CueFinder;
	spans: QuoteSpan[];
	/** Token index of the verb. */
	v: number;
	verb: Token;
}

/** A statement found, or that the verb reports none (the passes after it are not tried). */
export type StatementDecision = { statement: Omit<AttributedStatement, 'rule'> | null };
const NONE: StatementDecision = { statement: null };

/** "<clause>, according to X." and "According to X, 34, <clause>." */
export function accordingTo({ body, sentence, cues, v, verb }: StatementSite): StatementDecision | null {
	if (verb.text.toLowerCase() !== 'according') return null;
	const source = cues.subjectAfter(v, sentence.end);
	if (!source?.name || source.via !== 'name') return NONE;
	const comma = body.lastIndexOf(', ', verb.start);
	const leading = /^\W*$/.test(body.slice(sentence.start, verb.start)) ? LEADING_SOURCE.exec(body.slice(source.range.end, sentence.end)) : null;
	const trailing = comma > sentence.start && /^\W*$/.test(body.slice(source.range.end, sentence.end));
	const clause = leading ? trimClause(body, source.range.end + leading[0].length, sentence.end) : trailing ? trimClause(body, sentence.start, comma) : null;
	return { statement: clause && { ...clause, speaker: source.name, cue: { start: verb.start, end: source.range.end }, subject: source } };
}

/** "Lavrov said (on Tuesday) (that) <clause>", "Wang told reporters that <clause>": the subject, the verb, the clause. */
export function verbThenClause({ body, sentence, cues, spans, v, verb }: StatementSite): StatementDecision | null {
	const subject = cues.subjectBefore(v, sentence.start) ?? cues.coordinatedSubject(v, sentence.start);
	const clause = subject?.name ? clauseAfter(body, verb, sentence, spans) : null;
	return clause ? { statement: { ...clause, speaker: subject!.name!, cue: { start: subject!.range.start, end: verb.end }, subject: subject! } } : null;
}

/** "<clause>, X said." or with a short complement: "…, X told the AP." / "…, X said on Tuesday." */
export function clauseThenVerb({ body, sentence, cues, spans, v, verb }: StatementSite): StatementDecision | null {
	const tail = body.slice(verb.end, sentence.end);
	const before = body.slice(sentence.start, verb.start);
	const comma = before.lastIndexOf(', ');
	if (comma < 0) return null;
	const cueStart = sentence.start + comma + 2;
	// "<clause>, says Yao." / "<clause>, says Belinda Schäpe, a China analyst at …": the verb before its subject.
	const inverted = cueStart === verb.start ? cues.subjectAfter(v, sentence.end, true) : null;
	const rest = inverted ? body.slice(inverted.range.end, sentence.end) : tail;
	if (!/^(?:\s+[\w’'-]+){0,4}\W*$/u.test(rest) && !(inverted && opensApposition(rest))) return null;
	// "…, as Richard Falk, professor emeritus of international law at Princeton explains.": a name after "at" is where
	// the subject works; the apposition left open holds the clause's comma, and its person is the subject.
	let subject = inverted ?? cues.subjectBefore(v, cueStart);
	if (!inverted && subject && /\b(?:at|of|for|with)\s+(?:the\s+)?$/.test(body.slice(Math.max(0, subject.range.start - 10), subject.range.start))) {
		const wider = cues.subjectBefore(v, sentence.start);
		if (wider?.name && wider.rule === 'unclosed-apposition') subject = wider;
	}
	// The cue is the whole clause after the comma: "X said", "the State Department said".
	if (!subject?.name || (!inverted && !onlyRoleWords(body.slice(cueStart, subject.range.start).replace(/^the\s+/i, '')))) return null;
	// The clause starts after any quotation in the sentence: '… a direct "challenge," a deal was still possible, X said.'
	const quoted = spans.filter((s) => s.start >= sentence.start && s.end <= cueStart);
	const from = quoted.length ? quoted.at(-1)!.end + 1 : sentence.start;
	if (quoted.some((s) => s.end > sentence.start + comma - 1)) return null;
	const clause = trimClause(body, from, sentence.start + comma);
	// "But the history … is missing, Kapral said.": the sentence's link to the one before is not what was said.
	const link = clause ? /^(?:but|and|yet|so|still|however),?\s+/i.exec(body.slice(clause.start, clause.end)) : null;
	if (clause && link) clause.start += link[0].length;
	// An inverted cue closing the sentence ("…, says Yao.") reports all of it, whatever word it opens with.
	if (!clause || (!inverted && NOT_A_CLAUSE.test(body.slice(clause.start, clause.end)))) return null;
	return { statement: { ...clause, speaker: subject.name, cue: { start: cueStart, end: Math.max(verb.end, subject.range.end) }, subject } };
}
