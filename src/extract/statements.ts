import { inside } from '../text/ranges.js';
import type { TextRange } from '../text/sentences.js';
import { STATEMENT_VERBS } from '../lexicon/verbs.js';
import { type AttributedStatement, firstDecision } from './cues.js';
import { STATEMENT_PASSES } from './passes.js';
import type { QuoteSpan } from './quote-spans.js';
import type { CueFinder } from './cues.js';

// Indirect speech: "Lavrov said (that) Moscow was …" and "…, the minister said." The reported clause is kept as a
// span of the article and shown as a paraphrase, never inside quotation marks.

export type { AttributedStatement } from './cues.js';

/** The indirect statements of one sentence: for each verb of saying, the first statement pass that decides. */
export function statementsIn(body: string, sentence: TextRange, cues: CueFinder, spans: QuoteSpan[]): AttributedStatement[] {
	const out: AttributedStatement[] = [];
	for (const v of cues.verbsIn(sentence.start, sentence.end)) {
		const verb = cues.tokens[v]!;
		if (!(STATEMENT_VERBS.has(verb.text.toLowerCase()) || verb.text.toLowerCase() === 'according') || inside(spans, verb.start)) continue;
		// "Watt added that he thinks …": a verb inside a reported clause belongs to that clause.
		if (out.some((s) => verb.start >= s.start && verb.start < s.end)) continue;
		const decided = firstDecision(STATEMENT_PASSES, { body, sentence, cues, spans, v, verb });
		const statement = decided?.result.statement;
		if (statement) out.push({ ...statement, rule: `${decided.rule}/${statement.subject.rule}` });
	}
	return out;
}
