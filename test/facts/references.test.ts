import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/build-folder.js';
import { checkReferences } from '../../src/facts/references.js';
import type { Facts } from '../../src/facts/schema.js';

// Cross-references in a facts file: what passes the schema and still points at nothing.

const { facts } = ingest('data/articles');
const broken = (change: (f: Facts) => void): Facts => {
	const copy = structuredClone(facts);
	change(copy);
	return copy;
};

describe('checkReferences', () => {
	it('GIVEN facts written by ingest THEN no problem and every item kept', () => {
		expect(checkReferences(facts)).toEqual({ usable: facts, problems: [] });
	});

	it('GIVEN a quote citing an unknown article THEN the quote is named and left out, the rest kept', () => {
		const quote = facts.quotes[0]!;
		const { usable, problems } = checkReferences(broken((f) => (f.quotes[0]!.span.article = 'no-such-article')));
		expect(problems).toEqual([`quotes[0] (${quote.id}).span cites the unknown article "no-such-article"`]);
		expect(usable.quotes.map((q) => q.id)).toEqual(facts.quotes.slice(1).map((q) => q.id));
		expect(usable.articles).toEqual(facts.articles);
	});

	it('GIVEN a speaker, a statement speaker and a meeting party that are no entity THEN each item is named', () => {
		const { quotes, statements, meetings } = facts;
		const { usable, problems } = checkReferences(
			broken((f) => {
				f.quotes[1]!.speaker = 'nobody-at-all';
				f.statements[0]!.speaker = 'no-one';
				f.meetings[0]!.participants.push('someone-else');
			}),
		);
		expect(problems).toEqual([
			`quotes[1] (${quotes[1]!.id}) names the unknown entity "nobody-at-all"`,
			`statements[0] (${statements[0]!.id}) names the unknown entity "no-one"`,
			`meetings[0] (${meetings[0]!.id}) names the unknown entity "someone-else"`,
		]);
		expect(usable.quotes).toHaveLength(quotes.length - 1);
		expect(usable.statements).toHaveLength(statements.length - 1);
		expect(usable.meetings).toHaveLength(meetings.length - 1);
	});

	it('GIVEN a span whose text is not the article text, or runs past its end THEN it is named with its offsets', () => {
		const figure = facts.figures[0]!;
		const meeting = facts.meetings[0]!;
		const body = facts.articles.find((a) => a.id === meeting.span.article)!.body;
		const { problems } = checkReferences(
			broken((f) => {
				f.figures[0]!.span.text = `${figure.span.text.slice(0, -1)}9`;
				f.meetings[0]!.more = [{ ...meeting.span, end: body.length + 10 }];
			}),
		);
		expect(problems).toEqual([
			`figures[0] (${figure.id}).span is not the text of article "${figure.span.article}" at ${figure.span.start}–${figure.span.end}`,
			`meetings[0] (${meeting.id}).more[0] runs outside the text of article "${meeting.span.article}" (${meeting.span.start}–${body.length + 10})`,
		]);
	});

	it('GIVEN two articles with one id and a summary citing another article THEN both are named, one article kept', () => {
		const [first, second] = facts.articles;
		const { usable, problems } = checkReferences(
			broken((f) => {
				f.articles[0]!.summary[0] = { ...second!.summary[0]! };
				f.articles.push(structuredClone(second!));
			}),
		);
		expect(problems).toEqual([
			`articles[2] has the id "${second!.id}" of an article before it`,
			`articles[0] (${first!.id}).summary[0] cites the article "${second!.id}" instead of its own`,
		]);
		expect(usable.articles.map((a) => a.id)).toEqual([first!.id, second!.id]);
		expect(usable.articles[0]!.summary).toEqual(first!.summary.slice(1));
	});
});
