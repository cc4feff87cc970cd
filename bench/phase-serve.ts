import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { factsSchema } from '../src/facts/schema.js';
import { MemoryFactStore } from '../src/facts/store.js';
import { type RoundTrip, roundTrips } from './e2e.js';
import { type Memory, collect, memory, timed } from './measure.js';
import { type ProfileSummary, profiled, summarise } from './profile.js';
import { type CaseResult, inputsFromFacts, queryCases, runCases } from './queries.js';

// One bench phase in its own process: what the bot does at start (readFactsFile + new FactStore, step by step),
// the memory it then holds, and how fast it answers.
//   tsx --expose-gc bench/phase-serve.ts --facts FACTS.json [--runs 300] [--budget 1000] [--e2e] [--profile FILE.cpuprofile]

export interface ServeResult {
	readMs: number;
	parseMs: number;
	validateMs: number;
	indexMs: number;
	/** Before loading, after loading (facts and indexes only, collected), and the peak while loading. */
	baseline: Memory;
	loaded: Memory;
	queries: CaseResult[];
	e2e?: RoundTrip[];
	profile?: ProfileSummary;
}

/** Where loading spends its time, when profiled. */
const STAGES = ['FactStore', 'addAll', 'normalize', 'article', '(garbage collector)'];

async function main(): Promise<ServeResult> {
	const { values } = parseArgs({ options: { facts: { type: 'string' }, runs: { type: 'string', default: '300' }, budget: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, e2e: { type: 'boolean', default: false }, profile: { type: 'string' } } });
	collect();
	const baseline = memory();
	let text: string | null = null;
	let raw: unknown = null;
	const readMs = timed(() => (text = readFileSync(values.facts!, 'utf8'))).ms;
	const parseMs = timed(() => (raw = JSON.parse(text!))).ms;
	const load = () => {
		const validate = timed(() => factsSchema.parse(raw));
		return { validate, index: timed(() => new MemoryFactStore(validate.result)) };
	};
	let profile: ServeResult['profile'];
	let loadRun: ReturnType<typeof load>;
	if (values.profile) {
		const run = await profiled(load);
		loadRun = run.result;
		profile = summarise(run.profile, values.profile, STAGES, ['article', 'normalize']);
	} else loadRun = load();
	const { validate, index } = loadRun;
	const store = index.result;
	// The text and the unvalidated copy are garbage from here on, as they are once readFactsFile returns.
	text = null;
	raw = null;
	collect();
	const loaded = memory();
	const ctx = { store };
	const inputs = inputsFromFacts(store.facts);
	const queries = await runCases(queryCases(inputs, Number(values.seed)), ctx, Number(values.runs), Number(values.budget));
	const e2e = values.e2e ? await roundTrips(ctx, inputs, Number(values.seed)) : undefined;
	return { readMs, parseMs, validateMs: validate.ms, indexMs: index.ms, baseline, loaded, queries, ...(e2e ? { e2e } : {}), ...(profile ? { profile } : {}) };
}

process.send!(await main());
