import type { CommandContext } from '../command.js';
import type { Env } from '../discord/env.js';
import { DEFAULT_ARTICLES_DIR } from '../facts/load.js';
import { type FactStore, MemoryFactStore } from '../facts/store.js';
import type { Logger } from '../log.js';
import { FolderArchive } from './archive.js';
import { DEFAULT_FETCH_LIMITS } from './fetch-page.js';
import { IncrementalApply, isWritable } from './incremental.js';
import { LiveArchive, MemoryRebuild } from './watch.js';

/**
 * The context of a running bot: the articles folder watched, the store replaced as it changes, and /article's way to
 * change the folder. A facts file named by FACTS_FILE alone is served as it is, unwatched.
 */
export function liveContext(env: Env, store: FactStore, log: Logger): CommandContext {
	if (env.FACTS_FILE && !env.ARTICLES_DIR) return { store };
	const dir = env.ARTICLES_DIR ?? DEFAULT_ARTICLES_DIR;
	const holder = { store };
	// The embedded database takes each change in place; a store held in memory is rebuilt and swapped. Any other
	// engine is kept up to date by its own ingest process, never replaced by a copy in memory.
	const applier = isWritable(store) ? new IncrementalApply(dir, store, log) : store instanceof MemoryFactStore ? new MemoryRebuild(dir, holder, log) : null;
	if (!applier) {
		log.info('articles folder not watched: this store is kept up to date by npm run ingest', { dir });
		return { store };
	}
	const live = new LiveArchive({ dir, applier, log });
	live.start().catch((error: unknown) => log.error('articles folder not watched', { dir, error }));
	const fetch = { ...DEFAULT_FETCH_LIMITS, allowLoopback: env.ARTICLE_FETCH_ALLOW_LOOPBACK };
	if (fetch.allowLoopback) log.warn('article links may be fetched from 127.0.0.1 (ARTICLE_FETCH_ALLOW_LOOPBACK): a setting for tests only');
	const archive = new FolderArchive({ dir, fetch, permission: env.MANAGE_ARTICLES_PERMISSION, live });
	return {
		get store() {
			return holder.store;
		},
		archive,
	};
}
