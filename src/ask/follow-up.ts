import type { Reading } from './answer.js';
import { cleanQuestion } from './reading.js';

// Follow-up questions lean on the one before, within a channel, for ten minutes: "what did he say about taiwan",
// "and xi?", "when was that". The rewritten question is what gets answered, so the reading shown is the resolved one.

export const FOLLOW_UP_MS = 10 * 60 * 1000;
/** Channels remembered at once; the oldest is forgotten first. */
export const MAX_CHANNELS = 10_000;

const PRONOUN = /\b(?:he|she|they|him|her|them)\b/;
const SWITCH_SUBJECT = /^(?:and|what about|how about|and what about|same for|now) (.+)$/;
const REFER_BACK = /^(?:when|where) (?:was|is|did) (?:that|this|it)(?: happen)?$/;

/** The question a follow-up stands for, given the reading before it; null when it stands alone. */
export function resolveFollowUp(question: string, previous: Reading): string | null {
	const q = cleanQuestion(question);
	const who = previous.people.map((p) => p.name).join(' and ');
	if (REFER_BACK.test(q)) {
		if (previous.intent === 'met' && who)
			return (
				`when did ${who} meet${previous.others.length ? ` ${previous.others.map((o) => o.name).join(' and ')}` : ''}` +
				`${previous.time ? ` ${previous.time.text}` : ''}`
			);
		// A quote is dated by its article: the same question again shows each with its date.
		if (previous.intent === 'said' && who) return `what did ${who} say${previous.topic ? ` about ${previous.topic}` : ''}`;
		return previous.topic ? `when ${previous.topic}` : null;
	}
	const switched = SWITCH_SUBJECT.exec(q);
	if (switched && previous.people.length) {
		const name = switched[1]!;
		if (previous.intent === 'said') return `what did ${name} say${previous.topic ? ` about ${previous.topic}` : ''}`;
		if (previous.intent === 'met') return `who did ${name} meet${previous.time ? ` ${previous.time.text}` : ''}`;
		if (previous.intent === 'who') return `who is ${name}`;
	}
	if (who && PRONOUN.test(q)) return q.replace(PRONOUN, who);
	return null;
}

/** The last reading per channel, forgotten after ten minutes. */
export class Conversations {
	private readonly last = new Map<string, { reading: Reading; at: number }>();

	constructor(private readonly now: () => number = Date.now) {}

	get(channel: string): Reading | null {
		const entry = this.last.get(channel);
		if (!entry || this.now() - entry.at > FOLLOW_UP_MS) return null;
		return entry.reading;
	}

	/** Channels remembered now, never more than MAX_CHANNELS. */
	get size(): number {
		return this.last.size;
	}

	set(channel: string, reading: Reading): void {
		this.last.delete(channel);
		this.last.set(channel, { reading, at: this.now() });
		if (this.last.size > MAX_CHANNELS) this.last.delete(this.last.keys().next().value!);
	}
}
