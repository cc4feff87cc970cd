import { readFileSync, statSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type { Article, Entity, Facts, Figure, Meeting, Quote, Sentence, Statement } from './schema.js';
import { factsSchema } from './schema.js';
import { type ReferenceProblem, checkReferences } from './references.js';
import { nameWords, normalize, words } from '../text/normalize.js';
import type {
	ArticleMeta,
	Completion,
	EntitySummary,
	FactStore,
	MeetingFilter,
	NameType,
	Page,
	RankedSentences,
	SearchTerms,
	TopicFacts,
} from '../store/contract.js';
import { MAX_TERMS, TERM_MATCHES, articleMetaOf, isAbout, meetingOrder, names, pageOf, summariseEntity } from '../store/contract.js';

export type { FactStore } from '../store/contract.js';

export class FactsFileError extends Error {
	override readonly name = 'FactsFileError';
}

/**
 * The largest facts file read: it is read whole, into one string (which V8 caps at about 512 MiB) and then into
 * objects several times its size. A larger archive belongs in the database, which is never read whole.
 */
export const MAX_FACTS_FILE_BYTES = 500 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export interface ReadFactsOptions {
	/**
	 * Given, items whose references are broken are left out and named here, and the rest is served; without it, a
	 * broken reference is a FactsFileError.
	 */
	onBrokenReferences?: (problems: ReferenceProblem[]) => void;
}

/** Reads and validates a facts file; any problem becomes one FactsFileError naming the file and the fields or items. */
export function readFactsFile(path: string, options: ReadFactsOptions = {}): Facts {
	let raw: unknown;
	try {
		// Checked before anything is read: a huge file is refused at once, a pipe is never opened to block.
		const stat = statSync(path);
		if (!stat.isFile()) throw new FactsFileError(`${path} is not a regular file`);
		if (stat.size > MAX_FACTS_FILE_BYTES) {
			throw new FactsFileError(
				`${path} is ${megabytes(stat.size)}, over the ${megabytes(MAX_FACTS_FILE_BYTES)} a facts file may hold; ` +
					`keep an archive this large in the database (npm run ingest -- --out data/factdesk.db)`,
			);
		}
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		if (error instanceof FactsFileError) throw error;
		throw new FactsFileError(`${path}: cannot read facts (${(error as Error).message})`);
	}
	const parsed = factsSchema.safeParse(raw);
	if (!parsed.success) {
		const issues = parsed.error.issues
			.slice(0, 5)
			.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
			.join('; ');
		throw new FactsFileError(`${path} does not match the facts schema: ${issues}`);
	}
	const { usable, problems } = checkReferences(parsed.data);
	if (problems.length === 0) return parsed.data;
	if (!options.onBrokenReferences) {
		const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
		throw new FactsFileError(`${path} refers to what it does not hold: ${problems.slice(0, 5).join('; ')}${more}`);
	}
	options.onBrokenReferences(problems);
	return usable;
}

interface TopicIndex {
	/** Sentences holding a figure first, then newest first. */
	sentences: Sentence[];
	figures: Figure[];
}

interface NameDoc {
	id: string;
	name: string;
	key: string;
	type: NameType;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

const sentenceKey = (span: { article: string; start: number }) => `${span.article}:${span.start}`;

/** Words too common to search by. */
const STOP_WORDS = new Set(
	'a an and are as at be but by for from has have he her his in is it its of on or she that the their they this to was were will with'.split(' '),
);
const searchTerm = (term: string) => {
	const t = normalize(term);
	return t && !STOP_WORDS.has(t) ? t : null;
};

/** The facts held in memory with every index the queries need, built once: for tests and one-off evaluations. */
export class MemoryFactStore implements FactStore {
	private readonly articlesById = new Map<string, Article>();
	private readonly entitiesByKey = new Map<string, Entity>();
	private readonly entitiesByAlias = new Map<string, Entity[]>();
	private readonly entitiesByWord = new Map<string, Entity[]>();
	private readonly quotesBySpeaker = new Map<string, Quote[]>();
	private readonly statementsBySpeaker = new Map<string, Statement[]>();
	private readonly meetingsByParticipant = new Map<string, Meeting[]>();
	private readonly topics = new Map<string, TopicIndex>();
	private readonly figuresBySentence = new Map<string, Figure[]>();
	/** Each article's sentences in the order of the text. */
	private readonly sentencesByArticle = new Map<string, Sentence[]>();
	/** Statements that contain a quotation by the same speaker. */
	private readonly echoes = new Set<Statement>();
	/** Newest first. */
	private readonly articlesByDate: readonly Article[];
	/** Newest article first. */
	private readonly figuresByDate: readonly Figure[];
	private readonly meetingsByDate: readonly Meeting[];
	/** What autocomplete offers before anything is typed: the most mentioned names, the largest topics, the newest articles. */
	private readonly popular: Record<NameType, Completion[]>;
	private readonly sentenceSearch: MiniSearch<{ id: number; text: string }>;
	private readonly nameSearch: Record<NameDoc['type'], MiniSearch<NameDoc>>;
	private readonly articlesByTitle = new Map<string, Article>();

	constructor(readonly facts: Facts) {
		for (const article of facts.articles) {
			this.articlesById.set(article.id, article);
			this.articlesByTitle.set(normalize(article.title), article);
		}
		// Newest article first; comparing ranks is cheaper than comparing dates in every sort.
		this.articlesByDate = [...facts.articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
		const rank = new Map(this.articlesByDate.map((a, i) => [a.id, i]));
		const sortByDate = (a: { span: { article: string } }, b: { span: { article: string } }) => rank.get(a.span.article)! - rank.get(b.span.article)!;
		for (const entity of facts.entities) {
			this.entitiesByKey.set(entity.key, entity);
			for (const alias of new Set([entity.name, ...entity.aliases].map(normalize))) push(this.entitiesByAlias, alias, entity);
			for (const word of new Set(words(entity.name))) push(this.entitiesByWord, word, entity);
		}
		for (const quote of facts.quotes) if (quote.speaker) push(this.quotesBySpeaker, quote.speaker, quote);
		for (const statement of facts.statements) push(this.statementsBySpeaker, statement.speaker, statement);
		for (const meeting of facts.meetings) for (const key of meeting.participants) push(this.meetingsByParticipant, key, meeting);
		for (const list of [...this.quotesBySpeaker.values(), ...this.statementsBySpeaker.values(), ...this.meetingsByParticipant.values()])
			list.sort(sortByDate);
		const quoteStarts = new Map<string, Quote[]>();
		for (const q of facts.quotes) if (q.speaker) push(quoteStarts, `${q.span.article}:${q.speaker}`, q);
		for (const s of facts.statements) {
			const own = quoteStarts.get(`${s.span.article}:${s.speaker}`) ?? [];
			if (own.some((q) => q.span.start < s.span.end && s.span.start < q.span.end)) this.echoes.add(s);
		}

		const topic = (name: string): TopicIndex => {
			let index = this.topics.get(name);
			if (!index) this.topics.set(name, (index = { sentences: [], figures: [] }));
			return index;
		};
		for (const f of facts.figures) push(this.figuresBySentence, sentenceKey(f.measure), f);
		for (const name of facts.topics) topic(name);
		for (const s of facts.sentences) for (const t of s.topics) topic(t).sentences.push(s);
		for (const s of facts.sentences) push(this.sentencesByArticle, s.span.article, s);
		for (const list of this.sentencesByArticle.values()) list.sort((a, b) => a.span.start - b.span.start);
		for (const f of facts.figures) for (const t of f.topics) topic(t).figures.push(f);
		const withFigure = (s: Sentence) => (this.figuresBySentence.has(sentenceKey(s.span)) ? 0 : 1);
		for (const index of this.topics.values()) {
			index.sentences.sort((a, b) => withFigure(a) - withFigure(b) || sortByDate(a, b));
			index.figures.sort(sortByDate);
		}
		this.figuresByDate = [...facts.figures].sort(sortByDate);
		this.meetingsByDate = [...facts.meetings].sort(sortByDate);
		this.popular = {
			entity: [...facts.entities]
				.sort((a, b) => b.mentions.length - a.mentions.length || a.key.localeCompare(b.key))
				.slice(0, 25)
				.map((e) => ({ key: e.key, name: e.name, type: 'entity' as const })),
			topic: [...this.topics.entries()]
				.sort((a, b) => b[1].sentences.length - a[1].sentences.length || a[0].localeCompare(b[0]))
				.slice(0, 25)
				.map(([t]) => ({ key: t, name: t, type: 'topic' as const })),
			article: this.articlesByDate.slice(0, 25).map((a) => ({ key: a.id, name: a.title, type: 'article' as const })),
		};

		this.sentenceSearch = new MiniSearch({ fields: ['text'], idField: 'id', processTerm: searchTerm });
		this.sentenceSearch.addAll(facts.sentences.map((s, id) => ({ id, text: s.span.text })));

		// One index per kind of name, so that autocomplete scores only the kind it asks for.
		const nameIndex = (docs: NameDoc[]) => {
			const index = new MiniSearch<NameDoc>({ fields: ['name'], storeFields: ['key', 'type'], processTerm: (term) => normalize(term) || null });
			index.addAll(docs);
			return index;
		};
		this.nameSearch = {
			entity: nameIndex(
				facts.entities.flatMap((e) => [e.name, ...e.aliases].map((name, i) => ({ id: `e:${e.key}:${i}`, name, key: e.key, type: 'entity' as const }))),
			),
			topic: nameIndex([...this.topics.keys()].map((t) => ({ id: `t:${t}`, name: t, key: t, type: 'topic' as const }))),
			article: nameIndex(facts.articles.map((a) => ({ id: `a:${a.id}`, name: `${a.title} ${a.id}`, key: a.id, type: 'article' as const }))),
		};
	}

	async article(id: string): Promise<Article> {
		const article = this.articlesById.get(id);
		if (!article) throw new Error(`unknown article ${id}`);
		return article;
	}

	async articleMeta(id: string): Promise<ArticleMeta> {
		return articleMetaOf(await this.article(id));
	}

	async findArticle(idOrTitle: string, closest = true): Promise<Article | undefined> {
		const known = this.articlesById.get(idOrTitle) ?? this.articlesByTitle.get(normalize(idOrTitle));
		if (known || !closest) return known;
		const [nearest] = this.completeNow('article', idOrTitle, 1);
		return nearest && this.articlesById.get(nearest.key);
	}

	async articles(limit: number): Promise<Page<Article>> {
		return pageOf(this.articlesByDate, limit);
	}

	async articleItems(id: string): Promise<{ quotes: Quote[]; statements: Statement[]; meetings: Meeting[] }> {
		const own = <T extends { span: { article: string } }>(items: T[]) => items.filter((i) => i.span.article === id);
		return { quotes: own(this.facts.quotes), statements: own(this.facts.statements), meetings: own(this.facts.meetings) };
	}

	async entity(key: string): Promise<EntitySummary | undefined> {
		const entity = this.entitiesByKey.get(key);
		return entity && summariseEntity(entity);
	}

	async resolveEntities(name: string): Promise<EntitySummary[]> {
		// The most named first, as every engine orders them.
		return this.resolveEntitiesNow(name)
			.map(summariseEntity)
			.sort((a, b) => b.mentions - a.mentions || a.key.localeCompare(b.key));
	}

	/** resolveEntities without waiting, for callers that hold the facts in memory anyway (evaluation). */
	resolveEntitiesNow(name: string): Entity[] {
		const byKey = this.entitiesByKey.get(name);
		if (byKey) return [byKey];
		const exact = this.entitiesByAlias.get(normalize(name));
		if (exact) return exact;
		const given = nameWords(name);
		// "Russian Foreign Minister Sergei Lavrov": the name after the title, when the title is not an alias itself.
		for (let i = 1; i < given.length; i++) {
			const tail = this.entitiesByAlias.get(given.slice(i).join(' '))?.filter((e) => e.kind === 'person');
			// "putin xi" is two people, not Xi with a title.
			const namesAnother = given.slice(0, i).some((w) => this.entitiesByWord.get(w)?.some((e) => e.kind === 'person' && !tail?.includes(e)));
			if (tail?.length && !namesAnother) return tail;
		}
		if (given.length === 0) return [];
		// "House Select Committee on the Strategic Competition …": a committee the articles name by the words before "on".
		const connector = given.findIndex((w, i) => i > 0 && (w === 'on' || w === 'for') && /^(?:committee|subcommittee|commission)$/.test(given[i - 1]!));
		const body = connector > 0 ? this.entitiesByAlias.get(given.slice(0, connector).join(' '))?.filter((e) => e.kind === 'organisation') : undefined;
		if (body?.length) return body;
		const candidates = this.entitiesByWord.get(given[given.length - 1]!) ?? [];
		return candidates.filter((entity) => {
			const own = words(entity.name);
			return given.every((w) => own.includes(w)) || (own.length === 1 && given.at(-1) === own[0] && entity.kind === 'person');
		});
	}

	async quotesBy(key: string, limit: number, about?: string): Promise<Page<Quote>> {
		const all = this.quotesBySpeaker.get(key) ?? [];
		return pageOf(about ? all.filter((q) => isAbout(q, about)) : all, limit);
	}

	async statementsBy(key: string, limit: number, about?: string): Promise<Page<Statement>> {
		const all = (this.statementsBySpeaker.get(key) ?? []).filter((s) => !this.echoes.has(s));
		return pageOf(about ? all.filter((s) => isAbout(s, about)) : all, limit);
	}

	async meetingsOf(keys: readonly string[] | null, limit: number, filter: MeetingFilter = {}): Promise<Page<Meeting>> {
		const others = new Set(filter.with ?? []);
		const all = keys ? [...new Set(keys.flatMap((k) => this.meetingsByParticipant.get(k) ?? []))] : this.meetingsByDate;
		const found = all.filter(
			(m) => (!filter.with || m.participants.some((k) => others.has(k))) && (!filter.dated || m.date) && (!filter.kinds || filter.kinds.includes(m.kind)),
		);
		return pageOf(found.sort(meetingOrder(filter.order)), limit);
	}

	async figures(limit: number): Promise<Page<Figure>> {
		return pageOf(this.figuresByDate, limit);
	}

	async topicNames(): Promise<string[]> {
		return [...this.topics.keys()].sort();
	}

	async topic(name: string, limit: number): Promise<TopicFacts | undefined> {
		const index = this.topics.get(normalize(name));
		return index && { sentences: pageOf(index.sentences, limit), figures: pageOf(index.figures, limit) };
	}

	/** Sentences ranked by BM25 with prefix and light fuzzy matching. */
	async searchSentences(text: string, limit: number): Promise<Sentence[]> {
		// Prefix matching for the word being typed, typo tolerance for words long enough to have one.
		return this.sentenceSearch
			.search(text, { prefix: (_term, i, terms) => i === terms.length - 1, fuzzy: (term) => (term.length >= 5 ? 0.2 : false), combineWith: 'AND' })
			.slice(0, limit)
			.map((hit) => this.facts.sentences[hit.id as number]!);
	}

	/** BM25 among the matches of each term; a word matches its inflections as a prefix ("sanction" finds "sanctions"). */
	async rankSentences(terms: SearchTerms, limit: number): Promise<RankedSentences> {
		const inflected = { prefix: (term: string) => term.length >= 4, combineWith: 'AND' } as const;
		const candidates = new Set<number>();
		const hits = terms.slice(0, MAX_TERMS).map((alternatives) => {
			const ids = new Set(alternatives.flatMap((a) => this.sentenceSearch.search(a, inflected).map((hit) => hit.id as number)));
			const newest = [...ids].sort((a, b) => b - a).slice(0, TERM_MATCHES);
			newest.forEach((id) => candidates.add(id));
			return newest.length;
		});
		const any = terms.slice(0, MAX_TERMS).flat().join(' ');
		const ranked = this.sentenceSearch.search(any, { prefix: (term) => term.length >= 4, filter: (hit) => candidates.has(hit.id as number) });
		return { sentences: ranked.slice(0, limit).map((hit) => this.facts.sentences[hit.id as number]!), hits };
	}

	async complete(type: NameType | 'any', text: string, limit: number): Promise<Completion[]> {
		return this.completeNow(type, text, limit);
	}

	private completeNow(type: NameType | 'any', text: string, limit: number): Completion[] {
		const query = text.trim();
		if (!query) return (type === 'any' ? [...this.popular.entity, ...this.popular.topic] : this.popular[type]).slice(0, limit);
		const seen = new Set<string>();
		const out: Completion[] = [];
		const types = type === 'any' ? (['entity', 'topic'] as const) : [type];
		const hits = types.flatMap((t) => this.nameSearch[t].search(query, { prefix: true, fuzzy: 0.25 })).sort((a, b) => b.score - a.score);
		for (const hit of hits) {
			const id = `${hit.type}:${hit.key}`;
			if (seen.has(id)) continue;
			seen.add(id);
			const label =
				hit.type === 'entity' ? this.entitiesByKey.get(hit.key)!.name : hit.type === 'article' ? this.articlesById.get(hit.key)!.title : hit.key;
			out.push({ key: hit.key, name: label, type: hit.type });
			if (out.length >= limit) break;
		}
		return out;
	}

	async figuresIn(sentence: Sentence): Promise<readonly Figure[]> {
		return this.figuresBySentence.get(sentenceKey(sentence.span)) ?? [];
	}

	async sentenceAt(article: string, offset: number): Promise<Sentence | undefined> {
		const s = this.sentencesByArticle.get(article)?.findLast((x) => x.span.start <= offset);
		return s && offset < s.span.end ? s : undefined;
	}

	async firstNaming(article: string, name: string): Promise<Sentence | undefined> {
		return this.sentencesByArticle.get(article)?.find((s) => names(s, name));
	}

	async close(): Promise<void> {}
}
