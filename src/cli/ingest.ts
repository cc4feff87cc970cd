import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ARTICLES_DIR, DEFAULT_STORE_FILE, factsJsonSchema, writeFileAtomic } from '../facts/load.js';
import { FactsFileError } from '../facts/store.js';
import { describeReport } from '../store/ingest.js';
import { buildStore } from '../store/open.js';
import { isPostgresUrl, openPostgresStore } from '../store/postgres/open.js';
import { describeUrl } from '../store/postgres/store.js';

// npm run ingest -- [--articles DIR] [--out FILE|URL]: brings the store in FILE (created when missing), or the
// PostgreSQL archive at URL (DATABASE_URL when no --out is given), in line with a folder of articles, extracting only
// the articles added or changed since, and says what changed.

const USAGE = 'usage: npm run ingest -- [--articles DIR] [--out FILE|postgres://URL] [--schema FILE]';

async function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				articles: { type: 'string', default: DEFAULT_ARTICLES_DIR },
				out: { type: 'string' },
				schema: { type: 'string' },
				help: { type: 'boolean' },
			},
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (!existsSync(values.articles) || !statSync(values.articles).isDirectory()) {
		console.error(`cannot read articles from ${values.articles}: no such folder`);
		return 1;
	}
	const out = values.out ?? process.env.DATABASE_URL ?? DEFAULT_STORE_FILE;
	const postgres = isPostgresUrl(out);
	// A URL is named by its server and database only: its password is never printed.
	const shown = postgres ? describeUrl(out) : out;
	if (!postgres && !existsSync(dirname(out))) {
		console.error(`cannot write ${out}: its folder does not exist`);
		return 1;
	}
	const options = {
		onRebuild: (reason: string) => console.error(reason),
		onProblem: (p: { file: string; reason: string }) => console.error(`skipped ${p.file}: ${p.reason}`),
	};
	try {
		const { store, report } = postgres ? await openPostgresStore(out, values.articles, options) : await buildStore(out, values.articles, options);
		const counts = await store.counts();
		await store.close();
		console.error(`${shown}: ${report ? describeReport(report) : 'nothing to do'}; ${counts}`);
	} catch (error) {
		if (!(error instanceof FactsFileError)) throw error;
		console.error(`${error.message}; ${shown} left unchanged`);
		return 1;
	}
	if (values.schema) writeFileAtomic(values.schema, factsJsonSchema());
	return 0;
}

process.exitCode = await main();
