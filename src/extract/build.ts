import type { SourceArticle } from '../articles/read.js';
import type { Article, Entity, EntityKind, Facts, Span } from '../facts/schema.js';
import { slug } from '../text/normalize.js';
import type { TextRange } from '../text/sentences.js';
import { linkEvents } from './events/across.js';
import type { Decision, RawMeeting } from './events/model.js';
import { type ArticleExtraction, extractArticle } from './article.js';
import { lastName } from './entities.js';
import { isSpecificRole, roleVariants } from './roles.js';
import { genderOf } from './gender.js';
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

/** A name as one article uses it, before names are merged across articles. */
export interface ArticleName {
	name: string;
	kind: EntityKind;
	aliases: string[];
	roles: Span[];
	mentions: Span[];
}

/** Each local name of an article with its aliases, roles and mentions, in the order the article introduces them. */
export function articleNames(x: Pick<ArticleExtraction, 'source' | 'names'>): ArticleName[] {
	const { source } = x;
	const names = new Map<string, ArticleName>();
	for (const e of x.names.entities.values()) {
		names.set(e.name, { name: e.name, kind: e.kind, aliases: [...e.aliases], roles: e.roles.map((r) => spanOf(source, r)), mentions: [] });
	}
	for (const m of x.names.mentions) names.get(m.name)?.mentions.push(spanOf(source, m));
	return [...names.values()];
}

/**
 * The surname by which a person named in full links a bare surname in other articles; null for any other name.
 * Across articles only a surname links: a first name alone ("John") is too common to be anyone in particular.
 */
export const linkingSurname = (n: Pick<ArticleName, 'name' | 'kind'>): string | null => (n.kind === 'person' && n.name.includes(' ') ? lastName(n.name) : null);

/** Whether a name is a bare surname that a person named in full elsewhere may claim. */
export const isBareSurname = (n: Pick<ArticleName, 'name' | 'kind'>): boolean => n.kind === 'person' && !n.name.includes(' ');

/** A person named in full somewhere in the archive: the key, every form the articles call them by, and in how many articles. */
export interface FullName {
	key: string;
	aliases: readonly string[];
	articles: number;
}

/** Each key once, with the aliases of all its names ("President Donald Trump" from one article, "Mr. Trump" from another). */
export function fullNamesOf(names: Iterable<{ key: string; aliases: readonly string[]; articles?: number }>): FullName[] {
	const byKey = new Map<string, { aliases: Set<string>; articles: number }>();
	for (const n of names) {
		const known = byKey.get(n.key) ?? { aliases: new Set<string>(), articles: 0 };
		for (const alias of n.aliases) known.aliases.add(alias);
		known.articles += n.articles ?? 1;
		byKey.set(n.key, known);
	}
	return [...byKey].sort(([a], [b]) => a.localeCompare(b)).map(([key, { aliases, articles }]) => ({ key, aliases: [...aliases], articles }));
}

/** Whether names show a woman (true: "Mrs. Wong", "Melania Trump") or a man (false: "Mr. Wong", "Donald Trump"); null when they do not, or disagree. */
export function aliasGender(aliases: readonly string[]): boolean | null {
	const gender = genderOf(aliases);
	return gender === null ? null : gender === 'f';
}

/** A person who is the archive's usual referent of a surname: in at least three articles and three times as many as any other. */
const DOMINANT_ARTICLES = 3;

/**
 * The global key of a local name, given the people named in full with each surname: the one such person, or among
 * several the one person carrying the title the bare surname is written with ("President Trump": not "first lady
 * Melania Trump" but "President Donald Trump"), or the one the archive names far more often than the others (an
 * article that writes only "Trump" beside two stories of Donald Trump Jr. and thirty of Donald Trump); otherwise
 * nobody in particular.
 */
export function entityKey(n: Pick<ArticleName, 'name' | 'kind' | 'aliases'>, fullNames: (surname: string) => readonly FullName[]): string {
	if (!isBareSurname(n)) return slug(n.name);
	// "Mr. Trump" is none of the women named in full with the surname ("Melania Trump"), nor "Mrs. Trump" a man.
	const gender = aliasGender(n.aliases);
	const candidates = fullNames(n.name).filter((c) => gender === null || [null, gender].includes(aliasGender(c.aliases)));
	if (candidates.length === 1) return candidates[0]!.key;
	const titles = n.aliases
		.filter((a) => a.endsWith(` ${n.name}`))
		.map((a) => a.slice(0, -n.name.length).trim().toLowerCase())
		.filter((t) => /^[\p{L}. -]+$/u.test(t));
	const carries = (c: FullName) => c.aliases.some((a) => titles.some((t) => ` ${a.toLowerCase()} `.includes(` ${t} `)));
	const titled = titles.length ? candidates.filter(carries) : [];
	if (titled.length === 1) return titled[0]!.key;
	const [first, second] = [...(titled.length ? titled : candidates)].sort((a, b) => b.articles - a.articles);
	const dominant = first && first.articles >= DOMINANT_ARTICLES && first.articles >= DOMINANT_ARTICLES * (second?.articles ?? 0);
	return dominant ? first.key : slug(n.name);
}

/** Folds the local names that share a key, in article order, into one entity: the longest name of its kind wins. */
export function foldEntity(key: string, names: Iterable<ArticleName>): Entity | undefined {
	let entity: Entity | undefined;
	for (const n of names) {
		if (!entity) entity = { key, name: n.name, kind: n.kind, aliases: [], roles: [], mentions: [] };
		if (n.name.length > entity.name.length && n.kind === entity.kind) entity.name = n.name;
		for (const alias of n.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
		entity.roles.push(...n.roles);
		entity.mentions.push(...n.mentions);
	}
	if (!entity) return undefined;
	entity.aliases = entity.aliases.filter((a) => a !== entity.name);
	for (const role of entity.roles.filter((r) => isSpecificRole(r.text))) {
		for (const alias of [role.text, ...roleVariants(role.text)]) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
	}
	return entity;
}

/** Maps each article's local names to global entity keys. */
function mergeEntities(extractions: ArticleExtraction[]): { entities: Entity[]; keyOf: (article: string, name: string) => string } {
	const names = extractions.map(articleNames);
	const bySurname = new Map<string, ArticleName[]>(); // surname → the names of people named in full with it
	for (const n of names.flat()) {
		const surname = linkingSurname(n);
		if (!surname) continue;
		const named = bySurname.get(surname);
		if (named) named.push(n);
		else bySurname.set(surname, [n]);
	}
	const keyed = (named: ArticleName[]) => fullNamesOf(named.map((n) => ({ key: slug(n.name), aliases: [n.name, ...n.aliases] })));
	const fullNames = new Map([...bySurname].map(([surname, named]) => [surname, keyed(named)]));
	const groups = new Map<string, ArticleName[]>();
	const local = new Map<string, string>();
	extractions.forEach((x, i) => {
		for (const n of names[i]!) {
			const key = entityKey(n, (surname) => fullNames.get(surname) ?? []);
			if (!key) continue;
			local.set(`${x.source.id}\u0000${n.name}`, key);
			const group = groups.get(key);
			if (group) group.push(n);
			else groups.set(key, [n]);
		}
	});
	return {
		entities: [...groups].map(([key, group]) => foldEntity(key, group)!),
		keyOf: (article, name) => local.get(`${article}\u0000${name}`) ?? slug(name),
	};
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

/** One article's facts, each name resolved to a key by `keyOf`. */
export type ArticleFacts = Pick<Facts, 'sentences' | 'quotes' | 'statements' | 'figures' | 'meetings'> & { article: Article };

export function articleFacts(x: ArticleExtraction, keyOf: (name: string) => string): ArticleFacts {
	const { source } = x;
	const id = source.id;
	const span = (r: TextRange) => spanOf(source, r);
	// Items take the topics and the commentary mark of the sentence they stand in, classified once.
	const sentenceAt = (offset: number) => x.sentences[rangeAt(x.sentences, offset)]!;
	const decision = (d: Decision) => ({ rule: d.rule, evidence: span(d.evidence) });
	const decisions = (why: RawMeeting['why']) => ({
		kind: decision(why.kind),
		participants: decision(why.participants),
		status: decision(why.status),
		date: why.date && decision(why.date),
		place: why.place && decision(why.place),
	});
	return {
		article: articleRecord(x),
		sentences: x.sentences.map((s) => ({ span: span(s), paragraph: s.paragraph, topics: s.topics, commentary: s.commentary })),
		quotes: x.quotes.map((q, i) => ({
			id: `${id}:q${i + 1}`, span: span(q), speaker: q.speaker ? keyOf(q.speaker) : null, form: q.speaker ? q.form : 'unattributed',
			cue: q.cue ? span(q.cue) : null, rule: q.rule, context: span(q.context), topics: sentenceAt(q.start).topics, commentary: false,
			...(q.source ? { source: span(q.source) } : {}),
		})),
		statements: x.statements.map((s, i) => ({
			id: `${id}:s${i + 1}`,
			span: span(s),
			speaker: keyOf(s.speaker),
			cue: span(s.cue),
			rule: s.rule,
			topics: sentenceAt(s.start).topics,
			commentary: false,
		})),
		figures: x.figures.map((f, i) => ({
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
		})),
		meetings: x.meetings.map((m, i) => ({
			id: `${id}:m${i + 1}`,
			span: span(m.sentence),
			participants: m.participants.map((p) => keyOf(p)),
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
		})),
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
		const one = articleFacts(x, (name) => keyOf(x.source.id, name));
		facts.articles.push(one.article);
		facts.sentences.push(...one.sentences);
		facts.quotes.push(...one.quotes);
		facts.statements.push(...one.statements);
		facts.figures.push(...one.figures);
		facts.meetings.push(...one.meetings);
	}
	const published = new Map(facts.articles.map((a) => [a.id, a.published]));
	linkEvents(facts.meetings, (article) => published.get(article) ?? null);
	return facts;
}
