import type { SourceArticle } from '../../src/articles/read.js';
import { buildFacts } from '../../src/extract/build.js';
import type { Facts } from '../../src/facts/schema.js';

// Small handmade articles for rule-level tests, run through the whole extraction and read back through the facts
// contract (src/facts/schema.ts), so that tests read like the article and do not depend on internal shapes.

export function articleOf(paragraphs: string[], published: string | null = '2024-04-10'): SourceArticle {
	let offset = 0;
	const ranges = paragraphs.map((p) => {
		const range = { start: offset, end: offset + p.length };
		offset += p.length + 2;
		return range;
	});
	return {
		id: 'handmade',
		file: 'handmade.md',
		title: 'Handmade',
		outlet: null,
		authors: [],
		published,
		url: null,
		page: null,
		via: null,
		cites: [],
		language: 'en',
		body: paragraphs.join('\n\n'),
		paragraphs: ranges,
		commentary: [],
	};
}

export function build(paragraphs: string[], published: string | null = '2024-04-10'): Facts {
	return buildFacts([articleOf(paragraphs, published)], 'handmade');
}

const nameOf = (facts: Facts) => (key: string) => facts.entities.find((e) => e.key === key)?.name ?? key;

/** Quotes and statements with speakers by name. */
export function speech(facts: Facts) {
	const name = nameOf(facts);
	return {
		quotes: facts.quotes.map((q) => ({ text: q.span.text, speaker: q.speaker && name(q.speaker), form: q.form, cue: q.cue?.text ?? null })),
		statements: facts.statements.map((s) => ({ text: s.span.text, speaker: name(s.speaker), cue: s.cue.text })),
	};
}

/** Meetings with participants by name and the place as written. */
export function meetingsOf(paragraphs: string[], published = '2024-04-10') {
	const facts = build(paragraphs, published);
	const name = nameOf(facts);
	return facts.meetings.map((m) => ({ participants: m.participants.map(name), kind: m.kind, place: m.place?.text ?? null, date: m.date, status: m.status }));
}
