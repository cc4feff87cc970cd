import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildFacts } from '../src/extract/build.js';
import { articlesHash, readArticles, writeFileAtomic } from '../src/facts/load.js';
import { type Memory, collect, memory, timed } from './measure.js';
import { type ProfileSummary, profiled, summarise } from './profile.js';

// One bench phase in its own process, so its memory is its own: what `npm run ingest` does, step by step.
//   tsx bench/phase-ingest.ts --dir ARTICLES --facts OUT.json [--profile FILE.cpuprofile]

export interface IngestResult {
	readMs: number;
	hashMs: number;
	buildMs: number;
	stringifyMs: number;
	writeMs: number;
	factsBytes: number;
	counts: Record<string, number>;
	problems: number;
	/** After the build, with the facts and the articles still held. */
	memory: Memory;
	profile?: ProfileSummary;
}

/** The extraction stages worth a line each when profiling: their time including what they call. */
const STAGES = ['extractArticle', 'splitSentences', 'topicsOf', 'normalize', 'findEntities', 'tokenize', 'findQuoteSpans', 'attribute', 'statementsIn', 'findDates', 'findFigures', 'findMeetings', 'summarise', 'mergeEntities', '(garbage collector)'];

async function main(): Promise<IngestResult> {
	const { values } = parseArgs({ options: { dir: { type: 'string' }, facts: { type: 'string' }, profile: { type: 'string' } } });
	const dir = values.dir!;
	const out = values.facts!;
	const read = timed(() => readArticles(dir));
	const hash = timed(() => articlesHash(dir));
	const { articles, problems } = read.result;
	let build: { ms: number; result: ReturnType<typeof buildFacts> };
	let profile: IngestResult['profile'];
	if (values.profile) {
		const run = await profiled(() => timed(() => buildFacts(articles, hash.result)));
		build = run.result;
		profile = summarise(run.profile, values.profile, STAGES, ['topicsOf', 'normalize']);
	} else build = timed(() => buildFacts(articles, hash.result));
	const facts = build.result;
	collect();
	const held = memory();
	// As src/cli/ingest.ts writes it: one JSON line, written to a temporary file and renamed.
	const json = timed(() => `${JSON.stringify(facts)}\n`);
	const write = timed(() => writeFileAtomic(out, json.result));
	return {
		readMs: read.ms,
		hashMs: hash.ms,
		buildMs: build.ms,
		stringifyMs: json.ms,
		writeMs: write.ms,
		factsBytes: statSync(out).size,
		counts: {
			articles: facts.articles.length,
			entities: facts.entities.length,
			sentences: facts.sentences.length,
			quotes: facts.quotes.length,
			attributed: facts.quotes.filter((q) => q.speaker).length,
			statements: facts.statements.length,
			figures: facts.figures.length,
			meetings: facts.meetings.length,
		},
		problems: problems.length,
		memory: { ...held, peakRssMB: memory().peakRssMB },
		...(profile ? { profile } : {}),
	};
}

process.send!(await main());
