import { basename, extname } from 'node:path';
import type { ExtractedArticle } from './extract.js';
import type { Article, Entity, Figure, Meeting, Quote, Sentence, Span, Statement } from '../facts/schema.js';
import { normalize } from '../text/normalize.js';

// The store contract every engine implements (in memory, SQLite, PostgreSQL). Every method is async so that a
// network database fits the same shape, and every list is a Page: the first `limit` items and the total, so that a
// query's work stays bounded however many articles the archive holds.

export interface Page<T> {
	readonly items: readonly T[];
	/** How many items match in all, counted by the store (never by walking them in the caller). */
	readonly total: number;
}

/**
 * An entity as stores serve it: its mentions counted, not listed, and its first roles only, since a head of state is
 * named in tens of thousands of articles.
 */
export interface EntitySummary extends Omit<Entity, 'mentions' | 'roles'> {
	/** The first roles as written, in article order; at most ROLE_SAMPLE. */
	readonly roles: Span[];
	/** How many times the articles name it, and in how many articles. */
	readonly mentions: number;
	readonly articles: number;
	/** The first article that names it, to cite when it has no role. */
	readonly firstArticle: string | null;
}

export const ROLE_SAMPLE = 10;

export function summariseEntity(e: Entity): EntitySummary {
	return {
		key: e.key,
		name: e.name,
		kind: e.kind,
		aliases: e.aliases,
		roles: e.roles.slice(0, ROLE_SAMPLE),
		mentions: e.mentions.length,
		articles: new Set(e.mentions.map((m) => m.article)).size,
		firstArticle: e.mentions[0]?.article ?? null,
	};
}

export type NameType = 'entity' | 'topic' | 'article';

/**
 * The words of a question for ranked retrieval: each term a word and the phrases that say the same thing
 * ("us": "united states", "america"); a sentence holds the term when it holds any of them, inflections included.
 */
export type SearchTerms = readonly (readonly string[])[];

export interface RankedSentences {
	readonly sentences: readonly Sentence[];
	/** Per term, the sentences holding it, counted up to TERM_MATCHES: how rare the word is in the coverage. */
	readonly hits: readonly number[];
}

/** Matches of one term that are ranked, the newest first: a word found in 100,000 sentences ranks its newest 300. */
export const TERM_MATCHES = 300;
/** Terms of one question ranked at most. */
export const MAX_TERMS = 12;

export interface Completion {
	readonly key: string;
	readonly name: string;
	readonly type: NameType;
}

export interface MeetingFilter {
	/** Only meetings with one of these participants as well. */
	readonly with?: readonly string[];
	/** Only meetings of these kinds. */
	readonly kinds?: readonly Meeting['kind'][];
	/** Only meetings with a date. */
	readonly dated?: boolean;
	/** 'newest': newest first, undated last (the default); 'earliest': earliest first, undated last. */
	readonly order?: 'newest' | 'earliest';
}

export interface TopicFacts {
	/** Sentences holding a figure first, then newest first. */
	readonly sentences: Page<Sentence>;
	/** Newest first. */
	readonly figures: Page<Figure>;
}

/** An article without its text: what a citation shows and what dates an item. */
export type ArticleMeta = Omit<Article, 'body' | 'paragraphs' | 'commentary' | 'summary'>;

export function articleMetaOf(article: Article): ArticleMeta {
	const { body: _body, paragraphs: _paragraphs, commentary: _commentary, summary: _summary, ...meta } = article;
	return meta;
}

export interface FactStore {
	/** The article with this id; throws when there is none (ids come from the store's own items). */
	article(id: string): Promise<Article>;
	/** The same article without its text, which citations never need: a fraction of the reading. */
	articleMeta(id: string): Promise<ArticleMeta>;
	/** An article by id, exact title, or (unless `closest` is false) the closest title. */
	findArticle(idOrTitle: string, closest?: boolean): Promise<Article | undefined>;
	/** Newest first. */
	articles(limit: number): Promise<Page<Article>>;
	/** An article's quotes, statements and meetings, in the order of the text; empty for an unknown id. */
	articleItems(id: string): Promise<{ quotes: Quote[]; statements: Statement[]; meetings: Meeting[] }>;
	entity(key: string): Promise<EntitySummary | undefined>;
	/**
	 * People, countries and organisations a name refers to: an exact name or alias first; otherwise entities whose
	 * name contains every word given, or known only by a surname the name ends with. Never fuzzy.
	 */
	resolveEntities(name: string): Promise<EntitySummary[]>;
	/** Newest first; `about` keeps those on a topic key or containing the words. */
	quotesBy(key: string, limit: number, about?: string): Promise<Page<Quote>>;
	/** Newest first, leaving out statements that hold a quotation by their own speaker (the quote says it). */
	statementsBy(key: string, limit: number, about?: string): Promise<Page<Statement>>;
	/** Meetings of any of `keys`, once each; null for every meeting. */
	meetingsOf(keys: readonly string[] | null, limit: number, filter?: MeetingFilter): Promise<Page<Meeting>>;
	/** Every figure, newest first. */
	figures(limit: number): Promise<Page<Figure>>;
	topicNames(): Promise<string[]>;
	/** A topic's sentences and figures; undefined for a word that is no topic. */
	topic(name: string, limit: number): Promise<TopicFacts | undefined>;
	/** Sentences ranked by relevance, with prefix matching of the word being typed; at most `limit`. */
	searchSentences(text: string, limit: number): Promise<Sentence[]>;
	/**
	 * Sentences holding any of the terms, best first by BM25 over all of them (ts_rank on PostgreSQL), ranked among the
	 * newest TERM_MATCHES matches of each term, at most `limit`; and per term how many sentences hold it, up to that cap.
	 */
	rankSentences(terms: SearchTerms, limit: number): Promise<RankedSentences>;
	/** Names, topics or articles by prefix (typo-tolerant), best first, one entry per key; popular ones for no text. */
	complete(type: NameType | 'any', text: string, limit: number): Promise<Completion[]>;
	/** The figures stated in a sentence. */
	figuresIn(sentence: Sentence): Promise<readonly Figure[]>;
	/** The sentence of an article that holds the offset, found through the article's sentences by start; undefined for none. */
	sentenceAt(article: string, offset: number): Promise<Sentence | undefined>;
	/**
	 * The first sentence of an article, in the order of the text, that names `name` (as `names` decides); undefined for
	 * none. It reads one article's sentences at most, however many other sentences name the same person.
	 */
	firstNaming(article: string, name: string): Promise<Sentence | undefined>;
	/** Releases the connection, if the engine holds one. */
	close(): Promise<void>;
}

export const pageOf = <T>(all: readonly T[], limit: number): Page<T> => ({ items: all.slice(0, Math.max(0, limit)), total: all.length });

type AboutItem = { topics: readonly string[]; span: { text: string } };
const onTopic = (topics: readonly string[], lowerText: string, about: string) => topics.includes(about) || lowerText.includes(about);

/**
 * Whether a quote or statement is on `about`: a topic key it carries, or words its text contains. Engines that
 * filter in their own query language keep to this rule; the contract tests hold them to it.
 */
export const isAbout = (item: AboutItem, about: string): boolean => onTopic(item.topics, item.span.text.toLowerCase(), about);

/** Which of `topics` an item is on, as isAbout decides, its text lower-cased once for all of them (a store's writer). */
export function topicsAbout(item: AboutItem, topics: readonly string[]): string[] {
	const text = item.span.text.toLowerCase();
	return topics.filter((about) => onTopic(item.topics, text, about));
}

/** Whether a sentence names `name`: its words, accents and case folded, hold the name's. */
export const names = (sentence: Sentence, name: string): boolean => normalize(sentence.span.text).includes(normalize(name));

type Dated = Pick<Meeting, 'date'>;
/** Newest first (the latest contact is the headline) or earliest first (a timeline); undated last either way. */
export const meetingOrder = (order: MeetingFilter['order'] = 'newest') =>
	order === 'newest'
		? (a: Dated, b: Dated) => (b.date?.start ?? '').localeCompare(a.date?.start ?? '')
		: (a: Dated, b: Dated) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999');

/** The article id a file yields (readArticle takes it from the file name). */
export const idOf = (file: string): string => basename(file, extname(file));

/** What a store remembers of an article file, to tell whether it changed without reading it. */
export interface StoredFile {
	/** The file's name within the articles folder. */
	readonly file: string;
	/** The id of the article read from it. */
	readonly id: string;
	readonly size: number;
	readonly mtime: number;
	/** The extractor version, a colon, and the hash of the file's bytes: a new extractor changes every fingerprint. */
	readonly fingerprint: string;
}

export interface ArticleChanges {
	/** Files whose articles leave the archive (removed, or about to be replaced). */
	readonly remove: readonly string[];
	/** Articles to store, new or replacing the one from the same file. */
	readonly put: readonly { readonly stored: StoredFile; readonly article: ExtractedArticle }[];
	/** More batches of the same ingest follow: the merges across articles wait for the last one. */
	readonly more?: boolean;
}

/** The write side of an engine: ingest uses it, the bot only reads. */
export interface WritableFactStore extends FactStore {
	/**
	 * What is stored of every file; with `only`, of at least these files and of any file holding the ids they yield
	 * (a file's name without its extension), so that a change to one file reads one row, not the whole archive's.
	 */
	storedFiles(only?: readonly string[]): Promise<Map<string, StoredFile>>;
	/**
	 * Applies the changes in one transaction: an article's rows go and come with it, and only the merges across
	 * articles that its names touch (the people a bare surname stands for, the entities they fold into) are redone.
	 */
	applyChanges(changes: ArticleChanges): Promise<void>;
	/** Updates a file's size and time when its bytes are unchanged (it was touched or copied). */
	touchFiles(files: readonly StoredFile[]): Promise<void>;
}
