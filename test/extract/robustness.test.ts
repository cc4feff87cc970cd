import { describe, expect, it } from 'vitest';
import { factsSchema } from '../../src/facts/schema.js';
import { build } from './handmade.js';

// Extraction never throws and never points outside the text, whatever the article looks like: unbalanced and nested
// quotation marks, odd capitals, numbers, dates and punctuation, as pasted articles have them.

const PIECES = [
	'“',
	'”',
	'"',
	"'",
	'‘',
	'’',
	' said ',
	' told ',
	' he ',
	' she ',
	' the minister ',
	'Sergei Lavrov',
	'Xi',
	'Mr Obama',
	'U.S.',
	'Jr.',
	' met ',
	' visited ',
	' on Tuesday',
	' last week',
	' in May',
	' 16/5/2024',
	' $240 billion',
	' 26%',
	' dozens of',
	', ',
	'. ',
	'; ',
	' — ',
	'\n\n',
	'(',
	')',
	'according to',
	' Beijing',
	' NATO',
	' of the ',
	' and ',
	'Prime Minister',
	'...',
	'?',
	'!',
	' 1,200',
	' ā',
	'🙂',
];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
}

describe('extraction on arbitrary text', () => {
	it('GIVEN 300 random articles THEN no error, a valid store, and every span equal to the text it points at', () => {
		const next = random(20240410);
		for (let n = 0; n < 300; n++) {
			const text = Array.from({ length: 20 + Math.floor(next() * 80) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
			const paragraphs = text
				.split('\n\n')
				.map((p) => p.trim())
				.filter(Boolean);
			if (!paragraphs.length) continue;
			const facts = factsSchema.parse(build(paragraphs));
			const body = facts.articles[0]!.body;
			const spans = [
				...facts.quotes.flatMap((q) => [q.span, q.context]),
				...facts.statements.map((s) => s.span),
				...facts.figures.map((f) => f.span),
				...facts.meetings.map((m) => m.span),
			];
			for (const span of spans) expect(body.slice(span.start, span.end)).toBe(span.text);
		}
	});
});
