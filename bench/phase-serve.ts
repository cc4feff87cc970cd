import { copyFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../src/log.js';
import { IncrementalApply } from '../src/live/incremental.js';
import { LiveArchive } from '../src/live/watch.js';
import type { WritableFactStore } from '../src/store/contract.js';
import { openStoreFile } from '../src/store/open.js';
import { isPostgresUrl } from '../src/store/postgres/open.js';
import { PostgresFactStore } from '../src/store/postgres/store.js';
import { type RoundTrip, roundTrips } from './e2e.js';
import { type Latency, type Memory, collect, latency, memory, sample } from './measure.js';
import { type CaseInputs, type CaseResult, inputsFromStore, queryCases, runCases } from './queries.js';

// One bench phase in its own process: the bot opening the store, the memory it then holds, how fast every command
// answers, and how soon an article dropped into the watched folder is answerable.
//   tsx --expose-gc bench/phase-serve.ts --store FILE|URL --articles DIR --held DIR [--runs 300] [--budget 1000] [--seed S] [--e2e]

export interface ServeResult {
	openMs: number;
	/** Before opening; after opening (collected); after every query (collected), with the peak so far. */
	baseline: Memory;
	opened: Memory;
	queried: Memory;
	queries: CaseResult[];
	/** The store contract's own calls, below the commands: what an index costs, without building an answer. */
	calls: { label: string; latency: Latency }[];
	/** From each held article written into the watched folder to the store answering with it. */
	addedMs: number[];
	/** A person every engine names, for the cold start's question. */
	person: string;
	e2e?: RoundTrip[];
}

/** Longest wait for an added article before it counts as never answerable. */
const ADDED_TIMEOUT_MS = 60_000;

async function open(location: string): Promise<WritableFactStore> {
	if (isPostgresUrl(location)) return PostgresFactStore.open(location);
	return (await openStoreFile(location)) as WritableFactStore;
}

/** Copies each held article into the watched folder, one at a time, and times until the store finds it. */
async function timeAdded(store: WritableFactStore, dir: string, held: string): Promise<number[]> {
	const live = new LiveArchive({ dir, applier: new IncrementalApply(dir, store, silentLogger), log: silentLogger });
	await live.start();
	const times: number[] = [];
	try {
		for (const file of readdirSync(held).sort()) {
			const id = basename(file, '.md');
			const started = performance.now();
			copyFileSync(join(held, file), join(dir, file));
			while ((await store.findArticle(id))?.id !== id && performance.now() - started < ADDED_TIMEOUT_MS) await new Promise((r) => setTimeout(r, 5));
			times.push(performance.now() - started);
		}
	} finally {
		live.stop();
	}
	return times;
}

/** Keyed lookups, search and completion straight on the store, with the inputs the commands draw on. */
async function timeCalls(store: WritableFactStore, inputs: CaseInputs, runs: number, budget: number): Promise<ServeResult['calls']> {
	const people = inputs.quoted.slice(0, 40);
	const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
	const surname = (i: number) => pick(people, i).name.split(' ').at(-1)!;
	const words = ['steel', 'gas supplies', 'front line', 'export controls', 'inflation', 'pipeline', 'ceasefire', 'interest rates'];
	const calls: [string, (i: number) => Promise<unknown>][] = [
		['resolveEntities(surname)', (i) => store.resolveEntities(surname(i))],
		['entity(key)', (i) => store.entity(pick(people, i).key)],
		['quotesBy(key, 10)', (i) => store.quotesBy(pick(people, i).key, 10)],
		['meetingsOf([key], 10)', (i) => store.meetingsOf([pick(people, i).key], 10)],
		['meetingsOf([key], 10, earliest)', (i) => store.meetingsOf([pick(people, i).key], 10, { order: 'earliest' })],
		['searchSentences(words, 10)', (i) => store.searchSentences(pick(words, i), 10)],
		['complete(2 letters, 25)', (i) => store.complete('entity', surname(i).slice(0, 2).toLowerCase(), 25)],
		['complete(typo, 25)', (i) => store.complete('entity', surname(i).slice(0, 2) + surname(i).slice(3), 25)],
	];
	const out: ServeResult['calls'] = [];
	for (const [label, call] of calls) out.push({ label, latency: latency(await sample(call, runs, budget, people.length)) });
	return out;
}

async function main(): Promise<ServeResult> {
	const { values } = parseArgs({
		options: {
			store: { type: 'string' },
			articles: { type: 'string' },
			held: { type: 'string' },
			runs: { type: 'string', default: '300' },
			budget: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			e2e: { type: 'boolean', default: false },
		},
	});
	collect();
	const baseline = memory();
	const opening = performance.now();
	const store = await open(values.store!);
	const openMs = performance.now() - opening;
	collect();
	const opened = memory();
	const ctx = { store };
	const inputs = await inputsFromStore(store);
	const queries = await runCases(queryCases(inputs, Number(values.seed)), ctx, Number(values.runs), Number(values.budget));
	const calls = await timeCalls(store, inputs, Number(values.runs), Number(values.budget));
	const e2e = values.e2e ? await roundTrips(ctx, inputs, Number(values.seed)) : undefined;
	collect();
	const queried = memory();
	const addedMs = await timeAdded(store, values.articles!, values.held!);
	await store.close();
	const person = inputs.quoted[0]?.name.split(' ').at(-1) ?? 'nobody';
	return { openMs, baseline, opened, queried, queries, calls, addedMs, person, ...(e2e ? { e2e } : {}) };
}

process.send!(await main());
