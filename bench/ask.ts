import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { commandsByName } from '../commands/index.js';
import type { FactStore } from '../src/store/contract.js';
import { openStoreFile } from '../src/store/open.js';
import { isPostgresUrl } from '../src/store/postgres/open.js';
import { PostgresFactStore } from '../src/store/postgres/store.js';
import { DEFAULT_SEED } from './corpus.js';
import { latency } from './measure.js';
import { profiled, summarise } from './profile.js';
import { type Case, inputsFromStore, queryCases } from './queries.js';
import { n0, table } from './report.js';

// npm run bench:ask -- --store FILE|postgres://URL [--runs 300] [--budget 3000] [--seed S] [--only TEXT] [--profile FILE.cpuprofile]
//
// /ask alone on a store already built (`npm run ingest -- --articles DIR --out FILE`, `npm run corpus` for a generated
// archive): each kind of question the main bench asks, with the wall time and the processor time of each answer. On a
// shared machine the wall time's tail is mostly the scheduler's; the processor time is the work per question itself.
// --only keeps the kinds of question whose label holds TEXT; --profile samples every question of the run and prints
// the hottest functions. Figures only, never an assertion.

const USAGE = 'usage: npm run bench:ask -- --store FILE|postgres://URL [--runs N] [--budget MS] [--seed S] [--only TEXT] [--profile FILE.cpuprofile]';

interface Timing {
	label: string;
	wall: number[];
	cpu: number[];
}

const fixed = (n: number) => (n >= 100 ? n0(n) : n.toFixed(1));

/** Runs each question once to warm up, then up to `runs` times or until `budget` ms are spent (at least 20 runs). */
async function timeCase(store: FactStore, c: Case, runs: number, budget: number): Promise<Timing> {
	const command = commandsByName.get('ask')!;
	const answer = (i: number) => command.handle(command.options.parse(c.inputs[i % c.inputs.length]!), { store });
	for (let i = 0; i < c.inputs.length; i++) await answer(i);
	const timing: Timing = { label: c.label, wall: [], cpu: [] };
	const started = performance.now();
	for (let i = 0; i < runs && (i < 20 || performance.now() - started < budget); i++) {
		const cpu = process.cpuUsage();
		const t = performance.now();
		await answer(i);
		timing.wall.push(performance.now() - t);
		const used = process.cpuUsage(cpu);
		timing.cpu.push((used.user + used.system) / 1000);
	}
	return timing;
}

async function main(): Promise<number> {
	let values;
	try {
		const options = {
			store: { type: 'string' },
			runs: { type: 'string', default: '300' },
			budget: { type: 'string', default: '3000' },
			seed: { type: 'string', default: String(DEFAULT_SEED) },
			only: { type: 'string' },
			profile: { type: 'string' },
		} as const;
		({ values } = parseArgs({ options }));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const [runs, budget, seed] = [values.runs, values.budget, values.seed].map(Number) as [number, number, number];
	if (!values.store || ![runs, budget, seed].every((n) => Number.isFinite(n) && n >= 1)) {
		console.error(USAGE);
		return 2;
	}
	const location = values.store;
	const store = isPostgresUrl(location) ? await PostgresFactStore.open(location) : await openStoreFile(location);
	try {
		const articles = await store.articles(0);
		const cases = queryCases(await inputsFromStore(store), seed).filter((c) => c.command === 'ask' && !c.focused && c.label.includes(values.only ?? ''));
		const loadAtStart = loadavg()[0]!;
		const timings: Timing[] = [];
		const run = async () => {
			for (const c of cases) timings.push(await timeCase(store, c, runs, budget));
		};
		const profile = values.profile ? (await profiled(run)).profile : (await run(), undefined);
		const rows = timings.map(({ label, wall, cpu }) => {
			const [w, p] = [latency(wall), latency(cpu)];
			return [label.replace(/^ask /, ''), String(w.n), fixed(w.p50), fixed(w.p95), fixed(w.p99), fixed(p.p50), fixed(p.p99)];
		});
		console.log(`/ask on ${isPostgresUrl(location) ? 'PostgreSQL' : 'SQLite'}, ${n0(articles.total)} articles (ms)\n`);
		console.log(table(['question', 'runs', 'wall p50', 'wall p95', 'wall p99', 'processor p50', 'processor p99'], rows));
		console.log(`\nLoad average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`);
		if (profile) {
			const stages = ['rankSentences', 'answerSaid', 'answerPassages', 'answerMet', 'answerWho', 'summarize'];
			const summary = summarise(profile, values.profile!, stages, []);
			console.log(`\nHottest functions (self / total ms), profile in ${summary.file}:`);
			for (const h of summary.top) console.log(`  ${fixed(h.selfMs).padStart(7)} ${fixed(h.totalMs).padStart(7)}  ${h.fn}`);
			console.log('Stages (total ms):');
			for (const s of summary.stages) console.log(`  ${fixed(s.totalMs).padStart(7)}  ${s.fn}`);
		}
		return 0;
	} finally {
		await store.close();
	}
}

process.exitCode = await main();
