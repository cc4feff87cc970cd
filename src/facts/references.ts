import type { Article, Facts, Span } from './schema.js';

// What the schema cannot see in a facts file: that every item points at something the file holds. A span must cite
// a known article and be that article's text at its offsets (the truth lives in the articles); a speaker or a meeting
// party must be a known entity. Each broken reference is named by its item, and the usable rest kept.

/** "quotes[3] (q12).cue cites the unknown article "x"" */
export type ReferenceProblem = string;

const isSpan = (value: object): value is Span => 'article' in value && 'start' in value && 'end' in value && 'text' in value;

/** Every span in an item, with where it sits ("span", "cue", "why.date.evidence", "more[2]"). */
function* spansIn(value: unknown, path: string): Generator<[string, Span]> {
	if (typeof value !== 'object' || value === null) return;
	if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) yield* spansIn(v, `${path}[${i}]`);
	} else if (isSpan(value)) {
		yield [path, value];
	} else {
		for (const [key, v] of Object.entries(value)) yield* spansIn(v, path ? `${path}.${key}` : key);
	}
}

/** Why a span does not hold, or null when it is its article's text at its offsets. */
function spanProblem(span: Span, articles: ReadonlyMap<string, Article>, owner?: string): string | null {
	const article = articles.get(span.article);
	if (!article) return `cites the unknown article "${span.article}"`;
	if (owner !== undefined && span.article !== owner) return `cites the article "${span.article}" instead of its own`;
	if (span.end > article.body.length || span.start > span.end) return `runs outside the text of article "${span.article}" (${span.start}–${span.end})`;
	if (article.body.slice(span.start, span.end) !== span.text) return `is not the text of article "${span.article}" at ${span.start}–${span.end}`;
	return null;
}

/** The file's items with every broken reference left out, and one line naming each item left out. */
export function checkReferences(facts: Facts): { usable: Facts; problems: ReferenceProblem[] } {
	const problems: ReferenceProblem[] = [];
	const articles = new Map<string, Article>();
	const firstOfId: [Article, number][] = [];
	for (const [i, article] of facts.articles.entries()) {
		if (articles.has(article.id)) {
			problems.push(`articles[${i}] has the id "${article.id}" of an article before it`);
			continue;
		}
		articles.set(article.id, article);
		firstOfId.push([article, i]);
	}
	const entityKeys = new Set(facts.entities.map((e) => e.key));

	const itemProblem = (item: object, keys: readonly (string | null)[]): string | null => {
		for (const [path, span] of spansIn(item, '')) {
			const why = spanProblem(span, articles);
			if (why) return `.${path} ${why}`;
		}
		const unknown = keys.find((key) => key !== null && !entityKeys.has(key));
		return unknown === undefined ? null : ` names the unknown entity "${unknown}"`;
	};
	/** Keeps the items whose spans and entity keys all hold; names the others. */
	const keep = <T extends object>(list: string, items: readonly T[], label: (item: T) => string, keys: (item: T) => (string | null)[] = () => []) =>
		items.filter((item, i) => {
			const why = itemProblem(item, keys(item));
			if (why) problems.push(`${list}[${i}]${label(item)}${why}`);
			return !why;
		});
	/** An article's or an entity's own list of spans: a bad one is left out, the rest kept. */
	const keepSpans = (name: string, spans: readonly Span[], owner?: string) =>
		spans.filter((span, i) => {
			const why = spanProblem(span, articles, owner);
			if (why) problems.push(`${name}[${i}] ${why}`);
			return !why;
		});
	const id = (item: { id: string }) => ` (${item.id})`;

	const usable: Facts = {
		...facts,
		articles: firstOfId.map(([a, i]) => ({
			...a,
			commentary: keepSpans(`articles[${i}] (${a.id}).commentary`, a.commentary, a.id),
			summary: keepSpans(`articles[${i}] (${a.id}).summary`, a.summary, a.id),
		})),
		entities: facts.entities.map((e, i) => ({
			...e,
			roles: keepSpans(`entities[${i}] (${e.key}).roles`, e.roles),
			mentions: keepSpans(`entities[${i}] (${e.key}).mentions`, e.mentions),
		})),
		sentences: keep('sentences', facts.sentences, () => ''),
		quotes: keep('quotes', facts.quotes, id, (q) => [q.speaker]),
		statements: keep('statements', facts.statements, id, (s) => [s.speaker]),
		figures: keep('figures', facts.figures, id),
		meetings: keep('meetings', facts.meetings, id, (m) => m.participants),
	};
	return { usable, problems };
}
