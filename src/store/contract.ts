import type { Article, Entity, Figure, Meeting, Quote, Sentence, Statement } from '../facts/schema.js';

// The store contract every engine implements (in memory, SQLite, PostgreSQL). Every method is async so that a
// network database fits the same shape, and every list is a Page: the first `limit` items and the total, so that a
// query's work stays bounded however many articles the archive holds.

export interface Page<T> {
	readonly items: readonly T[];
	/** How many items match in all, counted by the store (never by walking them in the caller). */
	readonly total: number;
}

export type NameType = 'entity' | 'topic' | 'article';

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

export interface FactStore {
	/** The article with this id; throws when there is none (ids come from the store's own items). */
	article(id: string): Promise<Article>;
	/** An article by id, exact title, or the closest title. */
	findArticle(idOrTitle: string): Promise<Article | undefined>;
	/** Newest first. */
	articles(limit: number): Promise<Page<Article>>;
	entity(key: string): Promise<Entity | undefined>;
	/**
	 * People, countries and organisations a name refers to: an exact name or alias first; otherwise entities whose
	 * name contains every word given, or known only by a surname the name ends with. Never fuzzy.
	 */
	resolveEntities(name: string): Promise<Entity[]>;
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
	/** Names, topics or articles by prefix (typo-tolerant), best first, one entry per key; popular ones for no text. */
	complete(type: NameType | 'any', text: string, limit: number): Promise<Completion[]>;
	/** The figures stated in a sentence. */
	figuresIn(sentence: Sentence): Promise<readonly Figure[]>;
	/** Releases the connection, if the engine holds one. */
	close(): Promise<void>;
}

export const pageOf = <T>(all: readonly T[], limit: number): Page<T> => ({ items: all.slice(0, Math.max(0, limit)), total: all.length });

/**
 * Whether a quote or statement is on `about`: a topic key it carries, or words its text contains. Engines that
 * filter in their own query language keep to this rule; the contract tests hold them to it.
 */
export const isAbout = (item: { topics: readonly string[]; span: { text: string } }, about: string): boolean =>
	item.topics.includes(about) || item.span.text.toLowerCase().includes(about);

type Dated = Pick<Meeting, 'date'>;
/** Newest first (the latest contact is the headline) or earliest first (a timeline); undated last either way. */
export const meetingOrder = (order: MeetingFilter['order'] = 'newest') =>
	order === 'newest'
		? (a: Dated, b: Dated) => (b.date?.start ?? '').localeCompare(a.date?.start ?? '')
		: (a: Dated, b: Dated) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999');
