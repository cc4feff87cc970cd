import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/build-folder.js';
import type { Span } from '../../src/facts/schema.js';

// Every extracted item points back into its article: body.slice(start, end) is exactly its text.

const SEEDS = '/work/shared/seeds';
const BOILERPLATE = ['Komentarų', 'Leave a Reply', 'Rašyti komentarą'];

const isSpan = (value: unknown): value is Span =>
	typeof value === 'object' && value !== null && ['article', 'start', 'end', 'text'].every((k) => k in value) && typeof (value as Span).text === 'string';

/** Every span anywhere in the store, labelled with its path ("quotes.3.cue"), so that no field is left out. */
function spansOf(value: unknown, path = ''): [string, Span][] {
	if (isSpan(value)) return [[path, value]];
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, child]) => spansOf(child, path ? `${path}.${key}` : key));
}

describe.each([
	['the seed articles', 'data/articles'],
	['the evaluation corpus', 'test/fixtures/eval/articles'],
	['the held-out corpus', 'test/fixtures/heldout/articles'],
])('provenance of %s', (_name, dir) => {
	const { facts, problems } = ingest(dir);
	const bodies = new Map(facts.articles.map((a) => [a.id, a.body]));
	const spans = spansOf(facts);
	const kinds = new Set(spans.map(([path]) => path.replace(/\.\d+/g, '')));

	it('GIVEN the folder THEN every article is read, none skipped', () => {
		expect(problems).toEqual([]);
		expect(facts.articles.length).toBeGreaterThanOrEqual(2);
	});

	it('GIVEN every quote, statement, figure, meeting, name, sentence, summary and commentary THEN the body slice at its offsets is its text', () => {
		const every = [
			'quotes.span',
			'quotes.cue',
			'quotes.context',
			'statements.span',
			'statements.cue',
			'figures.span',
			'figures.measure',
			'meetings.span',
			'meetings.place',
			'meetings.why.kind.evidence',
			'meetings.why.participants.evidence',
			'meetings.why.status.evidence',
			'entities.roles',
			'entities.mentions',
			'sentences.span',
			'articles.summary',
		];
		expect(every.filter((kind) => !kinds.has(kind))).toEqual([]);
		const wrong = spans.filter(([, s]) => bodies.get(s.article)?.slice(s.start, s.end) !== s.text).map(([label, s]) => ({ label, ...s }));
		expect(wrong).toEqual([]);
	});

	it('GIVEN every item THEN its offsets are a non-empty range inside its article', () => {
		const outside = spans.filter(([, s]) => !(s.start < s.end && s.end <= (bodies.get(s.article)?.length ?? -1))).map(([label]) => label);
		expect(outside).toEqual([]);
	});

	it('GIVEN every quote THEN it is text between quotation marks and never site boilerplate', () => {
		for (const q of facts.quotes) {
			const body = bodies.get(q.span.article)!;
			const before = body.slice(Math.max(0, q.span.start - 1), q.span.start);
			const after = body.slice(q.span.end, q.span.end + 1);
			// A segment of a multi-paragraph quotation may start or end at a paragraph edge instead of a mark.
			expect({
				id: q.id,
				opens: /["“„‘']|^$|\n/.test(before) || body.lastIndexOf('\n', q.span.start) === q.span.start - 1,
				closes: /["”’']|^$|\n/.test(after),
			}).toEqual({ id: q.id, opens: true, closes: true });
			for (const words of BOILERPLATE) expect(q.span.text).not.toContain(words);
		}
	});
});

describe('seed articles against the seed files', () => {
	const { facts } = ingest('data/articles');

	it.each(facts.articles.map((a) => [a.id, a] as const))('GIVEN %s THEN each body paragraph is verbatim in the seed file, in order', (id, article) => {
		const seed = readFileSync(join(SEEDS, `${id}.txt`), 'utf8');
		let from = 0;
		for (const p of article.paragraphs) {
			const text = article.body.slice(p.start, p.end);
			const at = seed.indexOf(text, from);
			expect({ paragraph: text, found: at >= 0 }).toEqual({ paragraph: text, found: true });
			from = at + text.length;
		}
	});

	it('GIVEN the blog repost THEN the comment-form boilerplate and footnote list are not in the body', () => {
		const repost = facts.articles.find((a) => a.id === '000_8c1fbb3da2cb962a')!;
		for (const words of [...BOILERPLATE, 'World News: Russia, China Bolster Ties', '[1]']) expect(repost.body).not.toContain(words);
		expect(repost.body.endsWith('Find another, more interesting game than the fourteenth set of sanctions.')).toBe(true);
	});
});
