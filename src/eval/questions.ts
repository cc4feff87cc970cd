import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Answer, AnswerItem } from '../answer/answer.js';
import { ask } from '../ask/ask.js';
import type { FactStore } from '../store/contract.js';
import { applyArticleChanges } from '../store/ingest.js';
import { SqliteFactStore, openDatabase } from '../store/sqlite/store.js';
import { normalize } from '../text/normalize.js';

// The question set (test/questions/questions.yaml) and how an answer is judged against it.

export const QUESTION_SET = 'test/questions/questions.yaml';
/** Where each corpus of the set keeps its articles. */
export const CORPORA: Record<string, string> = {
	seeds: 'data/articles',
	fixtures: 'test/fixtures/eval/articles',
	corpus: 'test/fixtures/corpus/articles',
};
/** A corpus's articles in the embedded database the bot uses, held in memory. */
export async function questionStore(dir: string): Promise<FactStore> {
	const store = new SqliteFactStore(openDatabase(':memory:'));
	await applyArticleChanges(store, dir, { workers: 0 });
	return store;
}

/** An expected item must be among the first few shown: a right answer buried at the bottom is no answer. */
export const TOP = 3;

const alternatives = z.array(z.coerce.string()).optional();
const expectSchema = z.union([
	z.object({ said: z.object({ by: z.string(), text: alternatives }) }),
	z.object({ met: z.object({ with: z.string().optional(), date: z.coerce.string().optional() }) }),
	z.object({ contains: z.array(z.coerce.string()).min(1) }),
	z.object({ who: z.object({ name: z.string(), role: z.string().optional() }) }),
	z.object({ source: z.string() }),
	z.object({ declined: z.literal(true) }),
]);

export const questionSchema = z.object({
	q: z.string().min(1),
	corpus: z.enum(['seeds', 'fixtures', 'corpus']),
	intent: z.string(),
	about: z.array(z.string()).optional(),
	expect: expectSchema,
});
export type Question = z.infer<typeof questionSchema>;

export function readQuestionSet(path = QUESTION_SET): Question[] {
	return z.array(questionSchema).parse(parse(readFileSync(path, 'utf8')));
}

const same = (a: string, b: string) => normalize(a) === normalize(b);
const holds = (text: string, wanted: string) => normalize(text).includes(normalize(wanted));
const itemText = (item: AnswerItem) => [item.text, item.label ?? '', ...Object.values(item.details)].join(' \u0000 ');

/** Why an answer fails its expectation, or null when it meets it. */
export function judge(question: Question, answer: Answer): string | null {
	const expect = question.expect;
	const top = answer.items.slice(0, TOP);
	if ('declined' in expect) {
		if (answer.notFound === null) return `answered instead of declining: ${answer.title}`;
		// Closest things may be offered, but never a quote or statement, the asked person's or anyone else's, standing in
		// for the one asked about.
		const spoken = answer.items.find((i) => i.kind === 'quote' || i.kind === 'statement');
		return spoken ? `declined but showed ${spoken.kind === 'quote' ? 'a quote' : 'a statement'} by ${spoken.label ?? 'someone'}` : null;
	}
	if (answer.notFound !== null) return `declined: ${answer.notFound}`;
	if ('said' in expect) {
		const { by, text } = expect.said;
		const found = top.some(
			(i) =>
				(i.kind === 'quote' || i.kind === 'statement') &&
				i.label !== null &&
				(same(i.label, by) || holds(i.label, by)) &&
				(!text || text.some((t) => holds(i.text, t))),
		);
		return found ? null : `no quote or statement by ${by}${text ? ` holding “${text[0]}”` : ''} in the first ${TOP}`;
	}
	if ('met' in expect) {
		const { with: other, date } = expect.met;
		const found = top.some((i) => i.kind === 'meeting' && (!other || holds(i.label ?? '', other)) && (!date || (i.details.date ?? '').startsWith(date)));
		return found ? null : `no meeting${other ? ` with ${other}` : ''}${date ? ` dated ${date}` : ''} in the first ${TOP}`;
	}
	if ('contains' in expect)
		return top.some((i) => expect.contains.some((t) => holds(itemText(i), t))) ? null : `no item holding “${expect.contains[0]}” in the first ${TOP}`;
	if ('who' in expect) {
		const first = answer.items[0];
		if (!first || first.kind !== 'person' || !same(first.label ?? '', expect.who.name)) return `the first item is not ${expect.who.name}`;
		return !expect.who.role || holds(first.text, expect.who.role) ? null : `${expect.who.name} not described as ${expect.who.role}`;
	}
	return answer.items.some((i) => i.kind === 'source' && holds(itemText(i), expect.source)) ? null : `no source line holding ${expect.source}`;
}

export interface QuestionResult {
	question: Question;
	answer: Answer;
	failure: string | null;
}

export interface CorpusScore {
	corpus: string;
	answerable: number;
	answered: number;
	unanswerable: number;
	declined: number;
	results: QuestionResult[];
}

/** Asks every question of one corpus against its store. */
export async function scoreQuestions(corpus: string, questions: readonly Question[], store: FactStore): Promise<CorpusScore> {
	const results: QuestionResult[] = [];
	for (const question of questions.filter((q) => q.corpus === corpus)) {
		const { answer } = await ask(store, question.q);
		results.push({ question, answer, failure: judge(question, answer) });
	}
	const isDecline = (r: QuestionResult) => 'declined' in r.question.expect;
	return {
		corpus,
		answerable: results.filter((r) => !isDecline(r)).length,
		answered: results.filter((r) => !isDecline(r) && !r.failure).length,
		unanswerable: results.filter(isDecline).length,
		declined: results.filter((r) => isDecline(r) && !r.failure).length,
		results,
	};
}
