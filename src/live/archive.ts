import { readFileSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { listArticleFiles } from '../articles/folder.js';
import { articleFromHtml } from '../articles/html.js';
import { ArticleError } from '../articles/errors.js';
import { articleId, parseArticle } from '../articles/read.js';
import { articleMarkdown, articleSlug } from '../articles/write.js';
import type { ArchiveChange, ArchiveControl } from '../command.js';
import { writeFileAtomic } from '../facts/load.js';
import { type Fetched, type FetchLimits, fetchPage } from './fetch-page.js';
import type { LiveArchive } from './watch.js';

// /article add and remove, on the articles folder. A received .md or .txt file is checked as the folder reader will
// read it and stored unchanged; an HTML page is stored as the .md article extracted from it, so the facts' offsets
// point into text that never changes with the page. The folder is the archive: the watcher turns the write into facts.

export interface FolderArchiveOptions {
	dir: string;
	fetch: FetchLimits;
	permission: bigint | null;
	live: Pick<LiveArchive, 'refresh' | 'problems'>;
}

type Kind = 'md' | 'txt' | 'html';

const KIND_BY_EXTENSION: Record<string, Kind> = { '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.html': 'html', '.htm': 'html' };
const KIND_BY_TYPE: Record<string, Kind> = {
	'text/html': 'html',
	'application/xhtml+xml': 'html',
	'text/markdown': 'md',
	'text/x-markdown': 'md',
	'text/plain': 'txt',
};

/** The last segment of a URL's path, decoded: a Discord attachment's file name. */
const fileNameOf = (url: string): string => {
	const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
};

/** A file name the folder accepts: letters, digits, ".", "_" and "-" only. */
const safeName = (name: string): string => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]+/g, '-').replace(/^[-.]+/, '');

/** What a received file is: by its extension for an attachment, by what the server says it is for a link. */
function kindOf(name: string, contentType: string, from: 'attachment' | 'link'): Kind {
	const byName = KIND_BY_EXTENSION[extname(name).toLowerCase()];
	const byType = KIND_BY_TYPE[contentType];
	const kind = from === 'attachment' ? byName : (byType === 'txt' && byName === 'md' ? 'md' : byType ?? byName);
	if (!kind) {
		const what = from === 'attachment' ? `a ${extname(name) || 'file without an extension'}` : `${contentType || 'an unknown type'}`;
		throw new ArticleError(name || 'link', `${what} is not an article: attach a .md, .txt or .html file, or link to a web page`);
	}
	return kind;
}

/** The article file to store for what was received, checked exactly as the folder reader will read it. */
export function articleFile(received: Fetched, from: 'attachment' | 'link'): { file: string; content: string; notes: string[] } {
	const name = safeName(fileNameOf(received.url));
	const kind = kindOf(name, received.contentType, from);
	if (kind === 'html') {
		const page = articleFromHtml(received.text, { file: name || 'page.html', ...(from === 'link' ? { pageUrl: received.url } : {}) });
		const file = `${articleSlug(page.title, page.published)}.md`;
		const content = articleMarkdown(page, from === 'link' ? received.url : name);
		parseArticle(file, Buffer.from(content));
		return { file, content, notes: Object.entries(page.from).map(([field, place]) => `${field} from ${place}`) };
	}
	const named = extname(name).toLowerCase() === `.${kind}` ? name : '';
	// A link to text names no file: the article's own title and date do.
	const article = parseArticle(named || `received.${kind}`, received.bytes);
	const file = named || `${articleSlug(article.title, article.published)}.${kind}`;
	articleId(file);
	// Checked as UTF-8 by parseArticle, so the text is the file's bytes.
	return { file, content: received.bytes.toString('utf8'), notes: [] };
}

export class FolderArchive implements ArchiveControl {
	readonly permission: bigint | null;

	constructor(private readonly options: FolderArchiveOptions) {
		this.permission = options.permission;
	}

	problems() {
		return this.options.live.problems();
	}

	/** The files in the folder that hold the article `id`, whatever their extension. */
	private filesOf(id: string): string[] {
		return listArticleFiles(this.options.dir).files.filter((path) => basename(path, extname(path)) === id);
	}

	async add(url: string, from: 'attachment' | 'link'): Promise<ArchiveChange> {
		const received = await fetchPage(url, this.options.fetch);
		const { file, content, notes } = articleFile(received, from);
		const id = articleId(file);
		const existing = this.filesOf(id);
		// What the folder held under this id, put back if the new file cannot be served after all.
		const previous = existing.map((path) => ({ path, content: readFileSync(path, 'utf8') }));
		writeFileAtomic(join(this.options.dir, file), content);
		// Another file with the same id (story.txt beside a new story.md) is the article being replaced.
		for (const path of existing) if (basename(path) !== file) rmSync(path, { force: true });
		await this.options.live.refresh();
		const problem = this.options.live.problems().find((p) => p.file === file);
		if (problem) {
			rmSync(join(this.options.dir, file), { force: true });
			for (const p of previous) writeFileAtomic(p.path, p.content);
			await this.options.live.refresh();
			throw new ArticleError(file, problem.reason);
		}
		return { id, file, replaced: existing.length > 0, notes };
	}

	async remove(id: string): Promise<ArchiveChange | null> {
		const files = this.filesOf(id);
		if (files.length === 0) return null;
		for (const path of files) rmSync(path, { force: true });
		await this.options.live.refresh();
		return { id, file: basename(files[0]!), replaced: false, notes: [] };
	}
}
