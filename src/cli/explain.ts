import type { Answer, AnswerItem } from '../answer/answer.js';
import { QUOTE_PASSES, STATEMENT_PASSES, SUBJECT_BEFORE_PASSES } from '../extract/passes.js';
import type { Facts, Meeting, Quote, Span, Statement } from '../facts/schema.js';

// `ask --explain`: for each quote, statement and meeting of an answer, the rule that decided it, the words it read
// and the passes tried before it. The passes are tried in the order of src/extract/passes.ts, so those listed
// before the one that fired are exactly those that found nothing.

const ids = (passes: readonly { id: string }[]) => passes.map((p) => p.id);
const ORDERS: [string, string[]][] = [
	['quote', ids(QUOTE_PASSES)],
	['statement', ids(STATEMENT_PASSES)],
];
const SUBJECT_ORDER = ids(SUBJECT_BEFORE_PASSES);

/** The passes listed before `id` in `order`; null when `id` is not one of them (a rule outside that list). */
function triedBefore(order: string[], id: string): string[] | null {
	const at = order.indexOf(id);
	return at < 0 ? null : order.slice(0, at);
}

const list = (passes: string[]) => (passes.length ? passes.join(', ') : 'none');

/** "speaker-after/name" → how it was decided, the words it read and what was tried first. */
export function explainRule(kind: 'quote' | 'statement', rule: string, cue: Span | null): string[] {
	const [decider = rule, subject] = rule.split('/');
	const order = ORDERS.find(([k]) => k === kind)![1];
	const lines = [`rule: ${rule}${subject ? ` (the ${kind} pass "${decider}", its speaker found by "${subject}")` : ''}`];
	lines.push(`evidence: ${cue ? `“${cue.text}” at ${cue.start}–${cue.end}` : 'no cue in its sentence: the discourse decided'}`);
	const before = triedBefore(order, decider);
	if (before) lines.push(`tried before: ${list(before)}`);
	const subjectBefore = subject ? triedBefore(SUBJECT_ORDER, subject) : null;
	if (subjectBefore) lines.push(`speaker passes tried before "${subject}": ${list(subjectBefore)}`);
	return lines;
}

function explainMeeting(meeting: Meeting): string[] {
	return Object.entries(meeting.why)
		.filter(([, decision]) => decision !== null)
		.map(([field, decision]) => `${field}: ${decision!.rule} (“${decision!.evidence.text}”)`);
}

const at = (span: { article: string; start: number; end: number }) => `${span.article}:${span.start}:${span.end}`;

/** The explanation of each item of an answer that an extraction rule decided, in the answer's order. */
export function explainAnswer(answer: Answer, facts: Pick<Facts, 'quotes' | 'statements' | 'meetings'>): string {
	const quotes = new Map<string, Quote>(facts.quotes.map((q) => [at(q.span), q]));
	const statements = new Map<string, Statement>(facts.statements.map((s) => [at(s.span), s]));
	const meetings = new Map<string, Meeting>(facts.meetings.map((m) => [at(m.span), m]));
	const out: string[] = [`Why: ${answer.title}`];
	answer.items.forEach((item: AnswerItem, i) => {
		if (!item.span) return;
		const key = at(item.span);
		const quote = item.kind === 'quote' ? quotes.get(key) : undefined;
		const statement = item.kind === 'statement' ? statements.get(key) : undefined;
		const meeting = item.kind === 'meeting' ? meetings.get(key) : undefined;
		const lines = quote
			? explainRule('quote', quote.rule, quote.cue)
			: statement
				? explainRule('statement', statement.rule, statement.cue)
				: meeting
					? explainMeeting(meeting)
					: null;
		if (!lines) return;
		const text = item.text.length > 90 ? `${item.text.slice(0, 89)}…` : item.text;
		out.push('', `${i + 1}. ${item.label ? `${item.label}: ` : ''}${text}`, ...lines.map((l) => `   ${l}`));
	});
	if (out.length === 1) out.push('', 'No quote, statement or meeting in this answer: nothing an extraction rule decided.');
	return out.join('\n') + '\n';
}
