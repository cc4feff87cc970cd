import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleError } from './errors.js';
import { BYLINE_OPENER, bylineNames, clean, creditedNames, dayOf } from './metadata.js';

// An HTML page → the article's paragraphs and metadata. Readability (Mozilla's reader view, over linkedom's DOM)
// finds the article body; the metadata comes from what the page declares about itself, in an ordered list of places
// per field, each recorded so anyone can ask where a title or a date came from. Nothing is guessed: a page that names
// no outlet has outlet null (never its domain), and a date is the day as the page wrote it (never shifted to UTC).

export interface HtmlArticle {
	title: string;
	outlet: string | null;
	authors: string[];
	/** News agencies credited beside the authors ("Reuters"): sources the article cites. */
	cites: string[];
	published: string | null;
	url: string | null;
	language: string;
	paragraphs: string[];
	/** Where each metadata field was found ("json-ld", "meta article:published_time", …), for the log and the reply. */
	from: Partial<Record<'title' | 'outlet' | 'authors' | 'published' | 'url', string>>;
}

/** An article body shorter than this is not an article (a log-in wall, an index page, a script-only page). */
export const MIN_BODY_CHARACTERS = 200;

type Doc = ReturnType<typeof parseHTML>['document'];
type Json = Record<string, unknown>;

const metaContent = (doc: Doc, selector: string): string => clean(doc.querySelector(selector)?.getAttribute('content'));

/** The JSON-LD objects of the page, flattened out of arrays and @graph, that describe an article. */
function jsonLdArticles(doc: Doc): Json[] {
	const found: Json[] = [];
	const visit = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (!node || typeof node !== 'object') return;
		const object = node as Json;
		if (object['@graph']) visit(object['@graph']);
		const types = ([] as unknown[]).concat(object['@type'] ?? []).map(String);
		if (types.some((t) => /Article$|^Report$|^BlogPosting$|^LiveBlogPosting$/.test(t))) found.push(object);
	};
	for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
		try {
			visit(JSON.parse(script.textContent ?? ''));
		} catch {
			// A page's broken JSON-LD is skipped; the meta tags still speak for it.
		}
	}
	return found;
}

const ldString = (value: unknown): string => (typeof value === 'string' ? clean(value) : '');
const ldName = (value: unknown): string => ldString(typeof value === 'object' && value ? (value as Json).name : value);

/** One place a field may be declared: its label and how to read it. First non-empty wins. */
interface Place<T> {
	from: string;
	read: (doc: Doc, ld: Json[]) => T;
}

const TITLE_PLACES: Place<string>[] = [
	{ from: 'json-ld headline', read: (_d, ld) => ldString(ld[0]?.headline) },
	{ from: 'meta og:title', read: (d) => metaContent(d, 'meta[property="og:title"]') },
	{ from: 'meta twitter:title', read: (d) => metaContent(d, 'meta[name="twitter:title"]') },
	{ from: 'h1', read: (d) => clean(d.querySelector('h1')?.textContent) },
	{ from: 'title', read: (d) => clean(d.querySelector('title')?.textContent) },
];

/** A site name, not an address ("http://www.tmz.com" names no outlet). */
const siteName = (name: string): string => (/^(https?:|www\.)|\.(com|org|net)$/i.test(name) ? '' : name);

const OUTLET_PLACES: Place<string>[] = [
	{ from: 'json-ld publisher', read: (_d, ld) => siteName(ldName(ld[0]?.publisher)) },
	{ from: 'meta og:site_name', read: (d) => siteName(metaContent(d, 'meta[property="og:site_name"]')) },
	{ from: 'meta application-name', read: (d) => siteName(metaContent(d, 'meta[name="application-name"]')) },
];

/** A short line that opens with "By" (or its like) and holds only names: "By Maria Lopez and Tom Okafor". */
const isByline = (line: string): boolean => {
	const names = line.length <= 160 && BYLINE_OPENER.test(line) ? bylineNames(line) : [];
	return names.length > 0 && names.every((name) => name.split(' ').length <= 4 && name.split(' ').every((word) => /^\p{Lu}/u.test(word)));
};

const ldAuthors = (ld: Json[]): string[] =>
	([] as unknown[])
		.concat(ld[0]?.author ?? [])
		// An organisation credited as author ("BBC News") is the outlet, not a person who wrote the text.
		.filter((a) => !(typeof a === 'object' && a && /Organization/.test(String((a as Json)['@type']))))
		.flatMap((a) => bylineNames(ldName(a)));

const AUTHOR_PLACES: Place<string[]>[] = [
	{ from: 'json-ld author', read: (_d, ld) => ldAuthors(ld) },
	{ from: 'meta author', read: (d) => bylineNames(metaContent(d, 'meta[name="author"]')) },
	{ from: 'meta article:author', read: (d) => bylineNames(metaContent(d, 'meta[property="article:author"]')) },
	{ from: 'meta parsely-author', read: (d) => bylineNames(metaContent(d, 'meta[name="parsely-author"]')) },
	{ from: 'meta byl', read: (d) => bylineNames(metaContent(d, 'meta[name="byl"]')) },
	{ from: 'rel=author', read: (d) => [...d.querySelectorAll('a[rel="author"]')].flatMap((a) => bylineNames(a.textContent ?? '')) },
];

const dateFrom = (value: string): string => dayOf(value) ?? '';
const timeIn = (doc: Doc, selector: string): string => clean(doc.querySelector(selector)?.getAttribute('datetime'));

const PUBLISHED_PLACES: Place<string>[] = [
	{ from: 'json-ld datePublished', read: (_d, ld) => dateFrom(ldString(ld[0]?.datePublished)) },
	...['article:published_time', 'article:published', 'og:published_time'].map((p) => ({
		from: `meta ${p}`,
		read: (d: Doc) => dateFrom(metaContent(d, `meta[property="${p}"]`)),
	})),
	{ from: 'itemprop datePublished', read: (d) => dateFrom(metaContent(d, '[itemprop="datePublished"]') || timeIn(d, '[itemprop="datePublished"]')) },
	...['parsely-pub-date', 'sailthru.date', 'DC.date.issued', 'dcterms.created', 'pdate', 'date', 'pubdate', 'publish-date'].map((n) => ({
		from: `meta ${n}`,
		read: (d: Doc) => dateFrom(metaContent(d, `meta[name="${n}"]`)),
	})),
	// Last, the page's own dated time element for the article (not the first date anywhere on the page).
	{ from: 'time pubdate', read: (d) => dateFrom(timeIn(d, 'time[pubdate]')) },
	{ from: 'time in the article header', read: (d) => dateFrom(timeIn(d, 'article header time[datetime], header time[datetime]')) },
	{ from: 'time of class date', read: (d) => dateFrom(timeIn(d, 'time[class~="date"][datetime], time[class*="publish"][datetime]')) },
];

/** An absolute http(s) URL, resolved against the page's own address when relative; anything else is no URL. */
function httpUrl(value: string, base: string | undefined): string {
	if (!value) return '';
	try {
		const url = new URL(value, base);
		return /^https?:$/.test(url.protocol) ? url.href : '';
	} catch {
		return '';
	}
}

const urlPlaces = (pageUrl: string | undefined): Place<string>[] => [
	{ from: 'link canonical', read: (d) => httpUrl(clean(d.querySelector('link[rel="canonical"]')?.getAttribute('href')), pageUrl) },
	{ from: 'meta og:url', read: (d) => httpUrl(metaContent(d, 'meta[property="og:url"]'), pageUrl) },
	{ from: 'json-ld url', read: (_d, ld) => httpUrl(ldString(ld[0]?.url), pageUrl) },
	{ from: 'the address it was fetched from', read: () => (pageUrl ? httpUrl(pageUrl, undefined) : '') },
];

type Found<T> = { value: T; from: string } | null;

function first<T extends string | string[]>(places: Place<T>[], doc: Doc, ld: Json[], keep: (value: T) => boolean = () => true): Found<T> {
	for (const place of places) {
		const value = place.read(doc, ld);
		if (value.length > 0 && keep(value)) return { value, from: place.from };
	}
	return null;
}

/** Blocks whose text is a paragraph of the article; a block holding another such block gives way to it. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td, th';

/** The article body's paragraphs, in reading order, whitespace collapsed; figures and their captions left out. */
function paragraphsOf(root: Element): string[] {
	const paragraphs: string[] = [];
	for (const block of root.querySelectorAll(BLOCKS)) {
		if (block.querySelector(BLOCKS) || block.closest('figure, figcaption')) continue;
		const text = clean(block.textContent);
		if (text && text !== paragraphs.at(-1)) paragraphs.push(text);
	}
	return paragraphs;
}

/** Reads an HTML page; throws ArticleError with a plain reason when it holds no usable article. */
export function articleFromHtml(html: string, options: { file: string; pageUrl?: string }): HtmlArticle {
	const { file, pageUrl } = options;
	if (!html.trim()) throw new ArticleError(file, 'the page is empty');
	if (!/<\s*(html|body|p|div|article|head)\b/i.test(html)) throw new ArticleError(file, 'this is not an HTML page');
	// Two documents: Readability rewrites the one it reads, and the metadata is read from the page as served.
	const page = parseHTML(html).document;
	const ld = jsonLdArticles(page);
	const reader = parseHTML(html).document;
	let parsed;
	try {
		parsed = new Readability<Element>(reader as unknown as Document, { serializer: (node) => node as Element }).parse();
	} catch (error) {
		throw new ArticleError(file, `the page could not be read (${(error as Error).message})`);
	}
	const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
	const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
	if (length < MIN_BODY_CHARACTERS) {
		throw new ArticleError(file, 'no article text found on the page (it may be an index page, need JavaScript, or sit behind a log-in or paywall)');
	}
	const outlet = first(OUTLET_PLACES, page, ld);
	// The site's own name offered as a title ("Yahoo News - Latest News & Headlines") is not the article's headline.
	const title = first(TITLE_PLACES, page, ld, (t) => t !== outlet?.value) ?? (parsed?.title ? { value: clean(parsed.title), from: 'readability' } : null);
	if (!title) throw new ArticleError(file, 'the page has no title');
	const named = first(AUTHOR_PLACES, page, ld) ?? (parsed?.byline ? { value: bylineNames(parsed.byline), from: 'readability byline' } : null);
	// An outlet credited as its own author ("BBC News") is not a person who wrote the text; a wire service is cited.
	const credited = creditedNames(named?.value.filter((a) => a !== outlet?.value) ?? []);
	const authors = named && { ...named, value: credited.authors };
	const published = first(PUBLISHED_PLACES, page, ld);
	const url = first(urlPlaces(pageUrl), page, ld);
	const declared =
		page.documentElement?.getAttribute('lang') ||
		metaContent(page, 'meta[property="og:locale"]') ||
		metaContent(page, 'meta[http-equiv="content-language"]');
	const language = /^[a-z]{2,3}(?![a-z])/i.exec(declared)?.[0]?.toLowerCase() ?? 'en';
	// The headline and the byline repeated at the top of the body are metadata, not paragraphs of the article.
	while (paragraphs.length > 1 && (paragraphs[0] === title.value || isByline(paragraphs[0]!))) paragraphs.shift();
	const from: HtmlArticle['from'] = {};
	for (const [key, found] of Object.entries({ title, outlet, authors, published, url })) if (found) from[key as keyof typeof from] = found.from;
	return {
		title: title.value,
		outlet: outlet?.value ?? null,
		authors: [...new Set(authors?.value ?? [])],
		cites: [...new Set(credited.cites)],
		published: published?.value ?? null,
		url: url?.value ?? null,
		language,
		paragraphs,
		from,
	};
}
