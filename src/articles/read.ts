import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { isoDateSchema } from '../facts/schema.js';
import { ArticleError } from './errors.js';
import { readFrontMatter } from './front-matter.js';
import { bylineParts, dayInLine, dayOf } from './metadata.js';

/** An article as read from disk, before extraction. */
export interface SourceArticle {
	id: string;
	file: string;
	title: string;
	outlet: string | null;
	authors: string[];
	published: string | null;
	url: string | null;
	page: string | null;
	via: string | null;
	cites: string[];
	language: string;
	/** Paragraphs joined by one blank line; every offset in the facts points into this string. */
	body: string;
	paragraphs: { start: number; end: number }[];
	/** 1-based numbers of paragraphs written by the reposting site (`via`), not by the outlet. */
	commentary: number[];
}

export const MAX_ARTICLE_BYTES = 2_000_000;

/** An optional field left empty (`url: ""`) means the article does not give it. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && !v.trim() ? null : v), schema.nullable().default(null));

/** A date as other tools write it: an ISO day, a timestamp ("2024-05-16T10:00:00Z") or words ("May 16, 2024"). */
function dateField(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === 'string' ? (dayOf(value) ?? dayInLine(value) ?? value) : value;
}

// Unknown keys (tags, categories…) are left aside, so front matter written by other tools is read for what it gives.
const frontMatterSchema = z.object({
	title: z.string().trim().min(1, 'title is empty'),
	outlet: optional(z.string().trim()),
	authors: z.preprocess((value) => value ?? [], z.array(z.string().trim().min(1))),
	// Left out or `null`: the page gives no date, and relative dates stay unresolved.
	published: z.preprocess(dateField, isoDateSchema.nullable().default(null)),
	url: optional(z.url()),
	page: optional(z.coerce.string()),
	via: optional(z.string().trim()),
	cites: z.array(z.string().trim().min(1)).default([]),
	language: z.string().default('en'),
	commentary: z.array(z.int().positive()).default([]),
});

/** Other tools' names for the front matter's fields. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
	headline: 'title',
	author: 'authors',
	byline: 'authors',
	date: 'published',
	datepublished: 'published',
	date_published: 'published',
	published_at: 'published',
	publish_date: 'published',
	pubdate: 'published',
	publication: 'outlet',
	publisher: 'outlet',
	site_name: 'outlet',
	source: 'outlet',
	link: 'url',
	canonical_url: 'url',
};

/** The front matter with keys in lower case and aliases renamed; a field's own name wins over an alias for it. */
function withFieldNames(meta: unknown): unknown {
	if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return meta ?? {};
	const lowered = new Map(Object.entries(meta).map(([key, value]) => [key.toLowerCase(), value]));
	const named: Record<string, unknown> = {};
	for (const [key, value] of lowered) {
		// Web clippers write the page's address as its `source`.
		const field = key === 'source' && typeof value === 'string' && /^https?:\/\//.test(value) ? 'url' : (FIELD_ALIASES[key] ?? key);
		if (field === key || !lowered.has(field)) named[field] = value;
	}
	// "byline: Jane Doe, Reuters", as in a pasted article.
	if (typeof named.authors === 'string') {
		const { authors, cites } = bylineParts(named.authors);
		named.authors = authors;
		if (cites.length) named.cites = [...(Array.isArray(named.cites) ? named.cites : []), ...cites];
	}
	return named;
}

/** Splits text into paragraphs on blank lines (or on single newlines when the text has no blank line). */
function paragraphsOf(text: string): string[] {
	const normalized = text.replace(/\r\n?/g, '\n');
	const separator = /\n[ \t]*\n/.test(normalized) ? /\n[ \t]*\n+/ : /\n+/;
	return normalized
		.split(separator)
		.map((p) => p.trim())
		.filter(Boolean);
}

function joinParagraphs(paragraphs: string[]): Pick<SourceArticle, 'body' | 'paragraphs'> {
	const ranges: { start: number; end: number }[] = [];
	let offset = 0;
	for (const p of paragraphs) {
		ranges.push({ start: offset, end: offset + p.length });
		offset += p.length + 2;
	}
	return { body: paragraphs.join('\n\n'), paragraphs: ranges };
}

/** Plain text: first line is the title; leading "By …", date and URL lines become metadata. */
function parseText(id: string, file: string, text: string): SourceArticle {
	const [titleLine = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
	const title = titleLine.trim();
	if (!title) throw new ArticleError(file, 'the first line (the title) is empty');
	let authors: string[] = [];
	let published: string | null = null;
	let url: string | null = null;
	const cites: string[] = [];
	const paragraphs = paragraphsOf(rest.join('\n'));
	// A metadata paragraph may hold several lines ("By Jane Doe, Reuters" above "April 10, 2024"); all must be metadata.
	const metadata = (line: string): boolean => {
		if (line.length > 120) return false;
		const byline = /^By\s+(.+)$/i.exec(line);
		const date = /^(published|updated|date)?:?\s*/i.test(line) ? dayInLine(line) : null;
		if (byline) {
			// "By Jane Doe, Reuters": a news agency in the byline is a source the article cites, not an author.
			const named = bylineParts(byline[1]!);
			authors.push(...named.authors);
			cites.push(...named.cites);
		} else if (/^https?:\/\/\S+$/.test(line)) url = line;
		else if (date && line.length < 60) published = date;
		else return false;
		return true;
	};
	while (paragraphs.length > 1 && paragraphs[0]!.split('\n').every((line) => metadata(line.trim()))) paragraphs.shift();
	return {
		id,
		file,
		title,
		outlet: null,
		authors,
		published,
		url,
		page: null,
		via: null,
		cites,
		language: 'en',
		commentary: [],
		...joinParagraphs(paragraphs),
	};
}

function parseMarkdown(id: string, file: string, text: string): SourceArticle {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new ArticleError(file, 'no YAML front matter (a block between two --- lines at the top)');
	let meta: unknown;
	try {
		// The core schema keeps dates as strings, so "2024-05-16" is never shifted by a time zone.
		meta = readFrontMatter(match[1]!);
	} catch (error) {
		throw new ArticleError(file, `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
	}
	const named = withFieldNames(meta);
	const parsed = frontMatterSchema.safeParse(named);
	if (!parsed.success) {
		const given = named as Record<string, unknown>;
		const reasons = parsed.error.issues
			.map((i) =>
				i.code === 'invalid_type' && i.path.length === 1 && given[String(i.path[0])] === undefined
					? `${String(i.path[0])}: missing`
					: `${i.path.join('.') || 'front matter'}: ${i.message}`,
			)
			.join('; ');
		throw new ArticleError(file, reasons);
	}
	const paragraphs = paragraphsOf(match[2]!);
	const outOfRange = parsed.data.commentary.find((n) => n > paragraphs.length);
	if (outOfRange) throw new ArticleError(file, `commentary paragraph ${outOfRange} does not exist`);
	return { id, file, ...parsed.data, ...joinParagraphs(paragraphs) };
}

/** Reads one .md or .txt article; throws ArticleError with the reason when it cannot be used. */
export function readArticle(path: string): SourceArticle {
	const file = basename(path);
	articleId(file);
	const size = statSync(path).size;
	if (size > MAX_ARTICLE_BYTES) throw new ArticleError(file, `file is too large (${size} bytes, limit ${MAX_ARTICLE_BYTES})`);
	return parseArticle(file, readFileSync(path));
}

/** The article id a file name gives (the name without its extension), or ArticleError when the name cannot be one. */
export function articleId(file: string): string {
	const id = basename(file, extname(file));
	if (!/^[\w.-]+$/.test(id)) throw new ArticleError(file, 'the file name may only contain letters, digits, ".", "_" and "-"');
	return id;
}

/** Parses the bytes of a .md or .txt article named `file` (checked the same way whether read from disk or received). */
export function parseArticle(file: string, bytes: Uint8Array): SourceArticle {
	const ext = extname(file).toLowerCase();
	const id = articleId(file);
	if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleError(file, `file is too large (${bytes.length} bytes, limit ${MAX_ARTICLE_BYTES})`);
	if (bytes.includes(0)) throw new ArticleError(file, 'file is binary, not text');
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
	if (text.includes('\uFFFD')) throw new ArticleError(file, 'file is not valid UTF-8 text');
	const article = ext === '.md' ? parseMarkdown(id, file, text) : ext === '.txt' ? parseText(id, file, text) : null;
	if (!article) throw new ArticleError(file, 'unsupported extension (use .md or .txt)');
	if (!article.body.trim()) throw new ArticleError(file, 'the body is empty');
	// The facts' own date validator: an article accepted here can never make a facts file fail its schema.
	if (article.published !== null && !isoDateSchema.safeParse(article.published).success) {
		throw new ArticleError(file, `published: ${article.published} is not a real date`);
	}
	return article;
}
