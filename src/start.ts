import { EnvError, type Env, loadEnv } from './discord/env.js';
import { openFactStore } from './facts/load.js';
import { FactsFileError } from './facts/store.js';
import { createLogger, type Logger } from './log.js';
import type { FactStore } from './store/contract.js';

// What `npm start` and `npm run serve` share before they serve: the environment, the logger and the store, each
// failure said in one line on standard error with exit status 1, never a stack trace.

export interface Started<E extends Env = Env> {
	env: E;
	log: Logger;
	store: FactStore;
}

/** The environment (checked for a transport's own needs), the logger and the open store; null after a reported failure. */
export async function start<E extends Env = Env>(refine: (env: Env) => E = (env) => env as E): Promise<Started<E> | null> {
	let env: E;
	try {
		env = refine(loadEnv());
	} catch (error) {
		if (!(error instanceof EnvError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
		return null;
	}
	const log = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });
	try {
		const store = await openFactStore({
			...(env.FACTS_FILE ? { factsFile: env.FACTS_FILE } : {}),
			...(env.ARTICLES_DIR ? { articlesDir: env.ARTICLES_DIR } : {}),
			...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
			onProblem: (p) => log.warn('article skipped', { file: p.file, reason: p.reason }),
			onRebuild: (reason) => log.warn('stored facts unusable, rebuilding from the articles', { reason }),
			busy: { onBusy: (message) => log.warn('database busy', { message }) },
			// A facts file with broken references is served without the items they break, and each is named.
			onBrokenReferences: (problems) =>
				log.warn('facts file items left out: they refer to what the file does not hold', { count: problems.length, items: problems.slice(0, 20) }),
			onReport: (r) =>
				log.info('articles', {
					added: r.added.length,
					changed: r.changed.length,
					removed: r.removed.length,
					unchanged: r.unchanged,
					rejected: r.rejected.length,
				}),
		});
		return { env, log, store };
	} catch (error) {
		if (!(error instanceof FactsFileError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
		return null;
	}
}
