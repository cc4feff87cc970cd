import type { TextRange } from '../../text/sentences.js';
import type { DateMention } from '../dates.js';
import type { ArticleEntities } from '../entities.js';
import type { RawMeeting } from './model.js';

// Agreements an article lists with the day each was signed and no signer named ("The Air Transport Agreement signed on
// 8th June 1991, the … Agreement signed on 13th January 2014"): each is a signing between the pair of states the
// article calls "the two countries". Each cites its own item, so that each keeps its own day.

type Names = Pick<ArticleEntities, 'entities' | 'mentions'>;

/** The article speaks of a pair of states as one: "the two countries", "both nations". */
const TWO_STATES = /\b(?:the two|both) (?:countries|nations|states)\b/i;
/** "between Saudi Arabia and Sri Lanka": the words that join the pair. */
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
const AND = /^\s+and\s+(?:the\s+)?$/;
/** A signing with no signer: "signed on 8th June 1991", "signed in April 2024", never "to be signed in". */
const SIGNED_ON = /(?<!\b(?:be|being|been)\s+)\bsigned,?\s+(?:on|in)\s+/g;
/** A named agreement: capitalised words before the head, "the" first ("the Double Tax Avoidance Agreement", "MoU on …"). */
const AGREEMENT_HEAD = /\b(?:Agreement|Memorandum of Understanding|MoU|MOU|Treaty|Accord|Convention|Protocol)\b/g;
const NAME_BEFORE_HEAD = /(?:\b[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,5}$/u;
/** How far an item's name may run before "signed": "the General Cooperation Agreement in the fields of economy, …". */
const ITEM_REACH = 200;

/** The first pair of states the article joins after "between", when it also speaks of them as "the two countries". */
export function pairOfStates(body: string, names: Names): [string, string] | null {
	if (!TWO_STATES.test(body)) return null;
	const states = names.mentions.filter((m) => m.kind === 'country');
	for (const [i, a] of states.entries()) {
		const b = states[i + 1];
		if (!b || a.name === b.name || !BETWEEN.test(body.slice(Math.max(0, a.start - 20), a.start))) continue;
		if (AND.test(body.slice(a.end, b.start))) return [a.name, b.name];
	}
	return null;
}

/** Pass 6 ('kind.listed-agreement-signed'): each of two or more named agreements a sentence lists signed, between the article's pair. */
export function listedSignings(body: string, sentences: TextRange[], names: Names, dates: DateMention[], published: string | null): RawMeeting[] {
	const pair = pairOfStates(body, names);
	if (!pair) return [];
	const out: RawMeeting[] = [];
	for (const sentence of sentences) {
		const items: RawMeeting[] = [];
		const text = body.slice(sentence.start, sentence.end);
		for (const m of text.matchAll(SIGNED_ON)) {
			const signed = sentence.start + m.index;
			const dateAt = signed + m[0].length;
			const date = dates.find((d) => d.start > signed && d.start <= dateAt + 4);
			if (!date || (published !== null && date.period.end > published)) continue;
			const from = Math.max(sentence.start, signed - ITEM_REACH);
			const window = body.slice(from, signed);
			// The last agreement named before "signed", with no other signing or date between them.
			const head = [...window.matchAll(AGREEMENT_HEAD)].at(-1);
			if (!head) continue;
			const headAt = from + head.index;
			if (/\bsigned\b/.test(body.slice(headAt, signed)) || dates.some((d) => d.start >= headAt && d.end <= signed)) continue;
			const start = headAt - (NAME_BEFORE_HEAD.exec(body.slice(Math.max(sentence.start, headAt - 80), headAt))?.[0].length ?? 0);
			const item = { start, end: date.end };
			const word = { start: signed, end: signed + 'signed'.length };
			items.push({
				sentence: item,
				participants: [...pair],
				kind: 'signing',
				place: null,
				counterpart: null,
				date,
				status: 'happened',
				why: {
					kind: { rule: 'kind.listed-agreement-signed', evidence: word },
					participants: { rule: 'parties.pair-of-the-two-countries', evidence: item },
					status: { rule: 'status.signed-before-publication', evidence: { start: date.start, end: date.end } },
					date: { rule: 'date.of-item-signed', evidence: { start: date.start, end: date.end } },
					place: null,
				},
				more: [],
			});
		}
		// One agreement told alone ("the most recent being the MoU …, signed in April 2024") is no list: its signers are not said.
		if (items.length > 1) out.push(...items);
	}
	return out;
}
