import { existsSync } from 'node:fs';
import { FactsFileError } from '../../facts/store.js';
import type { BuildOptions } from '../open.js';
import { type IngestReport, applyArticleChanges } from '../ingest.js';
import { PostgresFactStore, StoreError } from './store.js';

// Opening the PostgreSQL archive DATABASE_URL names, and bringing it in line with the articles folder. The articles
// stay the source of truth: any process that holds the folder may bring the archive in line (writers take turns), and
// a process without it serves the archive as it is.

const POSTGRES_URL = /^postgres(?:ql)?:\/\//;

/** Whether a store location is a PostgreSQL URL rather than a file. */
export const isPostgresUrl = (location: string): boolean => POSTGRES_URL.test(location);

/** Opens the archive at `url` and, when `articlesDir` exists, brings it in line with the folder. */
export async function openPostgresStore(
	url: string,
	articlesDir: string | null,
	options: BuildOptions = {},
): Promise<{ store: PostgresFactStore; report: IngestReport | null }> {
	if (!isPostgresUrl(url)) throw new FactsFileError('DATABASE_URL must be a postgres:// or postgresql:// URL (see "PostgreSQL" in the README)');
	let store: PostgresFactStore;
	try {
		store = await PostgresFactStore.open(url);
	} catch (error) {
		if (error instanceof StoreError) throw new FactsFileError(error.message);
		throw error;
	}
	if (articlesDir === null || !existsSync(articlesDir)) {
		if ((await store.articles(0)).total > 0) return { store, report: null };
		await store.close();
		throw new FactsFileError(
			`no facts to serve: the database is empty and there is no folder ` +
				`${articlesDir ?? 'of articles'} to fill it from (see "Adding articles" in the README)`,
		);
	}
	try {
		const report = await applyArticleChanges(store, articlesDir, { workers: options.workers });
		for (const problem of report.rejected) options.onProblem?.(problem);
		options.onReport?.(report);
		return { store, report };
	} catch (error) {
		await store.close();
		throw error;
	}
}
