import { execFileSync, fork, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEFAULT_SEED, writeCorpus } from './corpus.js';
import { MB, latency } from './measure.js';
import type { IngestResult } from './phase-ingest.js';
import type { ServeResult } from './phase-serve.js';
import { printProfile, printTable } from './report.js';

// npm run bench -- [--articles N …] [--runs 300] [--budget 1000] [--e2e] [--profile] [--seed S] [--keep] [--out FILE]
//
// For each corpus size and each engine (the embedded SQLite file; PostgreSQL beside it when DATABASE_URL is set):
// ingest the articles, start the command line cold and ask it one question, open the store as the bot does and time
// every command, then drop articles into the watched folder and time until they are answerable. Each phase runs in
// a process of its own, so its memory is its own. One table at the end; figures only, never an assertion.

const USAGE = 'usage: npm run bench -- [--articles N …] [--runs N] [--budget MS] [--e2e] [--profile] [--seed S] [--keep] [--out FILE]';

/** Raw CPU profiles of --profile runs (git-ignored). */
const PROFILES = fileURLToPath(new URL('out/', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Articles kept out of the ingest, to be dropped into the watched folder while the store serves. */
const HELD = 3;
/** Cold starts of each command line, after one to warm the disk cache and compile what changed; the median is kept. */
const COLD_RUNS = 5;

export type EngineName = 'sqlite' | 'postgres';

export interface RunResult {
	engine: EngineName;
	articles: number;
	textMB: number;
	ingest: IngestResult;
	/** Median wall time of a fresh process: `node -e 0`, and `ask who <name>` as `npm run ask` runs it. */
	coldStart: { nodeMs: number; askMs: number };
	serve: ServeResult;
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

/**
 * Runs a phase in a process of its own. `compiled`: as the command line runs the app, from the JavaScript
 * scripts/run.mjs compiles, without tsx, which writes each pattern holding \p{…} as a RegExp built on every call.
 */
function phase<T>(file: string, args: string[], compiled = false): Promise<T> {
	return new Promise((resolve, reject) => {
		const script = fileURLToPath(new URL(file, import.meta.url));
		const child = compiled
			? fork(join(ROOT, 'scripts', 'run.mjs'), [script, ...args], { execArgv: ['--expose-gc'] })
			: fork(script, args, { execArgv: [...process.execArgv, '--expose-gc'] });
		let result: T | undefined;
		child.on('message', (message) => (result = message as T));
		child.on('error', reject);
		child.on('exit', (code, signal) =>
			result !== undefined ? resolve(result) : reject(new Error(`${file} exited with ${signal ?? code} before reporting`)),
		);
	});
}

/**
 * The median wall time of a command started afresh, from an empty folder (so no .env or articles folder is picked
 * up: the command line serves the store it is given). A failed run is an error, not a figure.
 */
function coldMs(command: string, args: string[], env: NodeJS.ProcessEnv): number {
	const cwd = mkdtempSync(join(tmpdir(), 'factdesk-cold-'));
	try {
		const times: number[] = [];
		for (let i = 0; i <= COLD_RUNS; i++) {
			const started = performance.now();
			const run = spawnSync(command, args, { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
			const ms = performance.now() - started;
			if (run.status !== 0 || (args[0] !== '-e' && !run.stdout.trim()))
				throw new Error(`${[command, ...args].join(' ')} failed: ${run.stderr || run.stdout}`);
			if (i > 0) times.push(ms);
		}
		return latency(times).p50;
	} finally {
		rmSync(cwd, { recursive: true, force: true });
	}
}

function coldStart(location: string, person: string): RunResult['coldStart'] {
	const [run, ask] = [join(ROOT, 'scripts', 'run.mjs'), join(ROOT, 'src', 'cli', 'ask.ts')];
	const postgres = location.startsWith('postgres');
	return {
		nodeMs: coldMs(process.execPath, ['-e', '0'], {}),
		askMs: coldMs(process.execPath, [run, ask, ...(postgres ? [] : ['--data', location]), 'who', person], postgres ? { DATABASE_URL: location } : {}),
	};
}

/** A database of its own on the DATABASE_URL server for each size, made afresh: the bench never touches the archive itself. */
async function scratchDatabase(url: string, articles: number): Promise<string> {
	const name = `factdesk_bench_${articles}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	try {
		await admin.query(`DROP DATABASE IF EXISTS ${name}`);
		await admin.query(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	const scratch = new URL(url);
	scratch.pathname = `/${name}`;
	return scratch.toString();
}

interface Options {
	seed: number;
	runs: number;
	budget: number;
	e2e: boolean;
	profile: boolean;
	keep: boolean;
}

async function benchSize(articles: number, engines: EngineName[], opts: Options): Promise<RunResult[]> {
	const dir = mkdtempSync(join(tmpdir(), `factdesk-bench-${articles}-`));
	const results: RunResult[] = [];
	try {
		console.error(`[${articles}] writing the corpus`);
		const all = join(dir, 'all');
		const corpus = writeCorpus(all, articles + HELD, opts.seed);
		const held = join(dir, 'held');
		mkdirSync(held);
		// The last articles wait aside; the rest is the archive.
		let heldBytes = 0;
		for (const file of readdirSync(all).sort().slice(-HELD)) {
			heldBytes += statSync(join(all, file)).size;
			renameSync(join(all, file), join(held, file));
		}
		const textMB = (corpus.bytes - heldBytes) / MB;
		for (const engine of engines) {
			// Each engine ingests its own copy of the folder, since the live phase adds to it.
			const articlesDir = join(dir, `articles-${engine}`);
			execFileSync('cp', ['-r', all, articlesDir]);
			const location = engine === 'postgres' ? await scratchDatabase(process.env.DATABASE_URL!, articles) : join(dir, 'factdesk.db');
			console.error(`[${articles}] ${engine}: ingest${opts.profile ? ' (profiled)' : ''}`);
			const profile = opts.profile ? ['--profile', join(PROFILES, `ingest-${engine}-${articles}.cpuprofile`)] : [];
			const ingest = await phase<IngestResult>('phase-ingest.ts', ['--articles', articlesDir, '--store', location, ...profile], true);
			console.error(`[${articles}] ${engine}: ${ingest.report}; ${(ingest.wallMs / 1000).toFixed(1)} s`);
			console.error(`[${articles}] ${engine}: open, queries${opts.e2e ? ', round trips' : ''} and added articles`);
			const serveArgs = [
				'--store',
				location,
				'--articles',
				articlesDir,
				'--held',
				held,
				'--runs',
				String(opts.runs),
				'--budget',
				String(opts.budget),
				'--seed',
				String(opts.seed),
			];
			const serve = await phase<ServeResult>('phase-serve.ts', [...serveArgs, ...(opts.e2e ? ['--e2e'] : [])]);
			console.error(`[${articles}] ${engine}: cold starts`);
			results.push({ engine, articles, textMB, ingest, coldStart: coldStart(location, serve.person), serve });
			if (ingest.profile) printProfile(`Ingest on ${engine}, ${articles} articles`, ingest.profile);
		}
		return results;
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
	const opts: Options = { seed, runs, budget, e2e: values.e2e, profile: values.profile, keep: values.keep };
	const engines: EngineName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
	const machine = {
		cpus: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryGB: Math.round(totalmem() / 1024 / MB),
		freeGB: Math.round(freemem() / 1024 / MB),
		node: process.version,
		platform: `${process.platform}-${process.arch}`,
		loadAtStart: loadavg()[0]!,
		loadAtEnd: 0,
	};
	const code = codeVersion();
	console.log(
		`Factdesk bench at ${code.commit.slice(0, 7)}${code.dirty ? ' (with uncommitted changes in src/ or commands/)' : ''}: ` +
			`${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}; seed ${seed}; ` +
			`up to ${runs} runs or ${budget} ms per query; ${engines.join(' and ')}`,
	);
	const results: RunResult[] = [];
	const started = Date.now();
	for (const n of [...sizes].sort((a, b) => a - b)) results.push(...(await benchSize(n, engines, opts)));
	const totalSeconds = (Date.now() - started) / 1000;
	machine.loadAtEnd = loadavg()[0]!;
	printTable(results);
	// Other work on the machine slows every figure: a load average above the core count says the run was shared.
	console.log(
		`\nBench took ${totalSeconds.toFixed(0)} s; load average ${machine.loadAtStart.toFixed(1)} at the start, ` +
			`${machine.loadAtEnd.toFixed(1)} at the end (${machine.cpus} cores).`,
	);
	writeFileSync(
		values.out,
		`${JSON.stringify({ date: new Date().toISOString(), code, machine, options: { sizes, engines, ...opts }, totalSeconds, results }, null, '\t')}\n`,
	);
	console.log(`Results written to ${values.out}`);
	return 0;
}

process.exitCode = await main();
