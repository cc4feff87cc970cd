import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, writeCorpus } from './corpus.js';
import { MB, timed } from './measure.js';
import type { IngestResult } from './phase-ingest.js';
import type { ServeResult } from './phase-serve.js';
import { n0, printIngest, printScaling, printServe } from './report.js';

// npm run bench -- [--articles N] [--runs 300] [--budget 1000] [--e2e] [--profile] [--seed S] [--keep] [--out FILE]
//
// For each corpus size: generate the articles, ingest them, then load the facts and time every command. Ingest and
// serve each run in a fresh process (with the same tsx loader), so the memory figures are those of one job alone.

/** Raw CPU profiles of --profile runs (git-ignored). */
const PROFILES = fileURLToPath(new URL('out/', import.meta.url));

const USAGE = 'usage: npm run bench -- [--articles N] [--runs N] [--budget MS] [--e2e] [--profile] [--seed S] [--keep] [--out FILE]';

export interface SizeResult {
	articles: number;
	corpus: { ms: number; bytes: number; cast: number };
	ingest: IngestResult;
	serve: ServeResult;
	/** Wall-clock time of each phase process, start-up included. */
	phaseSeconds: { ingest: number; serve: number };
}

/** The commit measured, and whether the code under test had uncommitted changes. */
function codeVersion(): { commit: string; dirty: boolean } {
	try {
		const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--', 'src', 'commands', 'package-lock.json') !== '' };
	} catch {
		return { commit: 'unknown', dirty: false };
	}
}

function phase<T>(file: string, args: string[]): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = fork(fileURLToPath(new URL(file, import.meta.url)), args, { execArgv: [...process.execArgv, '--expose-gc'] });
		let result: T | undefined;
		child.on('message', (message) => (result = message as T));
		child.on('error', reject);
		child.on('exit', (code, signal) => (result !== undefined ? resolve(result) : reject(new Error(`${file} exited with ${signal ?? code} before reporting`))));
	});
}

async function benchSize(articles: number, opts: { seed: number; runs: number; budget: number; e2e: boolean; profile: boolean; keep: boolean }): Promise<SizeResult> {
	const dir = mkdtempSync(join(tmpdir(), `factdesk-bench-${articles}-`));
	const articlesDir = join(dir, 'articles');
	const factsFile = join(dir, 'facts.json');
	try {
		console.error(`[${articles}] writing the corpus to ${articlesDir}`);
		const corpus = timed(() => writeCorpus(articlesDir, articles, opts.seed));
		console.error(`[${articles}] ingest${opts.profile ? ' (profiled)' : ''}`);
		let started = Date.now();
		const ingest = await phase<IngestResult>('phase-ingest.ts', ['--dir', articlesDir, '--facts', factsFile, ...(opts.profile ? ['--profile', join(PROFILES, `ingest-${articles}.cpuprofile`)] : [])]);
		printIngest({ articles, corpus: { ms: corpus.ms, bytes: corpus.result.bytes, cast: corpus.result.cast }, ingest });
		const ingestSeconds = (Date.now() - started) / 1000;
		started = Date.now();
		console.error(`[${articles}] load and queries${opts.e2e ? ', then round trips through the simulator' : ''}`);
		const serve = await phase<ServeResult>('phase-serve.ts', ['--facts', factsFile, '--runs', String(opts.runs), '--budget', String(opts.budget), '--seed', String(opts.seed), ...(opts.e2e ? ['--e2e'] : []), ...(opts.profile ? ['--profile', join(PROFILES, `load-${articles}.cpuprofile`)] : [])]);
		const serveSeconds = (Date.now() - started) / 1000;
		printServe(serve);
		console.log(`\n(${n0(articles)} articles: ingest phase ${ingestSeconds.toFixed(0)} s, load and query phase ${serveSeconds.toFixed(0)} s)`);
		return { articles, corpus: { ms: corpus.ms, bytes: corpus.result.bytes, cast: corpus.result.cast }, ingest, serve, phaseSeconds: { ingest: ingestSeconds, serve: serveSeconds } };
	} finally {
		if (opts.keep) console.error(`[${articles}] kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

async function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				articles: { type: 'string', multiple: true },
				runs: { type: 'string', default: '300' },
				budget: { type: 'string', default: '1000' },
				seed: { type: 'string', default: String(DEFAULT_SEED) },
				e2e: { type: 'boolean', default: false },
				profile: { type: 'boolean', default: false },
				keep: { type: 'boolean', default: false },
				out: { type: 'string', default: fileURLToPath(new URL('results.json', import.meta.url)) },
				help: { type: 'boolean', default: false },
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
	const sizes = (values.articles ?? ['1000', '10000']).map(Number);
	const numbers = [values.runs, values.budget, values.seed].map(Number);
	if (sizes.some((n) => !Number.isInteger(n) || n < 10) || numbers.some((n) => !Number.isFinite(n) || n < 1)) {
		console.error(`--articles needs whole numbers of at least 10; --runs, --budget and --seed positive numbers\n${USAGE}`);
		return 2;
	}
	const [runs, budget, seed] = numbers as [number, number, number];
	const opts = { seed, runs, budget, e2e: values.e2e, profile: values.profile, keep: values.keep };
	const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 1024 / MB), freeGB: Math.round(freemem() / 1024 / MB), node: process.version, platform: `${process.platform}-${process.arch}`, loadAtStart: loadavg()[0]!, loadAtEnd: 0 };
	const code = codeVersion();
	console.log(`Factdesk bench at ${code.commit.slice(0, 7)}${code.dirty ? ' (with uncommitted changes in src/ or commands/)' : ''}: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}; seed ${seed}; up to ${runs} runs or ${budget} ms per query`);
	const results: SizeResult[] = [];
	const started = Date.now();
	for (const n of sizes) {
		results.push(await benchSize(n, opts));
	}
	if (results.length > 1) printScaling(results);
	const totalSeconds = (Date.now() - started) / 1000;
	machine.loadAtEnd = loadavg()[0]!;
	// Other work on the machine slows every figure: a load average above the core count says the run was shared.
	console.log(`\nBench took ${totalSeconds.toFixed(0)} s; load average ${machine.loadAtStart.toFixed(1)} at the start, ${machine.loadAtEnd.toFixed(1)} at the end (${machine.cpus} cores).`);
	writeFileSync(values.out, `${JSON.stringify({ date: new Date().toISOString(), code, machine, options: { sizes, ...opts }, totalSeconds, results }, null, '\t')}\n`);
	console.log(`Results written to ${values.out}`);
	return 0;
}

process.exitCode = await main();
