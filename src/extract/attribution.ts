import { inside, rangeAt, within } from '../text/ranges.js';
import type { QuoteForm } from '../facts/schema.js';
import type { TextRange } from '../text/sentences.js';
import type { ArticleEntities } from './entities.js';
import type { QuoteSpan } from './quote-spans.js';
import { type Cue, SpeakerResolver } from './speakers.js';
import { type AttributedStatement, statementsIn } from './statements.js';

// One pass over an article in reading order, attributing quotations and indirect statements. The order matters:
// a pronoun or an unattributed continuation refers to whoever spoke last.

export interface AttributedQuote extends TextRange {
	speaker: string | null;
	form: QuoteForm;
	cue: TextRange | null;
	context: TextRange;
	paragraph: number;
}

export interface ArticleText {
	body: string;
	paragraphs: TextRange[];
	sentences: TextRange[];
}

/** Fewer words than this is a scare quote or a name ("new era"), not a quotation. */
const MIN_QUOTE_WORDS = 3;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** "Crazy Rich Asians": every word capitalised and no closing punctuation, a title rather than speech. */
const isTitleOfWork = (text: string) => !/[.,!?;:]$/.test(text) && text.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|a|an|and|in|on|for|to|with)$/.test(w));

function formOf(cue: Cue | null, after: boolean, partial: boolean): QuoteForm {
	if (!cue || !cue.subject.name) return 'unattributed';
	if (cue.subject.via === 'pronoun') return 'pronoun';
	if (cue.subject.via === 'title') return 'title-only';
	if (partial) return 'partial';
	return after ? 'speaker-after' : 'speaker-before';
}

export function attribute(text: ArticleText, names: ArticleEntities, spans: QuoteSpan[]): { quotes: AttributedQuote[]; statements: AttributedStatement[] } {
	const { body, paragraphs, sentences } = text;
	const paragraphOf = (offset: number) => rangeAt(paragraphs, offset);
	const sentenceOf = (offset: number): TextRange => {
		const s = sentences[rangeAt(sentences, offset)];
		return s && offset >= s.start && offset <= s.end ? s : { start: offset, end: offset };
	};
	const resolver = new SpeakerResolver(body, names, paragraphOf, (offset) => inside(spans, offset));

	const groups = new Map<number, QuoteSpan[]>();
	for (const s of spans) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
	const units = [...groups.values()].filter((segments) => {
		const words = segments.reduce((n, s) => n + wordCount(body.slice(s.start, s.end)), 0);
		return words >= MIN_QUOTE_WORDS && !(segments.length === 1 && isTitleOfWork(body.slice(segments[0]!.start, segments[0]!.end)));
	});

	const quotes: AttributedQuote[] = [];
	const statements: AttributedStatement[] = [];
	const speakers: { at: number; paragraph: number; name: string }[] = [];
	const spoke = (name: string, at: number, reported?: TextRange) => {
		resolver.noteSpeaker(name, at, reported);
		speakers.push({ at, paragraph: paragraphOf(at), name });
	};
	let nextSentence = 0;
	// Statements of the sentences before `offset`, so that the last speaker is known when a quotation needs it.
	const readUpTo = (offset: number) => {
		for (; nextSentence < sentences.length && sentences[nextSentence]!.end <= offset; nextSentence++) {
			const sentence = sentences[nextSentence]!;
			resolver.noteSentence(sentence);
			const found = statementsIn(body, sentence, resolver, spans);
			for (const statement of found) {
				statements.push(statement);
				spoke(statement.speaker, statement.start, statement);
			}
			// "Mr Moeketsi further accused the chiefs of …": speaking without a reported clause still makes a speaker,
			// whom a paragraph of quotation after it continues.
			if (!found.length) {
				const speaker = resolver.speakerOfSentence(sentence);
				if (speaker) spoke(speaker.name, speaker.at);
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
		const pronoun = /\b(?:she|her)\b/i.test(text) ? 'she' : /\b(?:he|his|him)\b/i.test(text) ? 'he' : null;
		// Nobody else speaks there ("A police spokesman said he …"), and its pronouns may be the speaker's.
		return !others && !spans.some((s) => s.paragraph === paragraph) && !resolver.verbsIn(p.start, p.end).length && pronoun !== null && resolver.fits(name, pronoun);
	};

	units.forEach((segments, u) => {
		const first = segments[0]!;
		const last = segments[segments.length - 1]!;
		const openAt = openOf(first);
		readUpTo(openAt);
		const firstSentence = sentenceOf(openAt);
		const lastSentence = sentenceOf(last.close >= 0 ? last.close : last.end);
		const prev = units[u - 1]?.at(-1);
		const next = units[u + 1]?.[0];
		const floor = Math.max(firstSentence.start, prev && prev.close >= 0 && prev.close < openAt ? prev.close + 1 : 0, body.lastIndexOf('\n', openAt) + 1);
		const closeAt = last.close >= 0 ? last.close + 1 : last.end;
		// '"Is it fair?" Schiff asked.': a question or exclamation ends a sentence the attribution still belongs to.
		const opensSentence = !/\w/.test(body.slice(firstSentence.start, openAt));
		const nextEnd = sentenceOf(closeAt + 1).end;
		const question = opensSentence && /[?!]['’"”]?\s*$/.test(body.slice(last.start, last.end)) && lastSentence.end <= closeAt + 1 && body.slice(closeAt, nextEnd).split(/\s+/).filter(Boolean).length <= 5;
		const sentenceEnd = question ? Math.max(lastSentence.end, nextEnd) : lastSentence.end;
		const ceiling = Math.min(sentenceEnd, next && next.open > closeAt ? next.open : Infinity, paragraphs[last.paragraph]!.end);
		const wordsBefore = /\w/.test(body.slice(floor, openAt));
		const after = last.close >= 0 ? resolver.cueAfter(closeAt, ceiling) ?? (wordsBefore ? null : resolver.cueAtEnd(closeAt, ceiling)) : null;
		const before = resolver.kindOf(after) === 'person' ? null : resolver.cueBefore(floor, openAt, firstSentence.start);
		// 'Sinwar's promotion might seem a "challenge to Israel," a deal was still possible, Abu Amer told the AP.':
		// the cue closing the sentence reports all of it, the quoted words included.
		const closing = !after && !before && last.close >= 0 && wordsBefore ? resolver.cueAtEnd(closeAt, ceiling) : null;
		// 'he … said, "…," the prosecutor's office said': the speaker just before the quotation said it; the body after
		// only reports that he did.
		const adjacent = !!before && resolver.kindOf(before) === 'person' && /^[,:]?\s*$/.test(body.slice(before.verb.end, openAt));
		const reporting = after?.subject.name && resolver.kindOf(after) !== 'person';
		const cue = after?.subject.name && !(adjacent && reporting) ? after : before ?? after ?? closing;
		const partial = cue === closing || (cue === before && /\w/.test(body.slice(cue?.verb.end ?? openAt, openAt).replace(/\b(?:that|on \w+)\b/g, '')));
		let form: QuoteForm = formOf(cue, cue === after, partial);
		let speaker = cue?.subject.name ?? null;

		// '"…," said one resident': a reporting verb right after the quotation names someone this rule cannot, so the
		// quotation is nobody's rather than the previous speaker's.
		const saidBySomeone = last.close >= 0 && resolver.verbsIn(closeAt, ceiling).some((v) => resolver.tokens[v]!.start - closeAt < 40);
		if (!cue && !saidBySomeone) {
			// No cue in its own sentence: the speaker of the quotation just before it in the paragraph, or, for a
			// paragraph that is all quotation, whoever spoke in the paragraph before.
			const paragraph = first.paragraph;
			const wholeParagraph = openAt <= paragraphs[paragraph]!.start + 1;
			const previous = speakers.at(-1);
			if (previous && previous.paragraph === paragraph) {
				speaker = previous.name;
				form = 'speaker-before';
			} else if (previous && wholeParagraph && (previous.paragraph === paragraph - 1 || (previous.paragraph === paragraph - 2 && aboutOnly(previous.name, paragraph - 1)))) {
				speaker = previous.name;
				form = 'continuation';
			}
		}
		if (segments.length > 1 && speaker) form = 'multi-paragraph';
		for (const s of segments) {
			quotes.push({ start: s.start, end: s.end, speaker, form, cue: cue && speaker ? cue.range : null, context: sentenceOf(s.start), paragraph: s.paragraph });
		}
		if (speaker) spoke(speaker, openAt);
		else if (saidBySomeone || cue?.subject.via === 'generic') resolver.noteUnnamedSpeaker(openAt);
	});
	readUpTo(Infinity);
	return { quotes, statements };
}
