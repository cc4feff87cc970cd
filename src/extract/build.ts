import type { SourceArticle } from '../articles/read.js';
import type { Article, Entity, Facts, Span } from '../facts/schema.js';
import { slug } from '../text/normalize.js';
import type { TextRange } from '../text/sentences.js';
import { linkEvents } from './events/across.js';
import type { Decision, RawMeeting } from './events/model.js';
import { type ArticleExtraction, extractArticle } from './article.js';
import { type LocalEntity, lastName } from './entities.js';
import { isSpecificRole, roleVariants } from './roles.js';
import { TOPIC_WORDS } from './topics.js';
import { rangeAt } from '../text/ranges.js';

// Builds the facts store: extracts every article, then merges names across articles ("Lavrov" in one article is
// "Sergei Lavrov" of another when that is the only Lavrov named in full).

const spanOf = (article: SourceArticle, range: TextRange): Span => ({
	article: article.id,
	start: range.start,
	end: range.end,
	text: article.body.slice(range.start, range.end),
});

/** Maps each article's local names to global entity keys. */
function mergeEntities(extractions: ArticleExtraction[]): { entities: Entity[]; keyOf: (article: string, name: string) => string } {
	const fullNames = new Map<string, string[]>(); // surname → keys of people named in full with it
	for (const x of extractions) {
		for (const e of x.names.entities.values()) {
			if (e.kind !== 'person' || !e.name.includes(' ')) continue;
			const key = slug(e.name);
			// Across articles only a surname links: a first name alone ("John") is too common to be anyone in particular.
			const keys = fullNames.get(lastName(e.name)) ?? [];
			if (!keys.includes(key)) fullNames.set(lastName(e.name), [...keys, key]);
		}
	}
	const globalKey = (e: LocalEntity) => {
		if (e.kind !== 'person' || e.name.includes(' ')) return slug(e.name);
		const candidates = fullNames.get(e.name) ?? [];
		return candidates.length === 1 ? candidates[0]! : slug(e.name);
	};
	const entities = new Map<string, Entity>();
	const local = new Map<string, string>();
	for (const x of extractions) {
		const { source } = x;
		for (const e of x.names.entities.values()) {
			const key = globalKey(e);
			if (!key) continue;
			local.set(`${source.id}\u0000${e.name}`, key);
			let entity = entities.get(key);
			if (!entity) entities.set(key, (entity = { key, name: e.name, kind: e.kind, aliases: [], roles: [], mentions: [] }));
			if (e.name.length > entity.name.length && e.kind === entity.kind) entity.name = e.name;
			for (const alias of e.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
			for (const role of e.roles) entity.roles.push(spanOf(source, role));
		}
		for (const m of x.names.mentions) {
			const key = local.get(`${source.id}\u0000${m.name}`);
			if (key) entities.get(key)!.mentions.push(spanOf(source, m));
		}
	}
	for (const e of entities.values()) {
		e.aliases = e.aliases.filter((a) => a !== e.name);
		for (const role of e.roles.filter((r) => isSpecificRole(r.text)))
			for (const alias of [role.text, ...roleVariants(role.text)]) if (!e.aliases.includes(alias)) e.aliases.push(alias);
	}
	return { entities: [...entities.values()], keyOf: (article, name) => local.get(`${article}\u0000${name}`) ?? slug(name) };
}

function articleRecord(x: ArticleExtraction): Article {
	const { source } = x;
	return {
		id: source.id,
		title: source.title,
		outlet: source.outlet,
		authors: source.authors,
		published: source.published,
		url: source.url,
		page: source.page,
		via: source.via,
		cites: source.cites,
		language: source.language,
		file: source.file,
		body: source.body,
		paragraphs: source.paragraphs,
		commentary: source.commentary.map((n) => spanOf(source, source.paragraphs[n - 1]!)),
		summary: x.summary.map((r) => spanOf(source, r)),
	};
}

export function buildFacts(sources: SourceArticle[], sourceHash: string): Facts {
	const extractions = sources.map(extractArticle);
	const { entities, keyOf } = mergeEntities(extractions);
	const facts: Facts = {
		version: 1,
		sourceHash,
		articles: [],
		entities,
		sentences: [],
		quotes: [],
		statements: [],
		figures: [],
		meetings: [],
		topics: Object.keys(TOPIC_WORDS),
	};
	for (const x of extractions) {
		const { source } = x;
		const id = source.id;
		const span = (r: TextRange) => spanOf(source, r);
		// Items take the topics and the commentary mark of the sentence they stand in, classified once.
		const sentenceAt = (offset: number) => x.sentences[rangeAt(x.sentences, offset)]!;
		facts.articles.push(articleRecord(x));
		facts.sentences.push(...x.sentences.map((s) => ({ span: span(s), paragraph: s.paragraph, topics: s.topics, commentary: s.commentary })));
		x.quotes.forEach((q, i) => {
			facts.quotes.push({
				id: `${id}:q${i + 1}`,
				span: span(q),
				speaker: q.speaker ? keyOf(id, q.speaker) : null,
				form: q.speaker ? q.form : 'unattributed',
				cue: q.cue ? span(q.cue) : null,
				rule: q.rule,
				context: span(q.context),
				topics: sentenceAt(q.start).topics,
				commentary: false,
			});
		});
		x.statements.forEach((s, i) => {
			facts.statements.push({
				id: `${id}:s${i + 1}`,
				span: span(s),
				speaker: keyOf(id, s.speaker),
				cue: span(s.cue),
				rule: s.rule,
				topics: sentenceAt(s.start).topics,
				commentary: false,
			});
		});
		x.figures.forEach((f, i) => {
			facts.figures.push({
				id: `${id}:f${i + 1}`,
				span: span(f),
				value: f.value,
				min: f.min,
				unit: f.unit,
				measure: span(f.sentence),
				period: f.period,
				approximate: f.approximate,
				topics: sentenceAt(f.start).topics,
				commentary: sentenceAt(f.start).commentary,
			});
		});
		const decision = (d: Decision) => ({ rule: d.rule, evidence: span(d.evidence) });
		const decisions = (why: RawMeeting['why']) => ({
			kind: decision(why.kind),
			participants: decision(why.participants),
			status: decision(why.status),
			date: why.date && decision(why.date),
			place: why.place && decision(why.place),
		});
		x.meetings.forEach((m, i) => {
			facts.meetings.push({
				id: `${id}:m${i + 1}`,
				span: span(m.sentence),
				participants: m.participants.map((p) => keyOf(id, p)),
				kind: m.kind,
				place: m.place ? span(m.place) : null,
				counterpart: m.counterpart ? span(m.counterpart) : null,
				date: m.date?.period ?? null,
				dateSpan: m.date ? span(m.date) : null,
				status: m.status,
				topics: [...new Set(['diplomacy', ...sentenceAt(m.sentence.start).topics])],
				why: decisions(m.why),
				more: m.more.map(span),
				event: `${id}:m${i + 1}`,
			});
		});
	}
	const published = new Map(facts.articles.map((a) => [a.id, a.published]));
	linkEvents(facts.meetings, (article) => published.get(article) ?? null);
	return facts;
}
