import type { FactStore } from '../store/contract.js';
import { answerParsed, type Asked, type Reading } from './answer.js';
import { resolveFollowUp } from './follow-up.js';
import { parseQuestion } from './reading.js';

// The front door: a question as typed, and the reading before it in the same channel, to one Answer.

export interface AskOptions {
	/** The last reading in this channel, for follow-ups. */
	previous?: Reading | null;
	/** Places "last week" and "this year". */
	today?: Date;
}

/** Mentions pasted into a question (`<@123>`, `<#1>`, `@everyone`) are addressing, not words to look up. */
const withoutMentions = (question: string) => question.replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g, ' ').replace(/\s+/g, ' ').trim();

export async function ask(store: FactStore, typed: string, options: AskOptions = {}): Promise<Asked> {
	const question = withoutMentions(typed);
	const followUp = options.previous ? resolveFollowUp(question, options.previous) : null;
	const parsed = parseQuestion(followUp ?? question, options.today);
	const asked = await answerParsed(store, parsed);
	if (!followUp) return asked;
	// The resolved question is part of the reading, so a wrong guess about "he" is visible.
	const text = `${asked.reading.text} (follow-up read as “${followUp}”)`;
	return { answer: { ...asked.answer, title: text, replay: { question: followUp } }, reading: { ...asked.reading, text } };
}
