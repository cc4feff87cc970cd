import type { SourceArticle } from '../articles/read.js';
import { inside, within } from '../text/ranges.js';
import { type TextRange, splitSentences } from '../text/sentences.js';
import { type AttributedQuote, attribute } from './attribution.js';
import { type DateMention, findDates } from './dates.js';
import { type ArticleEntities, findEntities, jointEntities } from './entities.js';
import { type RawFigure, findFigures } from './figures.js';
import { type RawMeeting, findMeetings } from './events/find.js';
import { findQuoteSpans } from './quote-spans.js';
import type { AttributedStatement } from './statements.js';
import { topicsOf } from './topics.js';

/** Everything extracted from one article, as offsets into its body, before names are merged across articles. */
export interface ArticleExtraction {
	source: SourceArticle;
	/** Names and their mentions; the tokens are dropped once the article is read, to keep a large build small. */
	names: Pick<ArticleEntities, 'entities' | 'mentions'>;
	sentences: (TextRange & { paragraph: number; topics: string[]; commentary: boolean })[];
	quotes: AttributedQuote[];
	statements: AttributedStatement[];
	figures: (RawFigure & { sentence: TextRange; period: DateMention['period'] | null })[];
	meetings: RawMeeting[];
	summary: TextRange[];
}

const SUMMARY_SENTENCES = 3;

/** Lede first, then the sentences richest in names, numbers and topics; in reading order. */
function summarise(sentences: ArticleExtraction['sentences'], names: ArticleEntities, figures: RawFigure[]): TextRange[] {
	const scored = sentences
		.filter((s) => !s.commentary && s.end - s.start > 40)
		.map((s, i) => {
			const named = new Set(within(names.mentions, s.start, s.end).map((m) => m.name)).size;
			const numbers = figures.filter((f) => f.start >= s.start && f.end <= s.end).length;
			const length = s.end - s.start;
			return { s, score: (i === 0 ? 10 : 0) + named + numbers + s.topics.length * 0.5 - (length > 400 ? 2 : 0) - i * 0.05 };
		});
	return scored
		.sort((a, b) => b.score - a.score)
		.slice(0, SUMMARY_SENTENCES)
		.map((x) => ({ start: x.s.start, end: x.s.end }))
		.sort((a, b) => a.start - b.start);
}

/** "Mediaite asked Grant to elaborate" in Mediaite's own story: the outlet publishing the article is a body, never a person (in place). */
export function outletAsBody(names: ArticleEntities, outlet: string | null | undefined): void {
	const own = outlet ? names.entities.get(outlet.trim()) : undefined;
	if (!own || own.kind !== 'person') return;
	own.kind = 'organisation';
	for (const m of names.mentions) if (m.name === own.name) m.kind = 'organisation';
}

/** The one author the front matter gives, when the body names them as a person ("Mary Hudson is a former teacher …"). */
export function writerOf(source: Pick<SourceArticle, 'authors'>, names: Pick<ArticleEntities, 'entities'>): string | null {
	const [author, ...others] = source.authors;
	if (!author || others.length) return null;
	const entity = names.entities.get(author);
	return entity?.kind === 'person' ? entity.name : null;
}

/** Of the pairs of people joined by "and", only those who say something together stay entities (in place). */
export function keepJointSpeakers(names: Pick<ArticleEntities, 'entities'>, joints: ReadonlySet<string>, said: readonly { speaker: string | null }[]): void {
	const speakers = new Set(said.map((s) => s.speaker));
	for (const name of joints) if (!speakers.has(name)) names.entities.delete(name);
}

export function extractArticle(source: SourceArticle): ArticleExtraction {
	const { body, paragraphs } = source;
	const commentary = new Set(source.commentary.map((n) => n - 1));
	const sentences = paragraphs.flatMap((p, paragraph) =>
		splitSentences(body, p.start, p.end).map((s) => ({
			...s,
			paragraph,
			topics: topicsOf(body.slice(s.start, s.end)),
			commentary: commentary.has(paragraph),
		})),
	);
	// The reposting site's own paragraphs are kept apart: names, quotes and meetings come from the outlet's text.
	const outletText = sentences.filter((s) => !s.commentary);
	let outletBody = body;
	for (const i of commentary) {
		const p = paragraphs[i]!;
		outletBody = outletBody.slice(0, p.start) + ' '.repeat(p.end - p.start) + outletBody.slice(p.end);
	}
	const names = findEntities(outletBody);
	outletAsBody(names, source.outlet);
	const spans = findQuoteSpans(outletBody, paragraphs);
	const writer = writerOf(source, names);
	const joints = [...jointEntities(outletBody, names)].filter(([name]) => !names.entities.has(name));
	for (const [name, joint] of joints) names.entities.set(name, joint);
	const { quotes, statements } = attribute({ body: outletBody, paragraphs, sentences: outletText, writer }, names, spans);
	keepJointSpeakers(names, new Set(joints.map(([name]) => name)), [...quotes, ...statements]);
	const dates = findDates(body, 0, body.length, source.published);
	const figures = sentences.flatMap((s) =>
		findFigures(body, s.start, s.end).map((f) => {
			const near = within(dates, s.start, s.end).sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
			// An age is no amount of anything in a period.
			return { ...f, sentence: { start: s.start, end: s.end }, period: f.unit === 'years (age)' ? null : (near?.period ?? null) };
		}),
	);
	const meetings = findMeetings(body, outletText, names, dates, source.published, (offset) => inside(spans, offset));
	return {
		source,
		names: { entities: names.entities, mentions: names.mentions },
		sentences,
		quotes,
		statements,
		figures,
		meetings,
		summary: summarise(sentences, names, figures),
	};
}
