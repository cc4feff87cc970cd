import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ARTICLES_DIR, DEFAULT_STORE_FILE, factsJsonSchema, writeFileAtomic } from '../facts/load.js';
import { FactsFileError } from '../facts/store.js';
import { describeReport } from '../store/ingest.js';
import { buildStore } from '../store/open.js';

// npm run ingest -- [--articles DIR] [--out FILE]: brings the store in FILE (created when missing) in line with a
// folder of articles, extracting only the articles added or changed since, and says what changed.

const USAGE = 'usage: npm run ingest -- [--articles DIR] [--out FILE] [--schema FILE]';

async function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({ options: { articles: { type: 'string', default: DEFAULT_ARTICLES_DIR }, out: { type: 'string', default: DEFAULT_STORE_FILE }, schema: { type: 'string' }, help: { type: 'boolean' } } }));
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
	if (!existsSync(dirname(values.out))) {
		console.error(`cannot write ${values.out}: its folder does not exist`);
		return 1;
	}
	try {
		const { store, report } = await buildStore(values.out, values.articles, {
			onRebuild: (reason) => console.error(reason),
			onProblem: (p) => console.error(`skipped ${p.file}: ${p.reason}`),
		});
		const counts = await store.counts();
		await store.close();
		console.error(`${values.out}: ${describeReport(report)}; ${counts}`);
	} catch (error) {
		if (!(error instanceof FactsFileError)) throw error;
		console.error(`${error.message}; ${values.out} left unchanged`);
		return 1;
	}
	if (values.schema) writeFileAtomic(values.schema, factsJsonSchema());
	return 0;
}

process.exitCode = await main();
