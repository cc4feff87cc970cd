import type { TextRange } from '../text/sentences.js';
import type { ArticleEntities, Mention } from './entities.js';
import { GENERIC_SPEAKERS, REPORTING_VERBS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
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

/** Words allowed between a subject and its verb ("Lavrov also said", "he had earlier told"). */
const BETWEEN = new Set('also has had have was is were are would could will later then again once previously reportedly recently further simply just earlier first separately subsequently repeatedly publicly privately already only himself herself itself themselves never not then too frequently often'.split(' '));
const PRONOUNS = new Set(['he', 'she']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'it']);

const lower = (t: Token) => t.text.toLowerCase();

/** Punctuation and the words of a role ("Pakistani military spokesperson Lt. Gen."), nothing else. */
function onlyRoleWords(text: string): boolean {
	return text
		.replace(/^[\s,.!?—–-]+/, '')
		.split(/\s+/)
		.filter(Boolean)
		.every((w) => {
			const word = w.replace(/['’]s$|[.,]$/g, '').toLowerCase();
			return /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) || ['the', 'a', 'an', 'of', 'and', 'former', 'military', 'senior', 'top'].includes(word);
		});
}

export class SpeakerResolver {
	private readonly mentionByEnd = new Map<number, Mention>();
	private readonly mentionByStart = new Map<number, Mention>();
	private lastSpeaker: { name: string; at: number } | null = null;

	constructor(
		private readonly body: string,
		private readonly names: ArticleEntities,
		private readonly paragraphOf: (offset: number) => number,
	) {
		for (const m of names.mentions) {
			this.mentionByEnd.set(m.end, m);
			this.mentionByStart.set(m.start, m);
		}
	}

	get tokens(): Token[] {
		return this.names.tokens;
	}

	/** Index of the first token starting at or after `offset`. */
	tokenIndexAt(offset: number): number {
		let lo = 0;
		let hi = this.tokens.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.tokens[mid]!.start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Records who spoke last, for pronouns that follow. */
	noteSpeaker(name: string, at: number): void {
		if (this.names.entities.get(name)?.kind === 'person') this.lastSpeaker = { name, at };
	}

	private resolvePronoun(at: number): string | null {
		const paragraph = this.paragraphOf(at);
		if (this.lastSpeaker && paragraph - this.paragraphOf(this.lastSpeaker.at) <= 3) return this.lastSpeaker.name;
		const before = this.names.mentions.filter((m) => m.kind === 'person' && m.end <= at && paragraph - this.paragraphOf(m.start) <= 1);
		return before.at(-1)?.name ?? null;
	}

	/** "the minister" → the nearest person before `at` whose role or name carries that word. */
	private resolveTitle(head: string, at: number): string | null {
		for (let i = this.names.mentions.length - 1; i >= 0; i--) {
			const m = this.names.mentions[i]!;
			if (m.start >= at) continue;
			const entity = this.names.entities.get(m.name);
			if (!entity || (entity.kind !== 'person' && entity.kind !== 'organisation')) continue;
			const labels = [...entity.roles.map((r) => this.body.slice(r.start, r.end)), ...entity.aliases].join(' ').toLowerCase();
			if (new RegExp(`\\b${head}\\b`).test(labels)) return m.name;
		}
		return null;
	}

	/** The subject written just before token `verb`, not reaching back past `floor`. */
	subjectBefore(verb: number, floor: number): Subject | null {
		let k = verb - 1;
		while (k >= 0 && this.tokens[k]!.start >= floor && BETWEEN.has(lower(this.tokens[k]!))) k--;
		if (k < 0 || this.tokens[k]!.start < floor) return null;
		const t = this.tokens[k]!;
		const gap = this.body.slice(t.end, this.tokens[k + 1]!.start);
		// "Das, a 33-year-old blogger, said": the name is before the apposition.
		if (/^,\s*$/.test(gap)) {
			const comma = this.body.lastIndexOf(',', t.start);
			const named = comma >= floor && t.start - comma < 100 ? this.mentionByEnd.get(comma) : undefined;
			return named && named.kind !== 'place' ? { name: named.name, via: 'name', range: { start: named.start, end: named.end } } : null;
		}
		if (gap.trim()) return null;
		const named = this.mentionByEnd.get(t.end) ?? this.mentionByEnd.get(t.end - 2);
		if (named && named.kind !== 'place') return { name: named.name, via: 'name', range: { start: named.start, end: named.end } };
		const word = lower(t);
		if (PRONOUNS.has(word)) return { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end } };
		if (PLURAL_PRONOUNS.has(word) || GENERIC_SPEAKERS.has(word)) return { name: null, via: 'generic', range: { start: t.start, end: t.end } };
		if (ROLE_NOUNS.has(word)) {
			// "the minister", "the Kremlin spokesman", "the 45-year-old mother of four" (head within 4 words of "the").
			for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
				const w = lower(this.tokens[j]!);
				if (w === 'the') {
					const range = { start: this.tokens[j]!.start, end: t.end };
					return { name: this.resolveTitle(word, t.start), via: 'title', range };
				}
				if (w === 'a' || w === 'an') return { name: null, via: 'generic', range: { start: this.tokens[j]!.start, end: t.end } };
			}
		}
		return null;
	}

	/** The subject written just after token `verb` ("said Lavrov", "said the minister", "according to Lavrov"). */
	subjectAfter(verb: number, ceiling: number): Subject | null {
		let k = verb + 1;
		if (lower(this.tokens[verb]!) === 'according' && lower(this.tokens[k] ?? this.tokens[verb]!) === 'to') k++;
		const t = this.tokens[k];
		if (!t || t.end > ceiling || this.body.slice(this.tokens[k - 1]!.end, t.start).trim()) return null;
		const named = this.mentionByStart.get(t.start);
		if (named && named.kind !== 'place') return { name: named.name, via: 'name', range: { start: named.start, end: named.end } };
		if (PRONOUNS.has(lower(t))) return { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end } };
		if (lower(t) === 'the') {
			for (let j = k + 1; j <= k + 5 && this.tokens[j] && this.tokens[j]!.end <= ceiling; j++) {
				const w = lower(this.tokens[j]!);
				if (ROLE_NOUNS.has(w)) return { name: this.resolveTitle(w, t.start), via: 'title', range: { start: t.start, end: this.tokens[j]!.end } };
			}
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
			if (verb.start - from > 80) break;
			const before = this.subjectBefore(v, from);
			// The subject must follow the closing mark directly (', Lavrov said', ', military spokesman Lt. Gen. X said'),
			// not open a new clause.
			if (before && onlyRoleWords(this.body.slice(from, before.range.start))) return { subject: before, range: { start: before.range.start, end: verb.end }, verb };
			const after = this.subjectAfter(v, to);
			if (after && this.tokenIndexAt(from) === v) return { subject: after, range: { start: verb.start, end: after.range.end }, verb };
		}
		return null;
	}

	/** The nearest cue before a quotation: "Lavrov said:", "Wang said China", "He accused the U.S. of trying to". */
	cueBefore(from: number, to: number): Cue | null {
		const verbs = this.verbsIn(from, to).reverse();
		for (const v of verbs) {
			const verb = this.tokens[v]!;
			const subject = this.subjectBefore(v, from) ?? this.sentenceSubject(from, verb.start, verb);
			if (subject) return { subject, range: { start: Math.min(subject.range.start, verb.start), end: Math.max(subject.range.end, verb.end) }, verb };
			const after = this.subjectAfter(v, to);
			if (after) return { subject: after, range: { start: verb.start, end: after.range.end }, verb };
		}
		return null;
	}

	/** "Biden called Xi a dictator and said …": a coordinated verb shares the subject that opens the sentence. */
	coordinatedSubject(verb: number, sentenceStart: number): Subject | null {
		if (lower(this.tokens[verb - 1] ?? this.tokens[verb]!) !== 'and') return null;
		const first = this.tokenIndexAt(sentenceStart);
		return first < verb - 1 ? this.subjectBefore(first + 1 + this.nameLength(first), sentenceStart) : null;
	}

	private nameLength(first: number): number {
		const named = this.mentionByStart.get(this.tokens[first]!.start);
		if (!named) return 0;
		let k = first;
		while (this.tokens[k + 1] && this.tokens[k + 1]!.end <= named.end) k++;
		return k - first;
	}

	/** For participles ("…, telling officials that"), the subject is the sentence's own subject, its first name. */
	private sentenceSubject(from: number, to: number, verb: Token): Subject | null {
		if (!/ing$/.test(verb.text)) return null;
		const first = this.names.mentions.find((m) => m.start >= from && m.end <= to && m.kind !== 'place');
		if (first) return { name: first.name, via: 'name', range: { start: first.start, end: first.end } };
		const k = this.tokenIndexAt(from);
		const t = this.tokens[k];
		return t && PRONOUNS.has(lower(t)) ? { name: this.resolvePronoun(t.start), via: 'pronoun', range: { start: t.start, end: t.end } } : null;
	}
}
