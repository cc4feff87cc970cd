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
import { type Memory, collect, memory } from './measure.js';
import { type CaseResult, inputsFromStore, queryCases, runCases } from './queries.js';

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
	const e2e = values.e2e ? await roundTrips(ctx, inputs, Number(values.seed)) : undefined;
	collect();
	const queried = memory();
	const addedMs = await timeAdded(store, values.articles!, values.held!);
	await store.close();
	const person = inputs.quoted[0]?.name.split(' ').at(-1) ?? 'nobody';
	return { openMs, baseline, opened, queried, queries, addedMs, person, ...(e2e ? { e2e } : {}) };
}

process.send!(await main());
