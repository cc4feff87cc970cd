import { type FSWatcher, statSync, watch } from 'node:fs';
import { basename, extname } from 'node:path';
import { listArticleFiles, ARTICLE_EXTENSIONS } from '../articles/folder.js';
import { ArticleError } from '../articles/errors.js';
import { type SourceArticle, readArticle } from '../articles/read.js';
import { buildFacts } from '../extract/build.js';
import { MemoryFactStore } from '../facts/store.js';
import type { FactStore } from '../store/contract.js';
import type { Logger } from '../log.js';

// The articles folder, watched while the bot runs. A burst of file events (an editor's temporary files, a save by
// rename, a copy of many files) settles for a moment, then the folder is applied to the store, one application at a
// time. In memory (MemoryRebuild) only new or changed files are read again, the facts are rebuilt from the articles
// and the store the commands read is swapped in one assignment, so every question is answered from one whole store,
// old or new. A file that became malformed is reported and its previous version keeps serving; a removed file takes
// its facts with it.

/** What the commands read; `store` is replaced whole when the articles change. */
export interface StoreHolder {
	store: FactStore;
}

export interface FolderProblem {
	file: string;
	reason: string;
}

/** How the folder's changes reach the store. */
export interface FolderApplier {
	/**
	 * Brings the store in line with the folder; `swap` false only records the folder as it is (at start). `only`
	 * names the files the watch reported changed, when it named them all; an applier may look at those alone.
	 */
	apply(swap: boolean, only?: readonly string[]): Promise<ReloadSummary>;
	/** Files that cannot be used, with the reason; a previous good version may still be serving. */
	problems(): FolderProblem[];
}

export interface LiveArchiveOptions {
	dir: string;
	applier: FolderApplier;
	log: Logger;
	/** Quiet time after the last file event before the folder is read again. */
	debounceMs?: number;
	/** Polling interval when the platform cannot watch the folder. */
	pollMs?: number;
}

interface Loaded {
	/** Size and modification time when read: a file whose stat still matches is not read again. */
	stamp: string;
	/** The last good version of the article, kept serving while the file on disk is malformed. */
	article: SourceArticle | null;
	problem: string | null;
}

const stampOf = (path: string): string | null => {
	try {
		const stat = statSync(path);
		return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
	} catch {
		return null;
	}
};

/** Names an editor or a copy writes on the way to the real file (hidden files, backups, swap and partial files). */
export const isArticleFileName = (name: string): boolean =>
	!name.startsWith('.') && !name.endsWith('~') && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

export interface ReloadSummary {
	added: string[];
	changed: string[];
	removed: string[];
	rejected: FolderProblem[];
}

export class LiveArchive {
	private watcher: FSWatcher | null = null;
	private poller: NodeJS.Timeout | null = null;
	private timer: NodeJS.Timeout | null = null;
	private running: Promise<void> | null = null;
	private again = false;
	private readonly waiting: (() => void)[] = [];
	private readonly debounceMs: number;
	/** The files named by the events since the last reload; null when an event named none (read the whole folder). */
	private changed: Set<string> | null = new Set();

	constructor(private readonly options: LiveArchiveOptions) {
		this.debounceMs = options.debounceMs ?? 250;
	}

	problems(): FolderProblem[] {
		return this.options.applier.problems();
	}

	/** Records the folder as it is (so later changes are measured against it) and starts watching it. */
	async start(): Promise<void> {
		await this.options.applier.apply(false);
		const { dir, log } = this.options;
		try {
			this.watcher = watch(dir, { persistent: false }, (_event, name) => {
				if (name === null || isArticleFileName(String(name))) this.schedule(name === null ? undefined : String(name));
			});
			this.watcher.on('error', (error) => {
				log.warn('articles folder watch failed, polling instead', { dir, error: error.message });
				this.watcher?.close();
				this.watcher = null;
				this.poll();
			});
		} catch (error) {
			log.warn('articles folder cannot be watched, polling instead', { dir, error: (error as Error).message });
			this.poll();
		}
		log.info('watching the articles folder', { dir });
	}

	stop(): void {
		this.watcher?.close();
		if (this.poller) clearInterval(this.poller);
		if (this.timer) clearTimeout(this.timer);
		this.watcher = this.poller = this.timer = null;
	}

	private poll(): void {
		this.poller ??= setInterval(() => this.schedule(), this.options.pollMs ?? 2000);
		this.poller.unref();
	}

	/** A file event, about the file `name` when the event says: wait for the burst to settle, then reload. */
	schedule(name?: string): void {
		if (name === undefined) this.changed = null;
		else this.changed?.add(name);
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.reload();
		}, this.debounceMs);
	}

	/** Reloads now (after a change the bot made itself) and resolves once the store reflects the folder. */
	refresh(): Promise<void> {
		this.changed = null;
		return new Promise((resolve) => {
			this.waiting.push(resolve);
			void this.reload();
		});
	}

	private async reload(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		const waiting = this.waiting.splice(0);
		const { log } = this.options;
		this.running = (async () => {
			try {
				const started = Date.now();
				const only = this.changed && [...this.changed];
				this.changed = new Set();
				const summary = await this.options.applier.apply(true, only ?? undefined);
				for (const { file, reason } of summary.rejected)
					log.warn('article not loaded', { file, reason, serving: 'its previous version, if it had one' });
				if (summary.added.length + summary.changed.length + summary.removed.length > 0) {
					log.info('articles reloaded', { ...summary, rejected: summary.rejected.length, ms: Date.now() - started });
				}
			} catch (error) {
				log.error('articles reload failed; the previous facts keep serving', { error });
			}
		})();
		await this.running;
		this.running = null;
		for (const resolve of waiting) resolve();
		if (this.again || this.waiting.length > 0) {
			this.again = false;
			await this.reload();
		}
	}
}

/** The folder applied to an in-memory store: changed files read again, the facts rebuilt, the store swapped whole. */
export class MemoryRebuild implements FolderApplier {
	private readonly loaded = new Map<string, Loaded>();

	constructor(
		private readonly dir: string,
		private readonly holder: StoreHolder,
		private readonly log: Logger,
	) {}

	problems(): FolderProblem[] {
		return [...this.loaded.entries()].filter(([, l]) => l.problem).map(([file, l]) => ({ file, reason: l.problem! }));
	}

	async apply(swap: boolean): Promise<ReloadSummary> {
		const summary: ReloadSummary = { added: [], changed: [], removed: [], rejected: [] };
		const { files } = listArticleFiles(this.dir);
		const present = new Set(files.map((f) => basename(f)));
		for (const file of [...this.loaded.keys()]) {
			if (!present.has(file)) {
				this.loaded.delete(file);
				summary.removed.push(file);
			}
		}
		for (const path of files) {
			const file = basename(path);
			const stamp = stampOf(path);
			const before = this.loaded.get(file);
			if (!stamp || before?.stamp === stamp) continue;
			try {
				const article = readArticle(path);
				this.loaded.set(file, { stamp, article, problem: null });
				(before ? summary.changed : summary.added).push(file);
			} catch (error) {
				if (!(error instanceof ArticleError)) throw error;
				this.loaded.set(file, { stamp, article: before?.article ?? null, problem: error.reason });
				summary.rejected.push({ file, reason: error.reason });
			}
		}
		const changes = summary.added.length + summary.changed.length + summary.removed.length;
		if (!swap || changes === 0) return swap ? summary : { ...summary, added: [], rejected: [] };
		const articles = this.articles();
		if (articles.length === 0) {
			this.log.warn('no usable article left in the folder; the previous facts keep serving', { dir: this.dir });
			return summary;
		}
		this.holder.store = new MemoryFactStore(buildFacts(articles, `live ${Date.now()}`));
		return summary;
	}

	/** The articles to serve: the last good version of every file, one per id (the first file name wins). */
	private articles(): SourceArticle[] {
		const byId = new Map<string, SourceArticle>();
		for (const file of [...this.loaded.keys()].sort()) {
			const loaded = this.loaded.get(file)!;
			if (!loaded.article) continue;
			if (byId.has(loaded.article.id)) {
				loaded.problem = `another file already has the id ${loaded.article.id}`;
				continue;
			}
			byId.set(loaded.article.id, loaded.article);
		}
		return [...byId.values()];
	}
}
