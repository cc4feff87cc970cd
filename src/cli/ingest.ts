import { parseArgs } from 'node:util';
import { DEFAULT_ARTICLES_DIR, DEFAULT_FACTS_FILE, factsJsonSchema, ingest, writeFileAtomic } from '../facts/load.js';

// npm run ingest -- [--articles DIR] [--out FILE]: builds the facts store from a folder of articles.

const USAGE = 'usage: npm run ingest -- [--articles DIR] [--out FILE] [--schema FILE]';

function main(): number {
	let values;
	try {
		({ values } = parseArgs({ options: { articles: { type: 'string', default: DEFAULT_ARTICLES_DIR }, out: { type: 'string', default: DEFAULT_FACTS_FILE }, schema: { type: 'string' }, help: { type: 'boolean' } } }));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	let result;
	try {
		result = ingest(values.articles);
	} catch (error) {
		console.error(`cannot read articles from ${values.articles}: ${(error as Error).message}`);
		return 1;
	}
	const { facts, problems } = result;
	for (const p of problems) console.error(`skipped ${p.file}: ${p.reason}`);
	if (facts.articles.length === 0) {
		console.error(`no usable article in ${values.articles}; ${values.out} left unchanged`);
		return 1;
	}
	try {
		writeFileAtomic(values.out, `${JSON.stringify(facts)}\n`);
		if (values.schema) writeFileAtomic(values.schema, factsJsonSchema());
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
		console.error(`cannot write ${values.out}: ${reason}`);
		return 1;
	}
	const attributed = facts.quotes.filter((q) => q.speaker).length;
	console.error(
		`${values.out}: ${facts.articles.length} articles, ${facts.entities.length} names, ${facts.quotes.length} quotes (${attributed} attributed), ` +
			`${facts.statements.length} statements, ${facts.figures.length} figures, ${facts.meetings.length} meetings`,
	);
	return 0;
}

process.exitCode = main();
