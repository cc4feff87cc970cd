import type { Answer, AnswerItem, Citation } from '../answer/answer.js';
import type { Figure, Meeting, Quote, Sentence, Span, Statement } from './schema.js';
import type { ArticleMeta, FactStore, Page } from '../store/contract.js';

/** Longest list an answer carries; the rest is counted in `omitted`. */
export const MAX_ITEMS = 60;

export function citationOf(article: ArticleMeta, n: number): Citation {
	const { id, title, outlet, authors, published, url, page, via, cites } = article;
	return { n, article: id, title, outlet, authors, published, url, page, via, cites };
}

/** The reposting site's own remarks are its words, not the outlet's: they get a citation of their own. */
function remarkCitationOf(article: ArticleMeta, n: number): Citation {
	const site = article.via ?? 'the reposting site';
	return {
		n,
		article: article.id,
		title: `Remark added by ${site} to its repost of "${article.title}"`,
		outlet: site,
		authors: [],
		published: null,
		url: article.url,
		page: null,
		via: null,
		cites: [],
	};
}

const remarkLabel = (article: ArticleMeta) => `Remark by ${article.via ?? 'the reposting site'}, not by ${article.outlet ?? 'the outlet'}`;

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Thursday 16 May 2024", "week of 1 April 2024", "May 2024", "2023". */
export function readableDate(period: NonNullable<Meeting['date']>): string {
	const d = new Date(`${period.start}T00:00:00Z`);
	const dayMonthYear = `${d.getUTCDate()} ${MONTH[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
	if (period.precision === 'day') return `${WEEKDAY[d.getUTCDay()]} ${dayMonthYear}`;
	if (period.precision === 'week') return `week of ${dayMonthYear}`;
	if (period.precision === 'month') return `${MONTH[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
	if (period.precision === 'year') return String(d.getUTCFullYear());
	return `${period.start} to ${period.end}`;
}

const isoOf = (period: NonNullable<Meeting['date']>) => (period.start === period.end ? period.start : `${period.start}/${period.end}`);
const spanRef = (span: Span) => ({ article: span.article, start: span.start, end: span.end });

/** Collects items and numbers their sources in order of first use. */
export class AnswerBuilder {
	private readonly items: AnswerItem[] = [];
	private readonly citations = new Map<string, Citation>();
	/** What this answer has read, read once: sixty quotes from one article need its record once, not sixty times. */
	private readonly articles = new Map<string, Promise<ArticleMeta>>();
	private readonly names = new Map<string, Promise<string>>();
	private total = 0;

	constructor(
		private readonly store: FactStore,
		private readonly command: string,
	) {}

	/** Citations and dates need no text: the article's metadata only. */
	private article(id: string): Promise<ArticleMeta> {
		let article = this.articles.get(id);
		if (!article) this.articles.set(id, (article = this.store.articleMeta(id)));
		return article;
	}

	async cite(articleId: string, remark = false): Promise<number> {
		const key = remark ? `${articleId}\u0000remark` : articleId;
		let citation = this.citations.get(key);
		if (!citation) this.citations.set(key, (citation = (remark ? remarkCitationOf : citationOf)(await this.article(articleId), this.citations.size + 1)));
		return citation.n;
	}

	private async push(item: Omit<AnswerItem, 'cite'>, article: string | null): Promise<void> {
		this.total++;
		if (this.items.length >= MAX_ITEMS) return;
		this.items.push({ ...item, cite: article ? await this.cite(article, item.kind === 'commentary') : null });
	}

	/**
	 * Adds the items that fit and counts the rest without walking them: a topic may hold 100,000 sentences. A Page
	 * counts the items its store left out.
	 */
	async addAll<T>(items: readonly T[] | Page<T>, add: (item: T) => Promise<void>): Promise<void> {
		const [list, total] = 'total' in items ? [items.items, items.total] : [items as readonly T[], (items as readonly T[]).length];
		const room = Math.max(0, MAX_ITEMS - this.items.length);
		for (const item of list.slice(0, room)) await add(item);
		this.total += Math.max(0, total - Math.min(room, list.length));
	}

	/** True once the answer holds as many items as it carries: what more is found is only counted. */
	get full(): boolean {
		return this.items.length >= MAX_ITEMS;
	}

	/** Counts items the answer has no room for, without building them. */
	omit(count: number): void {
		this.total += Math.max(0, count);
	}

	private name(key: string): Promise<string> {
		let name = this.names.get(key);
		if (!name) this.names.set(key, (name = this.store.entity(key).then((e) => e?.name ?? key)));
		return name;
	}

	private async remarkLabel(articleId: string): Promise<string> {
		return remarkLabel(await this.article(articleId));
	}

	async quote(q: Quote): Promise<void> {
		const details: Record<string, string> = { published: (await this.article(q.span.article)).published ?? 'undated' };
		if (q.cue) details.attribution = q.cue.text;
		const label = q.speaker ? await this.name(q.speaker) : 'Unattributed';
		await this.push({ kind: 'quote', text: q.span.text, label, details, span: spanRef(q.span) }, q.span.article);
	}

	async statement(s: Statement): Promise<void> {
		await this.push(
			{ kind: 'statement', text: s.span.text, label: await this.name(s.speaker), details: { attribution: s.cue.text }, span: spanRef(s.span) },
			s.span.article,
		);
	}

	private async meetingItem(m: Meeting): Promise<Omit<AnswerItem, 'cite'>> {
		const details: Record<string, string> = { kind: m.kind, status: m.status };
		if (m.date) Object.assign(details, { date: isoOf(m.date), when: readableDate(m.date), 'date as written': m.date.text });
		if (m.dateSpan && (m.dateSpan.start < m.span.start || m.dateSpan.end > m.span.end)) details['date from'] = 'an earlier sentence of the article';
		if (m.place) details.place = m.place.text;
		const parties = [...(await Promise.all(m.participants.map((p) => this.name(p)))), ...(m.counterpart ? [m.counterpart.text] : [])];
		// A trip reads as where it went: "Vladimir Putin → Beijing", the destination never a party.
		const trip = m.place && m.why.place?.rule === 'place.trip-destination' ? ` → ${m.place.text}` : '';
		return { kind: 'meeting', text: m.span.text, label: parties.join(' ↔ ') + trip, details, span: spanRef(m.span) };
	}

	async meeting(m: Meeting): Promise<void> {
		await this.push(await this.meetingItem(m), m.span.article);
	}

	/**
	 * One event as its reports tell it: the first report's sentence and fields, every other article cited, and where
	 * the reports disagree on the date or the place, each version with its sources, never one chosen silently.
	 */
	async event(reports: readonly Meeting[]): Promise<void> {
		const [first, ...others] = reports;
		if (!first) return;
		const item = await this.meetingItem(first);
		await this.push(item, first.span.article);
		if (!others.length || this.items.at(-1)?.details !== item.details) return;
		const own = await this.cite(first.span.article);
		const cited = [...new Set(await Promise.all(others.map((m) => this.cite(m.span.article))))].filter((n) => n !== own);
		if (cited.length) item.details['also told by'] = cited.map((n) => `[${n}]`).join(' ');
		const versions = async (of: (m: Meeting) => string | null) => {
			const told = new Map<string, Set<number>>();
			for (const m of reports) {
				const value = of(m);
				if (value) told.set(value, (told.get(value) ?? new Set()).add(await this.cite(m.span.article)));
			}
			return told.size > 1 ? [...told].map(([value, ns]) => `${value} ${[...ns].map((n) => `[${n}]`).join('')}`).join('; ') : null;
		};
		const dates = await versions((m) => m.date && isoOf(m.date));
		const places = await versions((m) => m.place?.text ?? null);
		if (dates) item.details['dates told'] = dates;
		if (places) item.details['places told'] = places;
	}

	async figure(f: Figure): Promise<void> {
		const details: Record<string, string> = {};
		if (f.value !== null) details.value = String(f.value);
		if (f.min !== null) details['at least'] = String(f.min);
		if (f.unit) details.unit = f.unit;
		if (f.approximate) details.approximate = 'yes';
		if (f.period) Object.assign(details, { period: isoOf(f.period), 'period as written': f.period.text });
		const label = f.commentary ? `${await this.remarkLabel(f.span.article)}: ${f.span.text}` : f.span.text;
		await this.push({ kind: f.commentary ? 'commentary' : 'figure', text: f.measure.text, label, details, span: spanRef(f.measure) }, f.span.article);
	}

	async sentence(s: Sentence, kind: 'fact' | 'summary' = 'fact', extra: { label?: string; details?: Record<string, string> } = {}): Promise<void> {
		const label = s.commentary ? await this.remarkLabel(s.span.article) : (extra.label ?? null);
		await this.push(
			{ kind: s.commentary ? 'commentary' : kind, text: s.span.text, label, details: extra.details ?? {}, span: spanRef(s.span) },
			s.span.article,
		);
	}

	async line(
		kind: 'source' | 'person',
		text: string,
		label: string | null,
		details: Record<string, string>,
		article: string | null,
		span: Span | null = null,
	): Promise<void> {
		await this.push({ kind, text, label, details, span: span && spanRef(span) }, article);
	}

	build(title: string, lead: string | null): Answer {
		return {
			command: this.command,
			title,
			lead,
			items: this.items,
			sources: [...this.citations.values()],
			omitted: this.total - this.items.length,
			notFound: null,
			suggestions: [],
		};
	}
}

export function notFound(command: string, title: string, message: string, suggestions: string[]): Answer {
	return { command, title, lead: null, items: [], sources: [], omitted: 0, notFound: message, suggestions };
}
